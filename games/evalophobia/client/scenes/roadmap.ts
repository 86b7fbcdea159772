import { isGreen } from "../../src/rules.ts";
import type { DeckView } from "../deck.ts";
import { blockerPanel } from "../objects/blocker.ts";
import { columns, placeGrid } from "../objects/kit.ts";
import { signal } from "../objects/light.ts";
import type { Shell } from "../now.ts";
import { TableScene } from "./table.ts";

/** The roadmap: the group's result, each blocker with its light and the levers kept; "finish" opens the end screen. */
export class RoadmapScene extends TableScene {
  constructor(shell: Shell, deck: DeckView) {
    super("evalo-roadmap", shell, deck);
  }

  protected draw(top: number, width: number): number {
    const { state } = this.shell;
    const { t } = this.shell.i18n;
    const { font, colors } = this.shell.tokens;
    const pad = this.pad;
    const green = state.blockers.filter(isGreen).length;
    const allGreen = green === state.blockers.length && green > 0;
    let y = top + 6;
    this.keep(signal(this, allGreen ? "green" : "red", pad + 18, y + 18, 18));
    const result = this.keep(this.shell.text(this, pad + 48, y + 4, allGreen ? t("evalo.roadmap.green") : t("evalo.roadmap.red", { green, count: state.blockers.length }), { fontSize: `${font.size.xl}px`, fontStyle: "bold", color: colors.onTable, wordWrap: { width: width - 2 * pad - 48, useAdvancedWrap: true } }));
    y += Math.max(36, result.height + 4) + 16;
    const grid = columns(width - 2 * pad, 280, 420, 14);
    const panels = state.blockers.map((blocker) =>
      this.keep(blockerPanel(this.kit, blocker, grid.width, { show: (p) => p.status === "accepted", nameOf: (seat) => this.nameOf(seat), votes: state.revealed })),
    );
    y = placeGrid(panels, pad, y, grid, 14) + 20;
    const done = this.doneButton(pad, y, t("evalo.roadmap.finish"));
    return done;
  }
}
