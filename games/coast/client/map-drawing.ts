import * as Phaser from "phaser";
import type { PreviewContext } from "@sgp/client/game";
import type { Zone } from "@sgp/game-coast/content";
import { bounds, fitLayout, labelPoint, shoreEdges, toScreen, type Box, type Fit, type Point } from "./geometry.ts";
import { drawPattern, kindStyle, SEA } from "./zone-style.ts";

/** Drawing order on the map. */
export const DEPTH = { sea: 0, zones: 1, pattern: 2, water: 3, shore: 4, marks: 5, labels: 6, badges: 7, card: 10 } as const;

/** What the map needs of a zone to draw it: its kind and defence may change during the game. */
export interface ZoneLook {
  def: Zone;
  kind: string;
  defenceKind: string;
  defenceCondition: number;
}

export interface DrawnZone {
  id: string;
  /** The polygon in canvas coordinates. */
  points: Point[];
  label: Point;
  /** The zone's tap target (its polygon is its hit area). */
  shape: Phaser.GameObjects.Polygon;
  /** Where the label ends, for badges drawn beside it. */
  labelBox: Box;
}

type Tools = Pick<PreviewContext, "text" | "tokens">;

/**
 * The territory drawn from the scenario's polygons: sea, zones with their kind's colour and
 * texture, defences along the shore, and each zone's name and ground level. Everything it creates
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

  /** `label` gives each zone's name and the line under it. */
  draw(box: Box, zones: readonly ZoneLook[], label: (zone: ZoneLook) => { name: string; caption: string }): DrawnZone[] {
    this.fit = fitLayout(box);
    const { fit } = this;
    const sea = this.graphics(DEPTH.sea);
    sea.fillStyle(SEA.fill).fillRoundedRect(fit.x, fit.y, fit.width, fit.height, 12);
    sea.lineStyle(1.5, SEA.line, 0.7);
    const wave = Math.max(10, 28 * fit.scale * 2);
    for (let y = fit.y + wave; y < fit.y + fit.height; y += wave) {
      for (let x = fit.x + wave / 2 + ((y / wave) % 2) * wave; x < fit.x + fit.width - wave; x += wave * 2) {
        sea.beginPath().arc(x, y, wave / 3, Math.PI * 1.2, Math.PI * 1.8).strokePath();
      }
    }
    const pattern = this.graphics(DEPTH.pattern);
    const shore = this.graphics(DEPTH.shore);
    const glyph = Math.max(7, Math.min(14, 26 * fit.scale));
    const polygons = zones.map((z) => z.def.shape.map((p) => toScreen(fit, p)));
    return zones.map((zone, i) => {
      const points = polygons[i];
      const box = bounds(points);
      const shape = this.track(
        this.scene.add
          .polygon(box.x, box.y, points.map(([x, y]) => [x - box.x, y - box.y]).flat(), kindStyle(zone.kind).fill)
          .setOrigin(0)
          .setDepth(DEPTH.zones)
          .setStrokeStyle(2, 0xffffff, 0.9),
      );
      shape.setInteractive(new Phaser.Geom.Polygon(points.map(([x, y]) => [x - box.x, y - box.y]).flat()), Phaser.Geom.Polygon.Contains);
      drawPattern(pattern, zone.kind, points, glyph);
      if (zone.def.seaFacing) this.drawShore(shore, zone, points, polygons.filter((_, j) => j !== i));
      const at = toScreen(fit, labelPoint(zone.def.shape));
      return { id: zone.def.id, points, label: at, shape, labelBox: this.drawLabel(at, label(zone)) };
    });
  }

  /** A dike is a dark wall along the shore (broken when in poor condition); a dune a sandy ridge. */
  private drawShore(g: Phaser.GameObjects.Graphics, zone: ZoneLook, points: Point[], others: Point[][]): void {
    if (zone.defenceKind === "none") return;
    const edges = shoreEdges(points, others);
    const width = Math.max(6, 22 * this.fit.scale);
    for (const [a, b] of edges) {
      if (zone.defenceKind === "dune") {
        g.lineStyle(width, 0xd9b662, 1).lineBetween(a[0], a[1], b[0], b[1]);
        const steps = Math.max(2, Math.round(Math.hypot(b[0] - a[0], b[1] - a[1]) / (width * 1.6)));
        g.fillStyle(0x9c7f3a, 0.8);
        for (let s = 0; s <= steps; s++) g.fillCircle(a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps, width / 4);
        continue;
      }
      const worn = zone.defenceCondition < 0.6;
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const pieces = worn ? Math.max(3, Math.round(length / (width * 2.2))) : 1;
      for (let s = 0; s < pieces; s++) {
        const from = s / pieces;
        const to = (s + (worn ? 0.78 : 1)) / pieces;
        const [x1, y1, x2, y2] = [a[0] + (b[0] - a[0]) * from, a[1] + (b[1] - a[1]) * from, a[0] + (b[0] - a[0]) * to, a[1] + (b[1] - a[1]) * to];
        g.lineStyle(width, 0x3f4650, 1).lineBetween(x1, y1, x2, y2);
        g.lineStyle(width / 3, 0x8b96a3, 1).lineBetween(x1, y1, x2, y2);
      }
    }
  }

  /** The zone's name on a white label, with a second line (its ground level, or its data in the preview). */
  private drawLabel([x, y]: Point, { name: title, caption }: { name: string; caption: string }): Box {
    const { text, tokens } = this.tools;
    const size = this.fit.scale > 0.45 ? tokens.font.size.sm : tokens.font.size.xs;
    const name = this.track(text(this.scene, x, y, title, { fontSize: `${size}px`, fontStyle: "bold", color: tokens.colors.ink, align: "center" }));
    const sub = this.track(text(this.scene, x, y, caption, { fontSize: `${size - 2}px`, color: tokens.colors.inkMuted, align: "center" }));
    const width = Math.max(name.width, sub.width) + 14;
    const height = name.height + sub.height + 6;
    const top = y - height / 2;
    name.setOrigin(0.5, 0).setPosition(x, top + 3).setDepth(DEPTH.labels);
    sub.setOrigin(0.5, 0).setPosition(x, top + 3 + name.height).setDepth(DEPTH.labels);
    const plate = this.graphics(DEPTH.labels - 0.5);
    plate.fillStyle(0x000000, 0.12).fillRoundedRect(x - width / 2 + 1, top + 2, width, height, 8);
    plate.fillStyle(0xffffff, 0.94).fillRoundedRect(x - width / 2, top, width, height, 8);
    return { x: x - width / 2, y: top, width, height };
  }
}
