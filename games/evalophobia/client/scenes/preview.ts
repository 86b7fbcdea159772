import * as Phaser from "phaser";
import type { PreviewContext } from "@sgp/client/game";
import type { DeckView } from "../deck.ts";
import { categoryCard, leverCard, reasonCard } from "../objects/cards.ts";
import { columns, placeGrid, type Kit } from "../objects/kit.ts";

/** For designers: every category, reason and lever of the deck, drawn as in the game, scrolled with the wheel or a drag. */
export class PreviewScene extends Phaser.Scene {
  private drawn: Phaser.GameObjects.GameObject[] = [];
  private bottom = 0;

  constructor(
    private readonly shell: PreviewContext,
    private readonly deck: DeckView,
  ) {
    super("evalo-preview");
  }

  create(): void {
    const draw = () => this.draw();
    const off = [this.shell.onLayout(draw), this.shell.i18n.onChange(draw)];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => off.forEach((unsubscribe) => unsubscribe()));
    const camera = this.cameras.main;
    const scrollBy = (dy: number) => (camera.scrollY = Phaser.Math.Clamp(camera.scrollY + dy, 0, Math.max(0, this.bottom - this.shell.layout.height)));
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => scrollBy(dy));
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => pointer.isDown && scrollBy((pointer.prevPosition.y - pointer.y) / camera.zoom));
    draw();
  }

  private draw(): void {
    for (const object of this.drawn) object.destroy();
    const { t } = this.shell.i18n;
    const { font, colors } = this.shell.tokens;
    const kit: Kit = { scene: this, shell: this.shell, deck: this.deck };
    const { deck } = this.deck;
    const pad = 20;
    const width = this.shell.layout.width - 2 * pad;
    const grid = columns(width, 220, 320, 16);
    let y = pad;
    const section = (title: string, cards: Phaser.GameObjects.Container[]) => {
      const heading = this.shell.text(this, pad, y, title.toUpperCase(), { fontSize: `${font.size.md}px`, fontStyle: "bold", color: colors.accent });
      this.drawn.push(heading, ...cards);
      y = placeGrid(cards, pad, y + heading.height + 12, grid, 16) + 32;
    };
    section(t("evalo.preview.categories"), deck.categories.map((c) => categoryCard(kit, c, grid.width)));
    section(t("evalo.preview.reasons", { count: deck.reasons.length }), deck.reasons.map((r) => reasonCard(kit, r, grid.width, { hint: true })));
    section(t("evalo.preview.levers", { count: deck.levers.length }), deck.levers.map((l) => leverCard(kit, l, grid.width)));
    this.bottom = y;
  }
}
