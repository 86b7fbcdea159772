import type * as Phaser from "phaser";
import type { ZoneKind } from "@sgp/game-coast/content";
import { bounds, contains, distanceToEdges, type Polygon } from "./geometry.ts";

/** A texture drawn over the colour, so that a zone's kind never rests on colour alone. */
type Pattern = "dots" | "ripples" | "houses" | "blocks" | "piers" | "tents" | "tufts" | "furrows" | "ovals" | "sheds" | "trees" | "dashes";

interface KindStyle {
  fill: number;
  ink: number;
  pattern: Pattern;
}

export const KIND_STYLES: Record<ZoneKind, KindStyle> = {
  beach: { fill: 0xf3e4b5, ink: 0xc9a75a, pattern: "dots" },
  dune: { fill: 0xe6cf92, ink: 0xa88a45, pattern: "ripples" },
  seafront: { fill: 0xe3d3c3, ink: 0x8c6f5a, pattern: "houses" },
  town: { fill: 0xdccab9, ink: 0x7d6150, pattern: "blocks" },
  port: { fill: 0xc9d6dc, ink: 0x56707c, pattern: "piers" },
  campsite: { fill: 0xd5e4ae, ink: 0x7d8f45, pattern: "tents" },
  marsh: { fill: 0xb3d6c0, ink: 0x4f8a68, pattern: "tufts" },
  farmland: { fill: 0xece7ad, ink: 0xa9a052, pattern: "furrows" },
  oyster_beds: { fill: 0xbcd9db, ink: 0x4f8489, pattern: "ovals" },
  industry: { fill: 0xd4cfdc, ink: 0x6d6680, pattern: "sheds" },
  hinterland: { fill: 0xbdd6a1, ink: 0x5f8446, pattern: "trees" },
  road: { fill: 0xdedad2, ink: 0x8a857b, pattern: "dashes" },
};

export const SEA = { fill: 0x6fa8c2, line: 0xa9d0e0 } as const;
export const WATER = { fill: 0x1f6f9f, line: 0xd8eef8 } as const;

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind as ZoneKind] ?? KIND_STYLES.hinterland;
}

/** One glyph of a pattern, centred on (x, y), about `s` pixels wide. */
function glyph(g: Phaser.GameObjects.Graphics, pattern: Pattern, x: number, y: number, s: number): void {
  const h = s / 2;
  switch (pattern) {
    case "dots":
      g.fillCircle(x - h / 2, y, s / 9).fillCircle(x + h / 2, y + h / 2, s / 9);
      return;
    case "ripples":
      g.beginPath().arc(x, y + h / 2, h, Math.PI * 1.15, Math.PI * 1.85).strokePath();
      return;
    case "houses":
      g.fillRect(x - h / 2, y - h / 4, h, h * 0.75).fillTriangle(x - h * 0.7, y - h / 4, x + h * 0.7, y - h / 4, x, y - h * 0.8);
      return;
    case "blocks":
      g.fillRect(x - h * 0.8, y - h * 0.4, h * 0.7, h * 0.8).fillRect(x + h * 0.1, y - h * 0.6, h * 0.7, h);
      return;
    case "piers":
      g.lineBetween(x - h, y, x + h, y).lineBetween(x - h / 2, y, x - h / 2, y + h / 2).lineBetween(x + h / 2, y, x + h / 2, y + h / 2);
      return;
    case "tents":
      g.fillTriangle(x - h * 0.8, y + h / 2, x + h * 0.8, y + h / 2, x, y - h * 0.6);
      return;
    case "tufts":
      g.lineBetween(x, y + h / 2, x, y - h / 2).lineBetween(x, y + h / 2, x - h / 2, y - h / 4).lineBetween(x, y + h / 2, x + h / 2, y - h / 4);
      return;
    case "furrows":
      g.lineBetween(x - h, y + h / 2, x + h / 2, y - h).lineBetween(x - h / 2, y + h, x + h, y - h / 2);
      return;
    case "ovals":
      g.strokeEllipse(x, y, h * 1.3, h * 0.7);
      return;
    case "sheds":
      g.fillRect(x - h * 0.8, y - h * 0.2, h * 1.6, h * 0.7).fillTriangle(x - h * 0.8, y - h * 0.2, x, y - h * 0.2, x - h * 0.8, y - h * 0.7);
      return;
    case "trees":
      g.fillCircle(x, y - h * 0.2, h * 0.55).fillRect(x - s / 24, y + h * 0.2, s / 12, h * 0.5);
      return;
    case "dashes":
      g.lineBetween(x - h * 0.8, y, x + h * 0.8, y);
      return;
  }
}

/** Fills a polygon (screen coordinates) with its kind's glyphs, on a staggered grid, clear of the edges. */
export function drawPattern(g: Phaser.GameObjects.Graphics, kind: string, points: Polygon, size: number, alpha = 0.75): void {
  const { ink, pattern } = kindStyle(kind);
  g.fillStyle(ink, alpha).lineStyle(Math.max(1, size / 9), ink, alpha);
  const box = bounds(points);
  const step = size * 2.1;
  let row = 0;
  for (let y = box.y + step / 2; y < box.y + box.height; y += step, row++) {
    for (let x = box.x + step / 2 + (row % 2 ? step / 2 : 0); x < box.x + box.width; x += step) {
      if (contains(points, x, y) && distanceToEdges(points, x, y) > size * 0.9) glyph(g, pattern, x, y, size);
    }
  }
}

/** A swatch of a kind, for the legend (HTML): a small canvas with the colour and the texture. */
export function swatchCss(kind: string): string {
  return `#${kindStyle(kind).fill.toString(16).padStart(6, "0")}`;
}
