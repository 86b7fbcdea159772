import type * as Phaser from "phaser";
import type { PreviewContext } from "@sgp/client/game";
import type { DeckView } from "../deck.ts";

/** What drawing a card or a light needs: the scene, the shell's drawing tools and the deck. */
export interface Kit {
  scene: Phaser.Scene;
  shell: PreviewContext;
  deck: DeckView;
}

/** Table colours beyond the shell's tokens: the three light states, each with its own shape too. */
export const LIGHTS = {
  green: { fill: 0x2f9e5b, text: "#ffffff" },
  amber: { fill: 0xf2a93b, text: "#1c2430" },
  red: { fill: 0xd64b3c, text: "#ffffff" },
} as const;

/** Ink or white, whichever reads better on `hex` (a category's colour). */
export function inkOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.22 ? "#1c2430" : "#ffffff";
}

/** Columns of equal width that fit `available`, each at least `min` wide (at most `max`). */
export function columns(available: number, min: number, max: number, gap: number): { count: number; width: number } {
  const count = Math.max(1, Math.floor((available + gap) / (min + gap)));
  return { count, width: Math.min(max, (available - gap * (count - 1)) / count) };
}

/** Places items of one width row by row (each row as tall as its tallest); returns the bottom. */
export function placeGrid(items: { height: number; setPosition(x: number, y: number): unknown }[], left: number, top: number, grid: { count: number; width: number }, gap: number): number {
  let rowTop = top;
  let rowHeight = 0;
  items.forEach((item, i) => {
    const col = i % grid.count;
    if (col === 0 && i > 0) {
      rowTop += rowHeight + gap;
      rowHeight = 0;
    }
    item.setPosition(left + col * (grid.width + gap), rowTop);
    rowHeight = Math.max(rowHeight, item.height);
  });
  return rowTop + rowHeight;
}
