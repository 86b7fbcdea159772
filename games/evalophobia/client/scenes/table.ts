import * as Phaser from "phaser";
import type { DeckView } from "../deck.ts";
import { button } from "../objects/button.ts";
import type { Kit } from "../objects/kit.ts";
import { instruction, type Shell } from "../now.ts";

const HUD_PAD = 12;
const DOCK_PAD = 10;

/**
 * What every screen of the table shares: it redraws from the state whenever the state, the size
 * or the language changes; the line saying what to do now stays at the top; the rest scrolls
 * (wheel, or dragging the felt) when it is taller than the canvas.
 */
export abstract class TableScene extends Phaser.Scene {
  protected kit!: Kit;
  private dirty = true;
  private drawn: Phaser.GameObjects.GameObject[] = [];
  /** The phase's main controls, docked at the canvas's foot when the table is taller than the canvas. */
  private controls: Phaser.GameObjects.Container[] = [];
  private maxScroll = 0;

  constructor(
    key: string,
    protected readonly shell: Shell,
    protected readonly deck: DeckView,
  ) {
    super(key);
  }

  create(): void {
    this.kit = { scene: this, shell: this.shell, deck: this.deck };
    this.dirty = true;
    const redraw = () => (this.dirty = true);
    const off = [this.shell.onStateChange(redraw), this.shell.onLayout(redraw), this.shell.i18n.onChange(redraw)];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      off.forEach((unsubscribe) => unsubscribe());
      this.clear();
    });
    this.enableScroll();
  }

  override update(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.clear();
    const top = this.drawHud(this.instruction());
    const bottom = this.draw(top, this.shell.layout.width);
    const camera = this.cameras.main;
    const docked = bottom + 24 > this.shell.layout.height ? this.dockControls() : 0;
    this.maxScroll = Math.max(0, bottom + 24 + docked - this.shell.layout.height);
    camera.scrollY = Phaser.Math.Clamp(camera.scrollY, 0, this.maxScroll);
  }

  /** Draws the screen under the instruction line, from `top`; returns where its content ends. */
  protected abstract draw(top: number, width: number): number;

  protected instruction(): string {
    return instruction(this.shell, this.deck);
  }

  /** A control the phase needs (answer, play, done): always in reach, without scrolling. */
  protected inReach<T extends Phaser.GameObjects.Container>(control: T): T {
    this.controls.push(control);
    return this.keep(control);
  }

  /** Pins the main controls to the foot of the canvas, row under row as laid out; returns the dock's height. */
  private dockControls(): number {
    if (this.controls.length === 0) return 0;
    const rows = [...new Set(this.controls.map((c) => c.y))].sort((a, b) => a - b).map((y) => this.controls.filter((c) => c.y === y));
    const rowHeights = rows.map((row) => Math.max(...row.map((c) => c.height)));
    const height = rowHeights.reduce((sum, h) => sum + h, 0) + (rows.length - 1) * DOCK_PAD + 2 * DOCK_PAD;
    const dockTop = this.shell.layout.height - height;
    const { colors, colorNumber } = this.shell.tokens;
    const band = this.keep(this.add.graphics().fillStyle(colorNumber(colors.table), 0.96).fillRect(0, dockTop, this.shell.layout.width, height));
    band.setScrollFactor(0).setDepth(10);
    let y = dockTop + DOCK_PAD;
    rows.forEach((row, i) => {
      for (const control of row) control.setY(y).setScrollFactor(0).setDepth(11);
      y += rowHeights[i] + DOCK_PAD;
    });
    return height;
  }

  /** Keeps an object until the next redraw. */
  protected keep<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.drawn.push(object);
    return object;
  }

  protected redraw(): void {
    this.dirty = true;
  }

  protected get pad(): number {
    return this.shell.layout.width < 600 ? 12 : 20;
  }

  protected get me() {
    return this.shell.state.players.get(this.shell.seatId);
  }

  /** A big screen or the facilitator: no hand, no move, only the shared table. */
  protected get watching(): boolean {
    return !this.shell.state.seats.has(this.shell.seatId);
  }

  protected get iAmDone(): boolean {
    return this.shell.state.seats.get(this.shell.seatId)?.done ?? false;
  }

  protected nameOf(seatId: string): string {
    return seatId === this.shell.seatId ? this.shell.i18n.t("evalo.you") : (this.shell.state.seats.get(seatId)?.name ?? "");
  }

  /** A section title on the felt. */
  protected heading(x: number, y: number, text: string): number {
    const { font, colors } = this.shell.tokens;
    const title = this.keep(this.shell.text(this, x, y, text.toUpperCase(), { fontSize: `${font.size.sm}px`, fontStyle: "bold", color: colors.accent }));
    return y + title.height + 10;
  }

  /** The platform's "done" for this phase, or a thank-you once said. */
  protected doneButton(x: number, y: number, label: string, enabled: () => boolean = () => true): number {
    if (this.iAmDone || this.watching) return y;
    const done = this.inReach(button(this.kit, x, y, { label, variant: "primary", enabled, onTap: () => void this.shell.send("done") }));
    return y + done.height;
  }

  private drawHud(text: string): number {
    const { colors, font, radius, colorNumber } = this.shell.tokens;
    const width = this.shell.layout.width;
    const pad = this.pad;
    const line = this.keep(this.shell.text(this, pad + 18, HUD_PAD + 12, text, { fontSize: `${font.size.lg}px`, fontStyle: "bold", color: colors.ink, wordWrap: { width: width - 2 * pad - 36, useAdvancedWrap: true }, lineSpacing: 2 }));
    const bandHeight = line.height + 24;
    const band = this.keep(this.add.graphics());
    band.fillStyle(colorNumber(colors.table)).fillRect(0, 0, width, bandHeight + 2 * HUD_PAD);
    band.fillStyle(colorNumber(colors.accentSoft)).fillRoundedRect(pad, HUD_PAD, width - 2 * pad, bandHeight, radius.md);
    band.fillStyle(colorNumber(colors.accent)).fillRoundedRect(pad, HUD_PAD, 8, bandHeight, { tl: radius.md, bl: radius.md, tr: 0, br: 0 });
    for (const object of [band, line]) object.setScrollFactor(0).setDepth(10);
    line.setDepth(11);
    return bandHeight + 2 * HUD_PAD + 4;
  }

  private clear(): void {
    for (const object of this.drawn) object.destroy();
    this.drawn = [];
    this.controls = [];
  }

  private enableScroll(): void {
    const camera = this.cameras.main;
    const scrollBy = (dy: number) => (camera.scrollY = Phaser.Math.Clamp(camera.scrollY + dy, 0, this.maxScroll));
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => scrollBy(dy));
    let from: number | null = null;
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (pointer: Phaser.Input.Pointer, over: unknown[]) => (from = over.length === 0 ? pointer.y : null));
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => {
      if (from === null || !pointer.isDown) return;
      scrollBy((from - pointer.y) / camera.zoom);
      from = pointer.y;
    });
    this.input.on(Phaser.Input.Events.POINTER_UP, () => (from = null));
  }
}
