import type { DeckView } from "../deck.ts";
import { button, clickable } from "../objects/button.ts";
import { reasonCard } from "../objects/cards.ts";
import { columns, placeGrid } from "../objects/kit.ts";
import { blockerCount, type Shell } from "../now.ts";
import { TableScene } from "./table.ts";

/** Solo "pick" and pair "agree": choose the priority blockers among the reasons on the board. */
export class PicksScene extends TableScene {
  private chosen = new Set<string>();

  constructor(shell: Shell, deck: DeckView) {
    super("evalo-picks", shell, deck);
  }

  override create(): void {
    super.create();
    this.chosen = new Set(this.me?.picks ?? []);
  }

  protected draw(top: number, width: number): number {
    const { state } = this.shell;
    const { t, localize } = this.shell.i18n;
    const { font, colors } = this.shell.tokens;
    const pad = this.pad;
    const count = blockerCount(this.shell, this.deck);
    let y = top;
    for (const [seat, picks] of state.disagreement) {
      if (seat === this.shell.seatId) continue;
      const titles = picks.split(",").map((id) => (this.deck.reason(id) ? localize(this.deck.reason(id)!.title) : id)).join(" · ");
      const line = this.keep(this.shell.text(this, pad, y, t("evalo.agree.theirs", { name: this.nameOf(seat), titles }), { fontSize: `${font.size.md}px`, color: colors.onTable, wordWrap: { width: width - 2 * pad } }));
      y += line.height + 14;
    }
    const progress = this.keep(this.shell.text(this, pad, y, t("evalo.pick.progress", { chosen: this.chosen.size, count }).toUpperCase(), { fontSize: `${font.size.sm}px`, fontStyle: "bold", color: colors.accent }));
    const confirm = this.inReach(
      button(this.kit, 0, y - 6, {
        label: t("evalo.pick.confirm"),
        variant: "primary",
        enabled: () => this.chosen.size === count,
        onTap: () => void this.shell.send("pick", { reasons: [...this.chosen] }),
      }),
    );
    confirm.setX(width - pad - confirm.width);
    y += Math.max(progress.height, confirm.height) + 8;
    const grid = columns(width - 2 * pad, 200, 320, 14);
    const cards = [...state.board].flatMap((entry) => {
      const reason = this.deck.reason(entry.reason);
      if (!reason) return [];
      const chosen = this.chosen.has(entry.reason);
      const card = this.keep(reasonCard(this.kit, reason, grid.width, { small: true, selected: chosen, notes: entry.plusOnes.length ? [t("evalo.plusOnes", { count: entry.plusOnes.length })] : [] }));
      const title = localize(reason.title);
      clickable(this.kit, card, {
        label: () => t(chosen ? "evalo.pick.untoggle" : "evalo.pick.toggle", { title }),
        activate: () => {
          if (chosen) this.chosen.delete(entry.reason);
          else if (this.chosen.size < count) this.chosen.add(entry.reason);
          this.redraw();
        },
      });
      return [card];
    });
    return placeGrid(cards, pad, y, grid, 14);
  }
}
