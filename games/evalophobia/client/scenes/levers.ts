import * as Phaser from "phaser";
import type { Blocker, LeverProposal } from "../../src/state.ts";
import type { DeckView } from "../deck.ts";
import { blockerPanel } from "../objects/blocker.ts";
import { button, clickable } from "../objects/button.ts";
import { leverCard } from "../objects/cards.ts";
import { chips } from "../objects/chips.ts";
import { draggable } from "../objects/drag.ts";
import { columns, placeGrid } from "../objects/kit.ts";
import type { Shell } from "../now.ts";
import { TableScene } from "./table.ts";

const HOW = ["evalo.how.now", "evalo.how.small", "evalo.how.lead", "evalo.how.together"];

/** Group and pair levers: the blockers with their lights and proposals, and my lever hand to propose from. */
export class LeversScene extends TableScene {
  private selected = "";
  private how = "";
  private revealShown = false;

  constructor(shell: Shell, deck: DeckView) {
    super("evalo-levers", shell, deck);
  }

  protected override instruction(): string {
    const lever = this.deck.lever(this.selected);
    return lever && !this.iAmDone ? this.shell.i18n.t("evalo.levers.aim", { title: this.shell.i18n.localize(lever.title) }) : super.instruction();
  }

  protected draw(top: number, width: number): number {
    const { state } = this.shell;
    const { t } = this.shell.i18n;
    const { font, colors } = this.shell.tokens;
    const pad = this.pad;
    const hand = [...(this.me?.leverHand ?? [])];
    if (!hand.includes(this.selected)) this.selected = "";
    let y = top;
    if (state.tie.length > 0 && state.tieDrawn) {
      const tie = this.keep(this.shell.text(this, pad, y, t("evalo.tie"), { fontSize: `${font.size.sm}px`, color: colors.onTable }));
      y += tie.height + 10;
    }
    y = this.heading(pad, y, t("evalo.blockers"));
    const grid = columns(width - 2 * pad, 260, 420, 14);
    const panels = state.blockers.map((blocker) => this.blocker(blocker, grid.width));
    const panelsTop = y;
    y = placeGrid(panels, pad, y, grid, 14);
    if (!this.revealShown && state.revealed) this.reveal(panels, width, panelsTop);
    if (this.watching) return y;
    y = this.heading(pad, y + 24, t("evalo.levers.hand"));
    y = this.drawHand(y, width, hand, panels.map((panel, i) => ({ panel, blocker: state.blockers[i] })));
    return this.doneButton(pad, y + 24, t("evalo.done"));
  }

  private blocker(blocker: Blocker, width: number): Phaser.GameObjects.Container {
    const { seatId } = this.shell;
    const { t, localize } = this.shell.i18n;
    const review = (proposal: LeverProposal) => {
      if (this.watching || proposal.status !== "pending" || proposal.by === seatId || proposal.approvals.includes(seatId) || proposal.rejections.includes(seatId)) return null;
      const send = (accept: boolean) => () => void this.shell.send("review", { proposal: proposal.id, accept });
      return { accept: send(true), reject: send(false) };
    };
    const panel = this.keep(blockerPanel(this.kit, blocker, width, { show: () => true, nameOf: (seat) => this.nameOf(seat), votes: this.shell.state.revealed, target: this.selected !== "", review }));
    const lever = this.deck.lever(this.selected);
    const reason = this.deck.reason(blocker.reason);
    if (lever && reason) {
      clickable(this.kit, panel, { label: () => t("evalo.levers.propose", { lever: localize(lever.title), blocker: localize(reason.title) }), activate: () => this.propose(blocker.reason) });
    }
    return panel;
  }

  /** The votes are revealed together: the blockers come up one after the other, under a banner. */
  private reveal(panels: Phaser.GameObjects.Container[], width: number, top: number): void {
    this.revealShown = true;
    const { colors, font } = this.shell.tokens;
    panels.forEach((panel, i) => this.tweens.add({ targets: panel, alpha: { from: 0, to: 1 }, y: { from: panel.y + 30, to: panel.y }, delay: 300 + i * 350, duration: 420, ease: "Back.easeOut" }));
    const banner = this.shell.text(this, width / 2, top + 40, this.shell.i18n.t("evalo.reveal"), { fontSize: `${font.size.xxl}px`, fontStyle: "bold", color: colors.ink, backgroundColor: colors.accent, padding: { x: 24, y: 12 } }).setOrigin(0.5).setDepth(20);
    this.tweens.add({ targets: banner, scale: { from: 0.6, to: 1 }, duration: 300, ease: "Back.easeOut" });
    this.tweens.add({ targets: banner, alpha: 0, delay: 1600 + panels.length * 350, duration: 500, onComplete: () => banner.destroy() });
  }

  private drawHand(y: number, width: number, hand: string[], targets: { panel: Phaser.GameObjects.Container; blocker: Blocker }[]): number {
    const me = this.me;
    const { t, localize } = this.shell.i18n;
    const pad = this.pad;
    if (this.selected) {
      const how = this.keep(chips(this.kit, pad, y, width - 2 * pad, t("evalo.how.pick"), HOW.map((key) => t(key)), this.how, (tag) => {
        this.how = tag;
        this.redraw();
      }));
      y += how.height + 16;
    }
    if (me && me.redrawsLeft > 0) {
      const redraw = this.keep(button(this.kit, pad, y, { label: t("evalo.levers.redraw", { count: me.redrawsLeft }), small: true, variant: "ghost", onTap: () => void this.shell.send("redraw") }));
      y += redraw.height + 14;
    }
    const grid = columns(width - 2 * pad, 200, 280, 14);
    const cards = hand.flatMap((id) => {
      const lever = this.deck.lever(id);
      return lever ? [{ id, title: localize(lever.title), card: this.keep(leverCard(this.kit, lever, grid.width, { selected: id === this.selected })) }] : [];
    });
    const bottom = placeGrid(cards.map((c) => c.card), pad, y, grid, 14);
    for (const { id, title, card } of cards) {
      let dragged = () => false;
      clickable(this.kit, card, {
        label: () => t(id === this.selected ? "evalo.unselect" : "evalo.select", { title }),
        activate: () => {
          if (dragged()) return;
          this.selected = id === this.selected ? "" : id;
          this.redraw();
        },
      });
      dragged = draggable(this.kit, card, (x, dropY) => {
        const target = targets.find(({ panel }) => new Phaser.Geom.Rectangle(panel.x, panel.y, panel.width, panel.height).contains(x, dropY));
        if (!target) return false;
        this.selected = id;
        this.propose(target.blocker.reason);
        return true;
      }).dragged;
    }
    return bottom;
  }

  private propose(blocker: string): void {
    void this.shell.send("propose", { lever: this.selected, blocker, how: this.how });
    this.selected = "";
    this.how = "";
    this.redraw();
  }
}
