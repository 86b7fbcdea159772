import * as Phaser from "phaser";
import { isOpen } from "@sgp/game-coast/rules";
import { explainZone } from "./explain.ts";
import { format } from "./format.ts";
import { bounds, centroid, clipHalfPlane, extent, unit, type Point } from "./geometry.ts";
import { DEPTH, MapDrawing, type DrawnZone } from "./map-drawing.ts";
import type { CoastStore } from "./store.ts";
import { vectors } from "./vectors.ts";
import { drawCard } from "./zone-card.ts";
import { WATER } from "./zone-style.ts";

/** The water reaches each wave of zones this long after the previous one, and takes this long to fill it. */
const WAVE_MS = 900;
const FILL_MS = 1100;
const PAD = 12;
const CAPTION = 44;

const WET_PHASES = new Set(["sea", "report"]);

const minus = ([ax, ay]: Point, [bx, by]: Point): Point => [ax - bx, ay - by];

/**
 * The territory as the game goes: zones, defences and projects; the water rising zone by zone
 * after the sea phase; a zone's explanation on tap; the zones an action card may go to while a
 * player places it.
 */
export class MapScene extends Phaser.Scene {
  private dirty = true;
  private map!: MapDrawing;
  private drawn: DrawnZone[] = [];
  private water!: Phaser.GameObjects.Graphics;
  /** The round whose flood is shown, and when its animation started. */
  private flood = { round: 0, start: 0 };
  private waterStill = false;

  constructor(private readonly store: CoastStore) {
    super("coast-map");
  }

  create(): void {
    this.map = new MapDrawing(this, this.store.shell);
    const offs = [this.store.on(() => (this.dirty = true)), this.store.shell.onLayout(() => (this.dirty = true))];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => offs.forEach((off) => off()));
  }

  override update(time: number): void {
    const state = this.store.state;
    const wet = WET_PHASES.has(state.phase);
    if (wet && this.flood.round !== state.history.length) {
      this.flood = { round: state.history.length, start: time };
      this.waterStill = false;
    }
    if (this.dirty) {
      this.dirty = false;
      this.draw();
      this.waterStill = false;
    }
    // Once every zone is full the water stays as drawn: no redraw at every frame.
    if (this.water && !this.waterStill) this.waterStill = this.drawWater(wet ? time - this.flood.start : -1);
  }

  private draw(): void {
    const { store } = this;
    const { shell, ui, state } = store;
    const fmt = format(shell.i18n.locale());
    const { width, height } = shell.layout;
    this.map.clear();
    const erosion = store.scenario.sea.erosion as Record<string, number | undefined>;
    const zones = store.zones().map(({ def, zone }) => ({
      def,
      kind: zone.kind,
      defenceKind: zone.defenceKind,
      defenceCondition: zone.defenceCondition,
      width: zone.width,
      erosionRate: (erosion[zone.kind] ?? 0) * zone.erosionFactor,
      buildings: { homes: zone.homes - zone.relocatedHomes, empty: zone.relocatedHomes, lost: zone.homesLost },
    }));
    const mapBox = { x: PAD, y: CAPTION, width: width - 2 * PAD, height: height - CAPTION - PAD };
    this.drawn = this.map.draw(
      mapBox,
      zones,
      (z) => ({ name: store.zoneName(z.def.id), caption: store.t("coast.map.elevation", { elevation: fmt.metres(z.def.elevation) }) }),
      (years) => store.t("coast.map.erosionBand", { years }),
    );
    this.water = this.map.graphics(DEPTH.water);
    this.drawCaption();
    const marks = this.map.graphics(DEPTH.marks);
    for (const zone of this.drawn) {
      const placeable = store.placing ? store.canPlace(store.placing, zone.id) : true;
      if (store.placing && !placeable) marks.fillStyle(0x0b2e33, 0.5).fillPoints(vectors(zone.points), true);
      if (store.placing && placeable) marks.lineStyle(5, shell.tokens.colorNumber(shell.tokens.colors.accent), 1).strokePoints(vectors(zone.points), true);
      if (ui.zone === zone.id) marks.lineStyle(5, shell.tokens.colorNumber(shell.tokens.colors.focus), 1).strokePoints(vectors(zone.points), true);
      this.drawBadges(zone);
      shell.interactive(zone.shape, {
        label: () => this.zoneLabel(zone.id),
        enabled: () => !store.placing || store.canPlace(store.placing, zone.id),
        activate: () => store.setUi({ zone: zone.id }),
      });
    }
    if (ui.zone && state.zones.has(ui.zone)) this.drawZoneCard(ui.zone);
  }

  /** What the accessible layer says of a zone: its name, whether it is flooded, what a tap does. */
  private zoneLabel(id: string): string {
    const { store } = this;
    const zone = store.state.zones.get(id);
    const name = store.zoneName(id);
    if (store.placing) return store.t(store.canPlace(store.placing, id) ? "coast.map.placeHere" : "coast.map.cannotPlace", { action: store.actionName(store.placing), zone: name });
    const flooded = zone?.flooded && WET_PHASES.has(store.state.phase);
    return store.t(flooded ? "coast.map.zoneFlooded" : "coast.map.zone", { zone: name });
  }

  /** The water level of this round, over the sea, while the sea acts and during the report. */
  private drawCaption(): void {
    const { store } = this;
    const { shell, state } = store;
    const record = state.history.at(-1);
    const fmt = format(shell.i18n.locale());
    const text =
      WET_PHASES.has(state.phase) && record
        ? store.t("coast.map.water", { level: fmt.metres(record.waterLevel), rise: fmt.metres(record.rise) })
        : store.t("coast.map.hint");
    this.map.track(shell.text(this, PAD + 4, CAPTION / 2, text, { fontSize: `${shell.tokens.font.size.sm}px`, fontStyle: "bold", color: shell.tokens.colors.onTable }).setOrigin(0, 0.5));
  }

  /**
   * Flooded zones fill with water wave after wave (wave 1 from the sea, then their neighbours),
   * each from the side the water comes from, darker where it is deeper.
   */
  private drawWater(elapsed: number): boolean {
    this.water.clear();
    if (elapsed < 0) return true;
    let full = true;
    for (const drawn of this.drawn) {
      const zone = this.store.state.zones.get(drawn.id);
      if (!zone?.flooded) continue;
      const level = Phaser.Math.Clamp((elapsed - (zone.wave - 1) * WAVE_MS) / FILL_MS, 0, 1);
      full &&= level === 1;
      if (level === 0) continue;
      const from = this.floodDirection(drawn, zone.reason);
      const [near, far] = extent(drawn.points, from);
      const wet = clipHalfPlane(drawn.points, from, near + (far - near) * level);
      if (wet.length < 3) continue;
      this.water.fillStyle(WATER.fill, 0.45 + 0.25 * Math.min(1, zone.depth / 1.5)).fillPoints(vectors(wet), true);
      this.water.lineStyle(3, WATER.line, 0.9).strokePoints(vectors(wet), true);
      const outline = new Phaser.Geom.Polygon(vectors(wet));
      const box = bounds(wet);
      this.water.lineStyle(2, WATER.line, 0.7);
      for (let y = box.y + 10; y < box.y + box.height; y += 16) {
        for (let x = box.x + 12 + ((y / 16) % 2) * 12; x < box.x + box.width - 8; x += 26) {
          if (outline.contains(x, y)) this.water.beginPath().arc(x, y, 6, Math.PI * 1.15, Math.PI * 1.85).strokePath();
        }
      }
    }
    return full;
  }

  /** Where the water enters a zone: from the zone it spread from, else from its shore, else from the sea's side of the map. */
  private floodDirection(drawn: DrawnZone, reason: string): Point {
    const source = reason.startsWith("spread_from:") ? this.drawn.find((d) => d.id === reason.slice("spread_from:".length)) : undefined;
    if (source) return unit(minus(centroid(drawn.points), centroid(source.points)));
    if (drawn.inland) return drawn.inland;
    const coast = this.drawn.filter((d) => d.inland);
    return coast.length ? unit(minus(centroid(drawn.points), centroid(coast.flatMap((d) => d.points)))) : [0, 1];
  }

  /** Projects on the table (a flag) and under construction (a works sign), beside the zone's name. */
  private drawBadges(zone: DrawnZone): void {
    const { colors, colorNumber, font } = this.store.shell.tokens;
    const projects = this.store.projects().filter((p) => p.zone === zone.id);
    const open = projects.filter(isOpen).length;
    const building = projects.filter((p) => p.status === "building").length;
    const g = this.map.graphics(DEPTH.badges);
    let x = zone.labelBox.x + zone.labelBox.width - 6;
    const y = zone.labelBox.y - 10;
    const badge = (count: number, icon: (cx: number, cy: number) => void) => {
      g.fillStyle(colorNumber(colors.accent)).fillRoundedRect(x, y, 40, 22, 11).lineStyle(2, colorNumber(colors.ink), 1).strokeRoundedRect(x, y, 40, 22, 11);
      icon(x + 12, y + 11);
      this.map.track(this.store.shell.text(this, x + 29, y + 11, String(count), { fontSize: `${font.size.xs}px`, fontStyle: "bold", color: colors.ink }).setOrigin(0.5).setDepth(DEPTH.badges));
      x += 44;
    };
    if (open) badge(open, (cx, cy) => g.lineStyle(2, 0x1c2430).lineBetween(cx - 4, cy - 7, cx - 4, cy + 7).fillStyle(colorNumber(colors.danger)).fillTriangle(cx - 3, cy - 7, cx + 6, cy - 4, cx - 3, cy - 1));
    if (building) badge(building, (cx, cy) => g.fillStyle(0x1c2430).fillRect(cx - 7, cy - 4, 14, 8).fillStyle(0xf6c35b).fillRect(cx - 4, cy - 4, 3, 8).fillRect(cx + 2, cy - 4, 3, 8));
  }

  private drawZoneCard(id: string): void {
    const { store } = this;
    const { shell, state } = store;
    const zone = state.zones.get(id)!;
    const def = store.zoneDef(id)!;
    const fmt = format(shell.i18n.locale());
    const drawn = this.drawn.find((d) => d.id === id)!;
    const { width, height } = shell.layout;
    const cardWidth = Math.min(380, width - 2 * PAD);
    const onLeft = drawn.label[0] > width / 2;
    const at = { x: onLeft ? PAD : width - PAD - cardWidth, y: CAPTION, width: cardWidth, maxHeight: height - CAPTION - PAD };
    const close = { label: store.t("coast.card.close"), activate: () => store.setUi({ zone: null }) };
    if (store.placing) {
      const action = store.action(store.placing)!;
      const place = () => void store.propose(store.placing!, id);
      const card = drawCard(this, shell, at, {
        title: store.t("coast.card.placeTitle", { action: store.text(action.name), zone: store.zoneName(id) }),
        lines: [store.text(action.text), store.tn("coast.card.placeCost", action.roundsToBuild, { cost: fmt.money(action.cost) }), ...(action.needsApproval ? [store.t("coast.card.needsApproval")] : [])],
        buttons: [{ label: store.t("coast.card.place"), primary: true, activate: place }],
        close: { label: store.t("coast.card.cancel"), activate: () => store.setUi({ zone: null }) },
      });
      this.map.track(card);
      return;
    }
    const lines = explainZone(zone, def, {
      t: store.t,
      fmt,
      zoneName: (z) => store.zoneName(z),
      actionName: (a) => store.actionName(a),
      seaHasRun: state.history.length > 0,
      projects: store.projects().filter((p) => p.zone === id && (isOpen(p) || p.status === "building")),
    });
    this.map.track(drawCard(this, shell, at, { title: store.zoneName(id), lines, buttons: [], close }));
  }
}
