import { LAYOUT } from "@sgp/game-coast/content";

export type Point = readonly [number, number];
export type Polygon = readonly Point[];
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the scenario's 1600x1000 layout sits in a box of the canvas: uniform scale, centred. */
export interface Fit extends Box {
  scale: number;
}

export function fitLayout(box: Box): Fit {
  const scale = Math.max(0.01, Math.min(box.width / LAYOUT.width, box.height / LAYOUT.height));
  const width = LAYOUT.width * scale;
  const height = LAYOUT.height * scale;
  return { scale, width, height, x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2 };
}

export function toScreen(fit: Fit, [x, y]: Point): [number, number] {
  return [fit.x + x * fit.scale, fit.y + y * fit.scale];
}

export function bounds(points: Polygon): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Even-odd ray casting. */
export function contains(points: Polygon, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

export function distanceToEdges(points: Polygon, x: number, y: number): number {
  return Math.min(...points.map((p, i) => distanceToSegment(x, y, p, points[(i + 1) % points.length])));
}

/** The inside point farthest from the edges (on a coarse grid): where a label fits best, even in a concave zone. */
export function labelPoint(points: Polygon): Point {
  const box = bounds(points);
  const step = Math.max(4, Math.min(box.width, box.height) / 12);
  let best: Point = [box.x + box.width / 2, box.y + box.height / 2];
  let bestDistance = -1;
  for (let x = box.x + step / 2; x < box.x + box.width; x += step) {
    for (let y = box.y + step / 2; y < box.y + box.height; y += step) {
      if (!contains(points, x, y)) continue;
      const distance = distanceToEdges(points, x, y);
      if (distance > bestDistance) [best, bestDistance] = [[x, y], distance];
    }
  }
  return best;
}

const onFrame = ([ax, ay]: Point, [bx, by]: Point) =>
  (ax === bx && (ax <= 0 || ax >= LAYOUT.width)) || (ay === by && (ay <= 0 || ay >= LAYOUT.height));

/**
 * The edges of a sea-facing zone along the water: shared with no other zone and not on the
 * layout's frame. Defences are drawn there.
 */
export function shoreEdges(points: Polygon, others: readonly Polygon[]): [Point, Point][] {
  const shared = (a: Point, b: Point) => {
    const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    return others.some((other) => distanceToEdges(other, mid[0], mid[1]) < 2);
  };
  return points.map((p, i): [Point, Point] => [p, points[(i + 1) % points.length]]).filter(([a, b]) => !onFrame(a, b) && !shared(a, b));
}
