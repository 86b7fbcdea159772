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

export const onFrame = ([ax, ay]: Point, [bx, by]: Point) =>
  (ax === bx && (ax <= 0 || ax >= LAYOUT.width)) || (ay === by && (ay <= 0 || ay >= LAYOUT.height));

/** The edges of a polygon lying on the layout's frame, each with the outward direction of its side. */
export function frameEdges(points: Polygon): { from: Point; to: Point; outward: Point }[] {
  return points.flatMap((a, i) => {
    const b = points[(i + 1) % points.length];
    if (!onFrame(a, b)) return [];
    const outward: Point = a[0] === b[0] ? [a[0] <= 0 ? -1 : 1, 0] : [0, a[1] <= 0 ? -1 : 1];
    return [{ from: a, to: b, outward }];
  });
}

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

export function centroid(points: Polygon): Point {
  const sum = points.reduce(([sx, sy], [x, y]) => [sx + x, sy + y], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

/** The part of a polygon where `x * nx + y * ny <= limit` (Sutherland-Hodgman against one line). */
export function clipHalfPlane(points: Polygon, [nx, ny]: Point, limit: number): Point[] {
  const side = ([x, y]: Point) => x * nx + y * ny - limit;
  const kept: Point[] = [];
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length];
    const [sp, sq] = [side(p), side(q)];
    if (sp <= 0) kept.push(p);
    if (sp * sq < 0) {
      const t = sp / (sp - sq);
      kept.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
    }
  });
  return kept;
}

/** The extent of a polygon along a unit direction: its lowest and highest `x * nx + y * ny`. */
export function extent(points: Polygon, [nx, ny]: Point): [number, number] {
  const values = points.map(([x, y]) => x * nx + y * ny);
  return [Math.min(...values), Math.max(...values)];
}

export function unit([x, y]: Point): Point {
  const length = Math.hypot(x, y) || 1;
  return [x / length, y / length];
}

/** The unit direction from a zone's shore towards its inland side: the length-weighted normals of its shore edges. */
export function inland(points: Polygon, shore: readonly (readonly [Point, Point])[]): Point {
  const [cx, cy] = centroid(points);
  let [sx, sy] = [0, 0];
  for (const [a, b] of shore) {
    let [nx, ny] = [a[1] - b[1], b[0] - a[0]];
    if ((cx - a[0]) * nx + (cy - a[1]) * ny < 0) [nx, ny] = [-nx, -ny];
    [sx, sy] = [sx + nx, sy + ny];
  }
  return unit([sx, sy]);
}

const ROUGH_STEP = 20;
const ROUGH_AMPLITUDE = 8;

/**
 * Where the layout point (x, y) is drawn: a smooth, small displacement of the whole plane, so that
 * straight borders read as a coastline, hedges and streets while neighbours still share every
 * border point. Points on the layout's frame slide along it only.
 */
export function wobble([x, y]: Point): Point {
  const dx = Math.sin(y * 0.021 + x * 0.007) + 0.6 * Math.sin(y * 0.053 - x * 0.031 + 1.3) + 0.3 * Math.sin(y * 0.11 + x * 0.05);
  const dy = Math.sin(x * 0.019 - y * 0.009 + 2.1) + 0.6 * Math.sin(x * 0.047 + y * 0.027) + 0.3 * Math.sin(x * 0.12 - y * 0.04);
  const onSide = x <= 0 || x >= LAYOUT.width;
  const onTopOrBottom = y <= 0 || y >= LAYOUT.height;
  return [x + (onSide ? 0 : ROUGH_AMPLITUDE * dx), y + (onTopOrBottom ? 0 : ROUGH_AMPLITUDE * dy)];
}

/**
 * The points of the segment a-b (a included, b not) at every multiple of the step along its main
 * axis: two zones sharing a border, or part of one, get the same points on it.
 */
function samples(a: Point, b: Point): Point[] {
  const axis = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]) ? 0 : 1;
  const [from, to] = [a[axis], b[axis]];
  const out: Point[] = [a];
  const direction = Math.sign(to - from);
  if (direction === 0) return out;
  let value = direction > 0 ? Math.floor(from / ROUGH_STEP + 1) * ROUGH_STEP : Math.ceil(from / ROUGH_STEP - 1) * ROUGH_STEP;
  for (; (to - value) * direction > 1e-9; value += direction * ROUGH_STEP) {
    const t = (value - from) / (to - from);
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
  }
  return out;
}

/** A polygon of the layout as drawn: its borders sampled finely and wobbled (still in layout coordinates). */
export function roughen(points: Polygon): Point[] {
  return points.flatMap((p, i) => samples(p, points[(i + 1) % points.length])).map(wobble);
}

/** A segment of the layout as drawn, both ends included. */
export function roughenLine(a: Point, b: Point): Point[] {
  return [...samples(a, b), b].map(wobble);
}
