import * as Phaser from "phaser";
import type { PreviewContext } from "@sgp/client/game";
import { LAYOUT, type Zone } from "@sgp/game-coast/content";
import { bounds, clipHalfPlane, extent, fitLayout, frameEdges, inland, labelPoint, onFrame, roughen, roughenLine, shoreEdges, toScreen, type Box, type Fit, type Point } from "./geometry.ts";
import { drawTerrain, type Buildings } from "./terrain.ts";
import { vectors } from "./vectors.ts";
import { EROSION, kindStyle, SEA } from "./zone-style.ts";

/** Drawing order on the map. */
export const DEPTH = { sea: 0, shallows: 0.5, zones: 1, pattern: 2, bands: 2.5, water: 3, shore: 4, marks: 5, labels: 6, badges: 7, card: 10 } as const;

/** Years of the erosion bands drawn on the map, as the 2021 Climate and Resilience law maps them. */
const BAND_YEARS = [30, 100] as const;
const FRAME: Point[] = [[0, 0], [LAYOUT.width, 0], [LAYOUT.width, LAYOUT.height], [0, LAYOUT.height]];

/** What the map needs of a zone to draw it: its kind, defence, width and buildings change during the game. */
export interface ZoneLook {
  def: Zone;
  kind: string;
  defenceKind: string;
  defenceCondition: number;
  /** Metres of beach or dune left (the scenario's width at the start). */
  width: number;
  /** Metres of width the sea takes each year here (0: none). */
  erosionRate: number;
  buildings: Buildings;
}

export interface DrawnZone {
  id: string;
  /** The polygon in canvas coordinates, as drawn. */
  points: Point[];
  /** Unit direction from its shore inland, for sea-facing zones. */
  inland: Point | null;
  label: Point;
  /** The zone's tap target (its polygon is its hit area). */
  shape: Phaser.GameObjects.Polygon;
  /** Where the label ends, for badges drawn beside it. */
  labelBox: Box;
}

type Tools = Pick<PreviewContext, "text" | "tokens">;

/**
 * The territory drawn from the scenario's polygons as a coastline: the sea with its shallows and
 * surf, each zone's ground and what stands on it, the part of a beach the sea has taken, erosion
 * bands at 30 and 100 years, defences along the shore, and each zone's name. Everything it creates
 * goes into `objects`, so that a redraw starts from a clean scene.
 */
export class MapDrawing {
  readonly objects: Phaser.GameObjects.GameObject[] = [];
  fit: Fit = fitLayout({ x: 0, y: 0, width: 1, height: 1 });

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly tools: Tools,
  ) {}

  clear(): void {
    for (const object of this.objects) object.destroy();
    this.objects.length = 0;
  }

  track<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.objects.push(object);
    return object;
  }

  graphics(depth: number): Phaser.GameObjects.Graphics {
    return this.track(this.scene.add.graphics().setDepth(depth));
  }

  private screen(points: readonly Point[]): Point[] {
    return points.map((p) => toScreen(this.fit, p));
  }

  /** `label` gives each zone's name and the line under it; `bandLabel` names an erosion band (its years). */
  draw(box: Box, zones: readonly ZoneLook[], label: (zone: ZoneLook) => { name: string; caption: string }, bandLabel: (years: number) => string): DrawnZone[] {
    this.fit = fitLayout(box);
    this.drawSea(box);
    const ground = this.graphics(DEPTH.zones);
    const terrain = this.graphics(DEPTH.pattern);
    this.drawBeyond(ground, terrain, box, zones);
    const shallows = this.graphics(DEPTH.shallows);
    const shore = this.graphics(DEPTH.shore);
    const bands = this.graphics(DEPTH.bands);
    const size = this.glyphSize();
    const layoutShapes = zones.map((z) => z.def.shape);
    const placed: Box[] = [];
    const drawn = zones.map((zone, i): DrawnZone => {
      const edges = zone.def.seaFacing ? shoreEdges(zone.def.shape, layoutShapes.filter((_, j) => j !== i)) : [];
      const inward = edges.length ? inland(zone.def.shape, edges) : null;
      const outline = roughen(zone.def.shape);
      const taken = inward ? this.widthTaken(outline, inward, zone) : 0;
      const land = inward && taken > 0 ? clipHalfPlane(outline, [-inward[0], -inward[1]], -(extent(outline, inward)[0] + taken)) : outline;
      const coast = edges.map(([a, b]) => this.screen(roughenLine(a, b).map(([x, y]): Point => (inward ? [x + inward[0] * taken, y + inward[1] * taken] : [x, y]))));
      const points = this.screen(outline);
      const landPoints = this.screen(land);
      const style = kindStyle(zone.kind);
      ground.fillStyle(style.fill, 1).fillPoints(vectors(landPoints), true);
      drawTerrain(terrain, { kind: zone.kind, points: landPoints, size, buildings: zone.buildings, inland: inward });
      ground.lineStyle(1.5, 0xffffff, 0.55);
      zone.def.shape.forEach((a, e) => {
        const b = zone.def.shape[(e + 1) % zone.def.shape.length];
        if (!onFrame(a, b)) ground.strokePoints(vectors(this.screen(roughenLine(a, b))), false);
      });
      for (const line of coast) this.drawSurf(shallows, line);
      if (inward && zone.erosionRate > 0) this.drawBands(bands, land, inward, zone);
      if (zone.defenceKind !== "none") for (const line of coast) this.drawDefence(shore, zone, line);
      const bbox = bounds(points);
      const local = points.map(([x, y]) => [x - bbox.x, y - bbox.y]).flat();
      const shape = this.track(this.scene.add.polygon(bbox.x, bbox.y, local, style.fill, 0).setOrigin(0).setDepth(DEPTH.zones));
      shape.setInteractive(new Phaser.Geom.Polygon(local), Phaser.Geom.Polygon.Contains);
      const at = toScreen(this.fit, labelPoint(land));
      return { id: zone.def.id, points, inland: inward, label: at, shape, labelBox: this.drawLabel(at, label(zone), box, bounds(landPoints).width, placed) };
    });
    if (zones.some((z) => z.erosionRate > 0)) this.drawBandLegend(box, bandLabel);
    return drawn;
  }

  /** What the erosion lines mean, in the map's lower right corner. */
  private drawBandLegend(box: Box, bandLabel: (years: number) => string): void {
    const { text, tokens } = this.tools;
    const style = { fontSize: `${tokens.font.size.xs}px`, color: tokens.colors.ink };
    const labels = BAND_YEARS.map((years) => this.track(text(this.scene, 0, 0, bandLabel(years), style).setDepth(DEPTH.labels)));
    const swatch = 22;
    const width = swatch + 8 + Math.max(...labels.map((l) => l.width)) + 16;
    const row = Math.max(...labels.map((l) => l.height)) + 4;
    const [x, y] = [box.x + box.width - width - 8, box.y + box.height - 2 * row - 16];
    const g = this.graphics(DEPTH.labels - 0.5);
    g.fillStyle(0xffffff, 0.94).fillRoundedRect(x, y, width, 2 * row + 8, 8);
    labels.forEach((label, n) => {
      const cy = y + 4 + row * n + row / 2;
      label.setOrigin(0, 0.5).setPosition(x + 8 + swatch + 8, cy);
      if (n === 0) g.fillStyle(EROSION.band, 0.3).fillRect(x + 8, cy - row / 3, swatch, (2 * row) / 3);
      this.dashed(g, [x + 8, cy + (n === 0 ? row / 3 : 0)], [x + 8 + swatch, cy + (n === 0 ? row / 3 : 0)], n === 0 ? 3 : 2);
    });
  }

  /** About the width of a building on the map, in pixels. */
  private glyphSize(): number {
    return Math.max(7, Math.min(16, 30 * this.fit.scale));
  }

  /** Deep water offshore with a few swell lines, over the whole box (the land beyond the layout covers its part). */
  private drawSea(box: Box): void {
    const sea = this.graphics(DEPTH.sea);
    sea.fillStyle(SEA.deep).fillRoundedRect(box.x, box.y, box.width, box.height, 12);
    sea.lineStyle(1.5, SEA.surf, 0.45);
    const wave = Math.max(12, 60 * this.fit.scale);
    for (let y = box.y + wave / 2, row = 0; y < box.y + box.height; y += wave * 0.7, row++) {
      for (let x = box.x + wave / 2 + (row % 2) * wave; x < box.x + box.width - wave / 2; x += wave * 2) {
        sea.beginPath().arc(x, y, wave / 3, Math.PI * 1.2, Math.PI * 1.8).strokePath();
      }
    }
  }

  /**
   * The land goes on past the layout's frame to the edges of the box, paler: the map fills its
   * space at any screen shape without inventing zones.
   */
  private drawBeyond(ground: Phaser.GameObjects.Graphics, terrain: Phaser.GameObjects.Graphics, box: Box, zones: readonly ZoneLook[]): void {
    const limit = ([dx, dy]: Point, [x, y]: Point): Point =>
      dx < 0 ? [box.x, y] : dx > 0 ? [box.x + box.width, y] : dy < 0 ? [x, box.y] : [x, box.y + box.height];
    for (const zone of zones) {
      for (const { from, to, outward } of frameEdges(zone.def.shape)) {
        const line = this.screen(roughenLine(from, to));
        const band = [...line, limit(outward, line.at(-1)!), limit(outward, line[0])];
        ground.fillStyle(kindStyle(zone.kind).fill, 1).fillPoints(vectors(band), true);
        drawTerrain(terrain, { kind: zone.kind, points: band, size: this.glyphSize(), buildings: { homes: 0, empty: 0, lost: 0 }, inland: null });
        ground.fillStyle(0xffffff, 0.3).fillPoints(vectors(band), true);
      }
    }
  }

  /** Shallows, surf and a line of foam along a stretch of coast. */
  private drawSurf(g: Phaser.GameObjects.Graphics, line: Point[]): void {
    const s = this.fit.scale;
    g.lineStyle(Math.max(18, 90 * s), SEA.shallow, 0.55).strokePoints(vectors(line), false);
    g.lineStyle(Math.max(8, 36 * s), SEA.surf, 0.6).strokePoints(vectors(line), false);
    g.lineStyle(Math.max(2, 6 * s), SEA.foam, 0.9).strokePoints(vectors(line), false);
  }

  /**
   * How far a beach or dune has narrowed from the sea side, in layout units: the map's metres are
   * the zone's depth for the scenario's width, so the part the sea has taken is drawn as sea (a
   * sliver stays when nothing is left, for its label).
   */
  private widthTaken(outline: Point[], inward: Point, zone: ZoneLook): number {
    if (zone.def.width <= 0 || zone.width >= zone.def.width) return 0;
    const [near, far] = extent(outline, inward);
    return ((zone.def.width - zone.width) / zone.def.width) * (far - near) * 0.98;
  }

  /**
   * The land the sea takes in 30 years at this shore's rate (hatched), and the line it reaches in
   * 100 years (dashed), measured inland from today's shore with the zone's own scale of metres.
   */
  private drawBands(g: Phaser.GameObjects.Graphics, land: Point[], inward: Point, zone: ZoneLook): void {
    const [near, far] = extent(zone.def.shape, inward);
    const unitsPerMetre = zone.def.width > 0 ? (far - near) / zone.def.width : 1;
    const [shoreNow] = extent(land, inward);
    const across: Point = [-inward[1], inward[0]];
    const [left, right] = extent(zone.def.shape, across);
    const at = (along: number, depth: number): Point => toScreen(this.fit, [across[0] * along + inward[0] * depth, across[1] * along + inward[1] * depth]);
    const [band30, band100] = BAND_YEARS.map((years) => shoreNow + zone.erosionRate * years * unitsPerMetre);
    const [, landEnd] = extent(FRAME, inward);
    const strip = [at(left, shoreNow), at(right, shoreNow), at(right, Math.min(band30, landEnd)), at(left, Math.min(band30, landEnd))];
    g.fillStyle(EROSION.band, 0.22).fillPoints(vectors(strip), true);
    g.lineStyle(1.5, EROSION.band, 0.55);
    const hatch = 12 / this.fit.scale;
    for (let along = left + hatch / 2; along < right; along += hatch) {
      const [a, b] = [at(along, shoreNow), at(along, Math.min(band30, landEnd))];
      g.lineBetween(a[0], a[1], b[0], b[1]);
    }
    [band30, band100].forEach((depth, n) => {
      if (depth >= landEnd) return;
      const [a, b] = [at(left, depth), at(right, depth)];
      this.dashed(g, a, b, n === 0 ? 3 : 2);
    });
  }

  private dashed(g: Phaser.GameObjects.Graphics, [ax, ay]: Point, [bx, by]: Point, width: number): void {
    const length = Math.hypot(bx - ax, by - ay);
    const dash = 8;
    g.lineStyle(width, EROSION.line, 0.95);
    for (let d = 0; d < length; d += dash * 2) {
      const [t1, t2] = [d / length, Math.min(1, (d + dash) / length)];
      g.lineBetween(ax + (bx - ax) * t1, ay + (by - ay) * t1, ax + (bx - ax) * t2, ay + (by - ay) * t2);
    }
  }

  /** A dike is a dark wall along the shore (broken when in poor condition); a dune a sandy ridge with grass. */
  private drawDefence(g: Phaser.GameObjects.Graphics, zone: ZoneLook, line: Point[]): void {
    const width = Math.max(5, 18 * this.fit.scale);
    if (zone.defenceKind === "dune") {
      g.lineStyle(width, 0xd9b662, 1).strokePoints(vectors(line), false);
      g.lineStyle(width / 3, 0x7f9a4c, 0.9).strokePoints(vectors(line), false);
      return;
    }
    const worn = zone.defenceCondition < 0.6;
    g.lineStyle(width, 0x3f4650, 1).strokePoints(vectors(line), false);
    g.lineStyle(width / 3, 0x9aa5b1, 1).strokePoints(vectors(line), false);
    if (!worn) return;
    // Gaps in a worn wall: short stretches of sea-coloured breaks across it.
    g.lineStyle(width * 1.1, SEA.surf, 1);
    for (let i = 3; i < line.length - 1; i += 6) g.lineBetween(line[i][0], line[i][1], line[i + 1][0], line[i + 1][1]);
  }

  /**
   * The zone's name on a white label, wrapped to the zone's width, with a second line (its ground
   * level, or its data in the preview). It stays inside the map and moves down, then up, off the
   * labels already placed.
   */
  private drawLabel([x, y]: Point, { name: title, caption }: { name: string; caption: string }, box: Box, zoneWidth: number, placed: Box[]): Box {
    const { text, tokens } = this.tools;
    const size = this.fit.scale > 0.45 ? tokens.font.size.sm : tokens.font.size.xs;
    const wrap = { width: Math.max(80, zoneWidth - 12) };
    const name = this.track(text(this.scene, x, y, title, { fontSize: `${size}px`, fontStyle: "bold", color: tokens.colors.ink, align: "center", wordWrap: wrap }));
    const sub = this.track(text(this.scene, x, y, caption, { fontSize: `${size - 2}px`, color: tokens.colors.inkMuted, align: "center" }));
    const width = Math.max(name.width, sub.width) + 12;
    const height = name.height + sub.height + 4;
    const left = Math.min(Math.max(x - width / 2, box.x + 2), box.x + box.width - width - 2);
    const overlaps = (top: number) => placed.some((p) => left < p.x + p.width && p.x < left + width && top < p.y + p.height && p.y < top + height);
    const start = Math.min(Math.max(y - height / 2, box.y + 2), box.y + box.height - height - 2);
    const candidates = [0, 1, -1, 2, -2].map((k) => start + k * (height / 2 + 2));
    const top = candidates.find((t) => t >= box.y && t + height <= box.y + box.height && !overlaps(t)) ?? start;
    const centre = left + width / 2;
    name.setOrigin(0.5, 0).setPosition(centre, top + 2).setDepth(DEPTH.labels);
    sub.setOrigin(0.5, 0).setPosition(centre, top + 2 + name.height).setDepth(DEPTH.labels);
    const plate = this.graphics(DEPTH.labels - 0.5);
    plate.fillStyle(0x000000, 0.12).fillRoundedRect(left + 1, top + 2, width, height, 8);
    plate.fillStyle(0xffffff, 0.94).fillRoundedRect(left, top, width, height, 8);
    const labelBox = { x: left, y: top, width, height };
    placed.push(labelBox);
    return labelBox;
  }
}
