import type { DeckView } from "../deck.ts";
import { button } from "../objects/button.ts";
import { reasonCard } from "../objects/cards.ts";
import { dashboard } from "../objects/dashboard.ts";
import type { Shell } from "../now.ts";
import { TableScene } from "./table.ts";

/** Solo, first step: one reason card at a time, "that's us" or "not us"; kept reasons light the dashboard. */
export class SortScene extends TableScene {
  private shown = "";

  constructor(shell: Shell, deck: DeckView) {
    super("evalo-sort", shell, deck);
  }

  protected draw(top: number, width: number): number {
    const { state } = this.shell;
    const { t, localize } = this.shell.i18n;
    const { font, colors } = this.shell.tokens;
    const pad = this.pad;
    let y = top;
    const board = this.keep(dashboard(this.kit, pad, y, width - 2 * pad, state.board.map((b) => b.reason)));
    y += board.height + 18;
    const reason = this.deck.reason(state.soloCurrent);
    if (reason) {
      const cardWidth = Math.min(480, width - 2 * pad);
      const left = (width - cardWidth) / 2;
      const count = this.keep(this.shell.text(this, width / 2, y, t("evalo.sort.count", { seen: state.soloSeen + 1, total: this.deck.settings.soloReasons }), { fontSize: `${font.size.sm}px`, fontStyle: "bold", color: colors.onTable }).setOrigin(0.5, 0));
      y += count.height + 10;
      const card = this.keep(reasonCard(this.kit, reason, cardWidth, { hint: true }).setPosition(left, y));
      if (this.shown !== state.soloCurrent) {
        this.shown = state.soloCurrent;
        this.tweens.add({ targets: card, x: { from: left + 60, to: left }, alpha: { from: 0, to: 1 }, duration: 260, ease: "Quad.easeOut" });
      }
      y += card.height + 20;
      const title = localize(reason.title);
      const half = (cardWidth - 14) / 2;
      this.inReach(button(this.kit, left, y, { label: t("evalo.sort.drop"), a11y: () => t("evalo.sort.dropLabel", { title }), variant: "light", width: half, onTap: () => void this.shell.send("sort", { keep: false }) }));
      const keep = this.inReach(button(this.kit, left + half + 14, y, { label: t("evalo.sort.keep"), a11y: () => t("evalo.sort.keepLabel", { title }), variant: "primary", width: half, onTap: () => void this.shell.send("sort", { keep: true }) }));
      y += keep.height + 18;
      if (state.board.length > 0) {
        const enough = this.inReach(button(this.kit, 0, y, { label: t("evalo.sort.enough"), variant: "ghost", small: true, onTap: () => void this.shell.send("done") }));
        enough.setX((width - enough.width) / 2);
        y += enough.height;
      }
    }
    return y;
  }
}
