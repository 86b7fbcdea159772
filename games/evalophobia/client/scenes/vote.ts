import type * as Phaser from "phaser";
import type { DeckView } from "../deck.ts";
import { button } from "../objects/button.ts";
import { reasonCard } from "../objects/cards.ts";
import { columns, placeGrid, type Kit } from "../objects/kit.ts";
import type { Shell } from "../now.ts";
import { TableScene } from "./table.ts";

/** A vote coupon: a small ticket with notches, filled when it is still to place. */
function coupon(kit: Kit, x: number, y: number, filled: boolean): Phaser.GameObjects.Graphics {
  const { colors, colorNumber } = kit.shell.tokens;
  const g = kit.scene.add.graphics({ x, y });
  g.fillStyle(colorNumber(filled ? colors.accent : colors.tableLine)).fillRoundedRect(0, 0, 34, 22, 4);
  g.fillStyle(colorNumber(colors.table)).fillCircle(0, 11, 5).fillCircle(34, 11, 5);
  g.lineStyle(1.5, colorNumber(filled ? colors.ink : colors.onTable), 0.6).lineBetween(12, 5, 12, 17);
  return g;
}

/** Group vote: coupons to place on the board's reasons, hidden from the others until the reveal. */
export class VoteScene extends TableScene {
  constructor(shell: Shell, deck: DeckView) {
    super("evalo-vote", shell, deck);
  }

  protected draw(top: number, width: number): number {
    const { state } = this.shell;
    const { t, localize } = this.shell.i18n;
    const { font, colors } = this.shell.tokens;
    const pad = this.pad;
    const total = this.deck.settings.votesPerPlayer;
    const votes = this.me?.votes;
    const used = votes ? [...votes.values()].reduce((a, b) => a + b, 0) : 0;
    let y = top;
    if (this.watching) return this.drawBoardOnly(y, width);
    const left = this.keep(this.shell.text(this, pad, y, t("evalo.vote.left", { left: total - used, total }), { fontSize: `${font.size.lg}px`, fontStyle: "bold", color: colors.onTable }));
    for (let i = 0; i < total; i++) this.keep(coupon(this.kit, pad + left.width + 20 + i * 44, y + 2, i < total - used));
    y += left.height + 4;
    const hidden = this.keep(this.shell.text(this, pad, y, t("evalo.vote.hidden"), { fontSize: `${font.size.sm}px`, color: colors.onTable }));
    y += hidden.height + 16;
    const grid = columns(width - 2 * pad, 200, 300, 14);
    const items = [...state.board].flatMap((entry) => {
      const reason = this.deck.reason(entry.reason);
      if (!reason) return [];
      const mine = votes?.get(entry.reason) ?? 0;
      const title = localize(reason.title);
      const notes = [t("evalo.by", { name: this.nameOf(entry.by) }), entry.comment, entry.plusOnes.length ? t("evalo.plusOnes", { count: entry.plusOnes.length }) : ""].filter(Boolean);
      const card = reasonCard(this.kit, reason, grid.width, { small: true, notes, selected: mine > 0 });
      const row = card.height + 10;
      const minus = button(this.kit, 0, row, { label: "−", a11y: () => t("evalo.vote.remove", { title }), small: true, variant: "light", enabled: () => mine > 0, onTap: () => void this.shell.send("unvote", { reason: entry.reason }) });
      const plus = button(this.kit, grid.width - minus.width, row, { label: "+", a11y: () => t("evalo.vote.add", { title, mine: t("evalo.vote.mine", { count: mine }) }), small: true, variant: "primary", enabled: () => mine < this.deck.settings.maxVotesPerReason && used < total, onTap: () => void this.shell.send("vote", { reason: entry.reason }) });
      const tickets = Array.from({ length: mine }, (_, i) => coupon(this.kit, minus.width + 12 + i * 40, row + 13, true));
      return [this.keep(this.add.container(0, 0, [card, minus, plus, ...tickets]).setSize(grid.width, row + minus.height))];
    });
    y = placeGrid(items, pad, y, grid, 18);
    return this.doneButton(pad, y + 24, t("evalo.vote.done"));
  }

  /** The big screen: the reasons being voted on, without coupons (votes stay secret). */
  private drawBoardOnly(y: number, width: number): number {
    const { t } = this.shell.i18n;
    const grid = columns(width - 2 * this.pad, 200, 300, 14);
    const cards = [...this.shell.state.board].flatMap((entry) => {
      const reason = this.deck.reason(entry.reason);
      const notes = [t("evalo.by", { name: this.nameOf(entry.by) }), entry.plusOnes.length ? t("evalo.plusOnes", { count: entry.plusOnes.length }) : ""].filter(Boolean);
      return reason ? [this.keep(reasonCard(this.kit, reason, grid.width, { small: true, notes }))] : [];
    });
    return placeGrid(cards, this.pad, y, grid, 18);
  }
}
