import type * as Phaser from "phaser";
import { bounds, clipHalfPlane, contains, distanceToEdges, extent, type Point, type Polygon } from "./geometry.ts";
import { vectors } from "./vectors.ts";
import { kindStyle, SEA } from "./zone-style.ts";

/** What stands on a zone, for its drawing: homes standing, empty (their people moved) and lost to the sea. */
export interface Buildings {
  homes: number;
  empty: number;
  lost: number;
}

export interface TerrainSpec {
  kind: string;
  /** The zone as drawn, in canvas pixels. */
  points: Polygon;
  /** About the width of one building, in pixels. */
  size: number;
  buildings: Buildings;
  /** Unit direction from the shore inland, for sea-facing zones (where the port's basin opens). */
  inland: Point | null;
}

type Graphics = Phaser.GameObjects.Graphics;

/** A stable pseudo-random number in [0, 1) for a cell of a grid: the same town looks the same at every redraw. */
function hash(i: number, j: number, salt = 0): number {
  const s = Math.sin(i * 127.1 + j * 311.7 + salt * 74.7) * 43758.5453;
  return s - Math.floor(s);
}

interface Cell {
  x: number;
  y: number;
  i: number;
  j: number;
}

/** The centres of a grid's cells that lie inside the polygon, at least `margin` from its edges. */
function cells(points: Polygon, step: number, margin: number): Cell[] {
  const box = bounds(points);
  const out: Cell[] = [];
  for (let j = 0; box.y + (j + 0.5) * step < box.y + box.height; j++) {
    for (let i = 0; box.x + (i + 0.5) * step < box.x + box.width; i++) {
      const [x, y] = [box.x + (i + 0.5) * step, box.y + (j + 0.5) * step];
      if (contains(points, x, y) && distanceToEdges(points, x, y) > margin) out.push({ x, y, i, j });
    }
  }
  return out;
}

const ROOFS = [0xb8654a, 0xc97d5d, 0x8d5a48, 0x9aa3ad, 0xcfa27a];
const FLATS = [0xf2eee6, 0xe4ddd2, 0xcfd8de];
const TENTS = [0xe0583c, 0x3d7fb8, 0xf0b43c, 0x5b9a4a];
const FIELDS = [0xe6d483, 0xb9cf7c, 0xd8b98a, 0xcadf93];

/** How many of the cells carry a building: one per `homesPerBuilding` homes, at most every cell. */
function houses(grid: Cell[], homes: number, homesPerBuilding: number): Cell[] {
  const count = Math.min(grid.length, Math.ceil(homes / homesPerBuilding));
  return [...grid].sort((a, b) => hash(a.i, a.j) - hash(b.i, b.j)).slice(0, count);
}

function ruin(g: Graphics, x: number, y: number, w: number, h: number): void {
  g.fillStyle(0x6b5f55, 0.35).fillRect(x - w / 2, y - h / 2, w, h);
  g.lineStyle(Math.max(1.5, w / 6), 0x4a3f38, 0.9).lineBetween(x - w / 2, y - h / 2, x + w / 2, y + h / 2).lineBetween(x + w / 2, y - h / 2, x - w / 2, y + h / 2);
}

/**
 * Buildings on a street grid: `homesPerBuilding` homes per roof, lost ones as ruins, empty ones
 * (their people moved inland) as pale outlines.
 */
function town(g: Graphics, spec: TerrainSpec, palette: readonly number[], scale: number, homesPerBuilding: number): void {
  const { size, buildings } = spec;
  const step = size * 1.45 * scale;
  const built = houses(cells(spec.points, step, size * 0.45 * scale), buildings.homes + buildings.lost, homesPerBuilding);
  const lostFrom = built.length - Math.round((built.length * buildings.lost) / Math.max(1, buildings.homes + buildings.lost));
  const emptyFrom = lostFrom - Math.round((built.length * buildings.empty) / Math.max(1, buildings.homes + buildings.lost));
  built.forEach((cell, n) => {
    const w = step * (0.55 + 0.25 * hash(cell.i, cell.j, 1));
    const h = step * (0.5 + 0.25 * hash(cell.i, cell.j, 2));
    if (n >= lostFrom) return ruin(g, cell.x, cell.y, w, h);
    if (n >= emptyFrom) {
      g.lineStyle(1.5, 0x6b5f55, 0.8).strokeRect(cell.x - w / 2, cell.y - h / 2, w, h);
      return;
    }
    g.fillStyle(0x000000, 0.18).fillRect(cell.x - w / 2 + 1.5, cell.y - h / 2 + 1.5, w, h);
    g.fillStyle(palette[Math.floor(hash(cell.i, cell.j, 3) * palette.length)], 1).fillRect(cell.x - w / 2, cell.y - h / 2, w, h);
    g.lineStyle(1, 0x000000, 0.15).lineBetween(cell.x - w / 2, cell.y, cell.x + w / 2, cell.y);
  });
}

function trees(g: Graphics, spec: TerrainSpec, density: number): void {
  const step = spec.size * 1.3;
  for (const cell of cells(spec.points, step, spec.size * 0.5)) {
    if (hash(cell.i, cell.j, 5) > density) continue;
    const [x, y] = [cell.x + (hash(cell.i, cell.j, 6) - 0.5) * step * 0.6, cell.y + (hash(cell.i, cell.j, 7) - 0.5) * step * 0.6];
    const r = spec.size * (0.35 + 0.2 * hash(cell.i, cell.j, 8));
    g.fillStyle(0x2f5a2a, 0.35).fillCircle(x + 1.5, y + 1.5, r);
    g.fillStyle(hash(cell.i, cell.j, 9) > 0.5 ? 0x4f7a3a : 0x5f8f45, 1).fillCircle(x, y, r);
  }
}

function fields(g: Graphics, spec: TerrainSpec): void {
  const step = spec.size * 2.2;
  const gap = Math.max(1.5, spec.size * 0.18);
  for (const cell of cells(spec.points, step, step * 0.45)) {
    const [x, y, half] = [cell.x, cell.y, step / 2 - gap];
    g.fillStyle(FIELDS[Math.floor(hash(cell.i, cell.j) * FIELDS.length)], 1).fillRect(x - half, y - half, 2 * half, 2 * half);
    g.lineStyle(1, 0x7d7a3a, 0.35);
    const vertical = hash(cell.i, cell.j, 1) > 0.5;
    for (let o = -half + 3; o < half; o += 4) {
      if (vertical) g.lineBetween(x + o, y - half, x + o, y + half);
      else g.lineBetween(x - half, y + o, x + half, y + o);
    }
  }
}

/** Meandering creeks: sine curves across the zone, kept where they are inside it. */
function creeks(g: Graphics, spec: TerrainSpec, colour: number): void {
  const box = bounds(spec.points);
  g.lineStyle(Math.max(1.5, spec.size * 0.22), colour, 0.9);
  for (let k = 1; k <= 3; k++) {
    const y0 = box.y + (box.height * k) / 4;
    let previous: Point | null = null;
    for (let x = box.x; x <= box.x + box.width; x += 3) {
      const p: Point = [x, y0 + Math.sin(x / (spec.size * 1.7) + k * 2) * spec.size * 0.9];
      const inside = contains(spec.points, p[0], p[1]) && distanceToEdges(spec.points, p[0], p[1]) > 2;
      if (previous && inside) g.lineBetween(previous[0], previous[1], p[0], p[1]);
      previous = inside ? p : null;
    }
  }
}

function tufts(g: Graphics, spec: TerrainSpec, colour: number, density: number): void {
  const h = spec.size * 0.35;
  g.lineStyle(Math.max(1, spec.size / 10), colour, 0.85);
  for (const cell of cells(spec.points, spec.size * 1.1, spec.size * 0.4)) {
    if (hash(cell.i, cell.j, 4) > density) continue;
    const { x, y } = cell;
    g.lineBetween(x, y + h, x, y - h).lineBetween(x, y + h, x - h * 0.7, y - h * 0.5).lineBetween(x, y + h, x + h * 0.7, y - h * 0.5);
  }
}

function sand(g: Graphics, spec: TerrainSpec): void {
  g.fillStyle(kindStyle("beach").ink, 0.6);
  for (const cell of cells(spec.points, spec.size * 0.9, 2)) {
    if (hash(cell.i, cell.j) < 0.5) g.fillCircle(cell.x + hash(cell.i, cell.j, 1) * 4, cell.y, Math.max(0.8, spec.size / 12));
  }
}

/** The harbour's basin: the middle of its seaward half, with pontoons and boats. */
function harbour(g: Graphics, spec: TerrainSpec): void {
  const direction = spec.inland ?? [0, 1];
  const [near, far] = extent(spec.points, direction);
  const across: Point = [-direction[1], direction[0]];
  const [left, right] = extent(spec.points, across);
  const width = right - left;
  let basin = clipHalfPlane(spec.points, direction, near + (far - near) * 0.55);
  basin = clipHalfPlane(basin, [-across[0], -across[1]], -(left + width * 0.15));
  basin = clipHalfPlane(basin, across, right - width * 0.15);
  if (basin.length < 3) return;
  g.fillStyle(SEA.shallow, 1).fillPoints(vectors(basin), true);
  g.lineStyle(Math.max(2, spec.size * 0.25), 0x6e6259, 1).strokePoints(vectors(basin), true);
  for (const cell of cells(basin, spec.size * 1.1, spec.size * 0.4)) {
    if (hash(cell.i, cell.j) > 0.55) continue;
    g.fillStyle(0xffffff, 1).fillEllipse(cell.x, cell.y, spec.size * 0.75, spec.size * 0.35);
    g.lineStyle(1, 0x3b4a55, 0.8).lineBetween(cell.x, cell.y, cell.x, cell.y - spec.size * 0.45);
  }
  town(g, { ...spec, points: clipHalfPlane(spec.points, [-direction[0], -direction[1]], -(near + (far - near) * 0.6)) }, [0x8e9aa5, 0xa3adb6, 0x7b8792], 1.5, 2);
}

function tents(g: Graphics, spec: TerrainSpec): void {
  const step = spec.size * 1.2;
  const pitches = houses(cells(spec.points, step, spec.size * 0.4), spec.buildings.homes, 1.5);
  trees(g, spec, 0.25);
  for (const cell of pitches) {
    const h = step * 0.32;
    g.fillStyle(TENTS[Math.floor(hash(cell.i, cell.j, 2) * TENTS.length)], 1).fillTriangle(cell.x - h, cell.y + h * 0.7, cell.x + h, cell.y + h * 0.7, cell.x, cell.y - h);
  }
}

function oysterTables(g: Graphics, spec: TerrainSpec): void {
  const step = spec.size * 0.9;
  g.fillStyle(0x3f6b70, 0.75);
  for (const cell of cells(spec.points, step, spec.size * 0.5)) {
    if (cell.j % 2 === 0) g.fillRect(cell.x - step * 0.4, cell.y - 1.5, step * 0.8, 3);
  }
}

function sheds(g: Graphics, spec: TerrainSpec): void {
  const step = spec.size * 2.4;
  for (const cell of cells(spec.points, step, spec.size)) {
    if (hash(cell.i, cell.j) > 0.7) continue;
    const [w, h] = [step * 0.8, step * 0.55];
    g.fillStyle(0x000000, 0.15).fillRect(cell.x - w / 2 + 2, cell.y - h / 2 + 2, w, h);
    g.fillStyle(hash(cell.i, cell.j, 1) > 0.5 ? 0x9d98a8 : 0xb7b2c0, 1).fillRect(cell.x - w / 2, cell.y - h / 2, w, h);
    g.lineStyle(1, 0x5c5668, 0.6);
    for (let x = cell.x - w / 2 + 4; x < cell.x + w / 2; x += 5) g.lineBetween(x, cell.y - h / 2, x, cell.y + h / 2);
  }
}

function road(g: Graphics, spec: TerrainSpec): void {
  const box = bounds(spec.points);
  const horizontal = box.width >= box.height;
  g.lineStyle(Math.max(2, spec.size * 0.2), 0xffffff, 0.9);
  const step = spec.size * 1.2;
  for (const cell of cells(spec.points, step, spec.size * 0.6)) {
    if ((horizontal ? cell.j : cell.i) % 3 !== 1) continue;
    if (horizontal) g.lineBetween(cell.x - step * 0.3, cell.y, cell.x + step * 0.3, cell.y);
    else g.lineBetween(cell.x, cell.y - step * 0.3, cell.x, cell.y + step * 0.3);
  }
}

/** What stands on a zone of this kind, drawn over its ground colour. */
export function drawTerrain(g: Graphics, spec: TerrainSpec): void {
  switch (spec.kind) {
    case "town":
      return town(g, spec, ROOFS, 1, 4);
    case "seafront":
      return town(g, spec, FLATS, 1.35, 5);
    case "port":
      return harbour(g, spec);
    case "farmland":
      fields(g, spec);
      return town(g, spec, ROOFS, 1.2, 6);
    case "hinterland":
      trees(g, spec, 0.55);
      return town(g, spec, ROOFS, 1.2, 5);
    case "marsh":
      creeks(g, spec, 0x5b9fb5);
      return tufts(g, spec, kindStyle("marsh").ink, 0.45);
    case "dune":
      return tufts(g, spec, kindStyle("dune").ink, 0.6);
    case "beach":
      return sand(g, spec);
    case "campsite":
      return tents(g, spec);
    case "oyster_beds":
      creeks(g, spec, 0x5b9fb5);
      return oysterTables(g, spec);
    case "industry":
      return sheds(g, spec);
    case "road":
      return road(g, spec);
  }
}
