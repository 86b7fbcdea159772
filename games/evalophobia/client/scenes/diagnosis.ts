import * as Phaser from "phaser";
import type { BoardReason } from "../../src/state.ts";
import type { DeckView } from "../deck.ts";
import { button, clickable } from "../objects/button.ts";
import { reasonCard } from "../objects/cards.ts";
import { chips } from "../objects/chips.ts";
import { dashboard } from "../objects/dashboard.ts";
import { draggable } from "../objects/drag.ts";
import { columns, placeGrid } from "../objects/kit.ts";
import type { Shell } from "../now.ts";
import { TableScene } from "./table.ts";

const TAGS = ["evalo.tag.daily", "evalo.tag.recent", "evalo.tag.everywhere", "evalo.tag.top"];

/** Group and pair diagnosis: the dashboard, the reasons on the board with their +1s, and my hand to play from. */
export class DiagnosisScene extends TableScene {
  private selected = new Set<string>();
  private comment = "";

  constructor(shell: Shell, deck: DeckView) {
    super("evalo-diagnosis", shell, deck);
  }

  protected draw(top: number, width: number): number {
    const { state } = this.shell;
    const { t } = this.shell.i18n;
    const pad = this.pad;
    const hand = [...(this.me?.reasonHand ?? [])];
    for (const id of this.selected) if (!hand.includes(id)) this.selected.delete(id);
    let y = top;
    const board = this.keep(dashboard(this.kit, pad, y, width - 2 * pad, state.board.map((b) => b.reason)));
    y += board.height + 20;
    y = this.heading(pad, y, t("evalo.board"));
    const boardArea = new Phaser.Geom.Rectangle(0, y - 40, width, 0);
    y = this.drawBoard(y, width);
    boardArea.height = y - boardArea.y;
    if (this.watching) return y;
    y += 24;
    y = this.heading(pad, y, t("evalo.hand"));
    y = this.drawActions(y, width);
    y = this.drawHand(y, width, hand, boardArea);
    return this.doneButton(pad, y + 24, t("evalo.done"), () => (this.me?.reasonsPlayed ?? 0) > 0);
  }

  private drawBoard(y: number, width: number): number {
    const { state, seatId } = this.shell;
    const { t, localize } = this.shell.i18n;
    const { font, colors } = this.shell.tokens;
    const pad = this.pad;
    if (state.board.length === 0) {
      const empty = this.keep(this.shell.text(this, pad, y, t("evalo.board.empty"), { fontSize: `${font.size.md}px`, color: colors.onTable }));
      return y + empty.height;
    }
    const grid = columns(width - 2 * pad, 200, 300, 14);
    const entries = state.board.map((entry: BoardReason) => {
      const reason = this.deck.reason(entry.reason);
      const notes = [t("evalo.by", { name: this.nameOf(entry.by) }), entry.comment, entry.plusOnes.length ? t("evalo.plusOnes", { count: entry.plusOnes.length }) : ""].filter(Boolean);
      const card = reason ? reasonCard(this.kit, reason, grid.width, { small: true, notes }) : this.add.container(0, 0).setSize(grid.width, 0);
      const item = this.keep(this.add.container(0, 0, [card]).setSize(grid.width, card.height));
      if (entry.by !== seatId && !entry.plusOnes.includes(seatId) && reason) {
        const title = localize(reason.title);
        const plus = button(this.kit, 0, card.height + 8, { label: t("evalo.plusOne"), a11y: () => t("evalo.plusOne.label", { title, count: entry.plusOnes.length }), small: true, variant: "light", onTap: () => void this.shell.send("plusOne", { reason: entry.reason }) });
        item.add(plus).setSize(grid.width, card.height + 8 + plus.height);
      }
      return item;
    });
    return placeGrid(entries, pad, y, grid, 14);
  }

  private drawActions(y: number, width: number): number {
    const me = this.me;
    if (!me || this.selected.size === 0) return y;
    const { t } = this.shell.i18n;
    const pad = this.pad;
    const canPlay = this.selected.size === 1 && me.reasonsPlayed < this.deck.settings.maxReasonsOnBoard;
    if (canPlay) {
      const tags = this.keep(chips(this.kit, pad, y, width - 2 * pad, t("evalo.comment.pick"), TAGS.map((key) => t(key)), this.comment, (tag) => {
        this.comment = tag;
        this.redraw();
      }));
      y += tags.height + 12;
    }
    const [card] = this.selected;
    const play = this.inReach(button(this.kit, pad, y, { label: t("evalo.play"), variant: "primary", enabled: () => canPlay, onTap: () => this.play(card) }));
    if (!me.swapped && me.swapsLeft > 0) {
      this.inReach(button(this.kit, play.x + play.width + 12, y, { label: t("evalo.swap", { count: this.selected.size }), a11y: () => `${t("evalo.swap", { count: this.selected.size })}. ${t("evalo.swap.hint", { max: me.swapsLeft })}`, variant: "light", enabled: () => this.selected.size <= me.swapsLeft, onTap: () => void this.shell.send("swap", { cards: [...this.selected] }) }));
    }
    return y + play.height + 16;
  }

  private drawHand(y: number, width: number, hand: string[], boardArea: Phaser.Geom.Rectangle): number {
    const { t, localize } = this.shell.i18n;
    const pad = this.pad;
    const grid = columns(width - 2 * pad, 200, 280, 14);
    const cards = hand.flatMap((id) => {
      const reason = this.deck.reason(id);
      if (!reason) return [];
      const selected = this.selected.has(id);
      const card = this.keep(reasonCard(this.kit, reason, grid.width, { selected }));
      return [{ card, id, title: localize(reason.title), selected }];
    });
    const bottom = placeGrid(cards.map((c) => c.card), pad, y, grid, 14);
    for (const { card, id, title, selected } of cards) {
      let dragged = () => false;
      clickable(this.kit, card, {
        label: () => t(selected ? "evalo.unselect" : "evalo.select", { title }),
        activate: () => {
          if (dragged()) return;
          if (selected) this.selected.delete(id);
          else this.selected.add(id);
          this.redraw();
        },
      });
      dragged = draggable(this.kit, card, (x, dropY) => boardArea.contains(x, dropY) && (this.play(id), true)).dragged;
    }
    return bottom;
  }

  private play(card: string): void {
    void this.shell.send("play", { card, comment: this.comment });
    this.selected.delete(card);
    this.comment = "";
  }
}
