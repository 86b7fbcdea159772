import type { DeckView } from "../deck.ts";
import { button, clickable } from "../objects/button.ts";
import { leverCard, reasonCard } from "../objects/cards.ts";
import { columns, placeGrid } from "../objects/kit.ts";
import type { Shell } from "../now.ts";
import { TableScene } from "./table.ts";

/** Solo: for each blocker in turn, choose one or more of the levers offered. */
export class OffersScene extends TableScene {
  private chosen = new Set<string>();
  private blocker = "";

  constructor(shell: Shell, deck: DeckView) {
    super("evalo-offers", shell, deck);
  }

  protected draw(top: number, width: number): number {
    const { state } = this.shell;
    const { t, localize } = this.shell.i18n;
    const pad = this.pad;
    const blocker = state.blockers.find((b) => b.proposals.length === 0);
    const reason = blocker && this.deck.reason(blocker.reason);
    if (!blocker || !reason) return top;
    if (this.blocker !== blocker.reason) {
      this.blocker = blocker.reason;
      this.chosen.clear();
    }
    let y = top;
    const wide = width >= 640;
    const reasonWidth = wide ? Math.min(300, (width - 2 * pad) * 0.4) : width - 2 * pad;
    const card = this.keep(reasonCard(this.kit, reason, reasonWidth, { small: true }).setPosition(pad, y));
    const confirm = this.inReach(
      button(this.kit, 0, 0, {
        label: t("evalo.offers.confirm"),
        variant: "primary",
        enabled: () => this.chosen.size > 0,
        onTap: () => void this.shell.send("choose", { blocker: blocker.reason, levers: [...this.chosen] }),
      }),
    );
    if (wide) confirm.setPosition(pad + reasonWidth + 20, y + card.height - confirm.height);
    else confirm.setPosition(width - pad - confirm.width, y + card.height + 14);
    y = confirm.y + confirm.height + 20;
    const grid = columns(width - 2 * pad, 200, 300, 14);
    const offers = [...blocker.offers].flatMap((id) => {
      const lever = this.deck.lever(id);
      if (!lever) return [];
      const chosen = this.chosen.has(id);
      const offer = this.keep(leverCard(this.kit, lever, grid.width, { selected: chosen }));
      const title = localize(lever.title);
      clickable(this.kit, offer, {
        label: () => t(chosen ? "evalo.offers.untoggle" : "evalo.offers.toggle", { title }),
        activate: () => {
          if (chosen) this.chosen.delete(id);
          else this.chosen.add(id);
          this.redraw();
        },
      });
      return [offer];
    });
    return placeGrid(offers, pad, y, grid, 14);
  }
}
