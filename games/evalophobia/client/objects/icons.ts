import * as Phaser from "phaser";
import type { CategoryIcon } from "../../src/content.ts";

/** Points given as fractions of the icon's side. */
const at = (s: number, ...xy: number[]) => Array.from({ length: xy.length / 2 }, (_, i) => new Phaser.Math.Vector2(xy[2 * i] * s, xy[2 * i + 1] * s));

type Draw = (g: Phaser.GameObjects.Graphics, s: number) => void;

/** Line icons drawn in a square of side `s` centred on the origin (the category's sign, never colour alone). */
const ICONS: Record<CategoryIcon, Draw> = {
  clock(g, s) {
    g.strokeCircle(0, 0, s * 0.42);
    g.lineBetween(0, 0, 0, -s * 0.26).lineBetween(0, 0, s * 0.2, s * 0.1);
  },
  coins(g, s) {
    for (const dy of [0.18, 0, -0.18]) g.strokeEllipse(0, dy * s, s * 0.72, s * 0.26);
  },
  landmark(g, s) {
    g.strokeTriangle(-s * 0.42, -s * 0.16, s * 0.42, -s * 0.16, 0, -s * 0.42);
    for (const x of [-0.28, 0, 0.28]) g.lineBetween(x * s, -s * 0.1, x * s, s * 0.26);
    g.lineBetween(-s * 0.44, s * 0.36, s * 0.44, s * 0.36);
  },
  "graduation-cap"(g, s) {
    g.strokePoints(at(s, -0.46, -0.08, 0, -0.3, 0.46, -0.08, 0, 0.14), true);
    g.strokeRect(-s * 0.22, s * 0.04, s * 0.44, s * 0.2);
    g.lineBetween(s * 0.38, -s * 0.04, s * 0.38, s * 0.3);
  },
  chart(g, s) {
    g.lineBetween(-s * 0.42, s * 0.4, s * 0.42, s * 0.4);
    [0.2, 0.42, 0.64].forEach((h, i) => g.strokeRect(-s * 0.34 + i * s * 0.26, s * 0.36 - h * s, s * 0.16, h * s));
  },
  users(g, s) {
    for (const x of [-0.18, 0.18]) {
      g.strokeCircle(x * s, -s * 0.16, s * 0.13);
      g.beginPath().arc(x * s, s * 0.36, s * 0.22, Math.PI, 0).strokePath();
    }
  },
  shield(g, s) {
    g.strokePoints(at(s, 0, -0.42, 0.36, -0.28, 0.3, 0.12, 0, 0.42, -0.3, 0.12, -0.36, -0.28), true);
  },
  handshake(g, s) {
    g.strokeRoundedRect(-s * 0.44, -s * 0.08, s * 0.5, s * 0.22, s * 0.1);
    g.strokeRoundedRect(-s * 0.06, -s * 0.14, s * 0.5, s * 0.22, s * 0.1);
    g.lineBetween(-s * 0.44, -s * 0.3, -s * 0.44, s * 0.3).lineBetween(s * 0.44, -s * 0.3, s * 0.44, s * 0.3);
  },
  compass(g, s) {
    g.strokeCircle(0, 0, s * 0.42);
    g.strokeTriangle(-s * 0.1, 0, s * 0.1, 0, 0, -s * 0.3).strokeTriangle(-s * 0.1, 0, s * 0.1, 0, 0, s * 0.3);
  },
  megaphone(g, s) {
    g.strokePoints(at(s, -0.36, -0.1, 0.3, -0.36, 0.3, 0.36, -0.36, 0.1), true);
    g.lineBetween(-s * 0.2, s * 0.14, -s * 0.12, s * 0.4);
  },
  puzzle(g, s) {
    g.strokeRect(-s * 0.34, -s * 0.24, s * 0.58, s * 0.58);
    g.strokeCircle(0, -s * 0.34, s * 0.1).strokeCircle(s * 0.34, s * 0.06, s * 0.1);
  },
  scale(g, s) {
    g.lineBetween(0, -s * 0.4, 0, s * 0.36).lineBetween(-s * 0.4, -s * 0.26, s * 0.4, -s * 0.26).lineBetween(-s * 0.2, s * 0.36, s * 0.2, s * 0.36);
    for (const x of [-0.3, 0.3]) g.beginPath().arc(x * s, 0, s * 0.14, 0, Math.PI).closePath().strokePath();
  },
};

/** Draws `icon` centred at (x, y) in a square of side `size`, in `color`. */
export function drawIcon(scene: Phaser.Scene, icon: CategoryIcon, x: number, y: number, size: number, color: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  g.lineStyle(Math.max(1.5, size / 11), color, 1);
  ICONS[icon](g, size);
  return g;
}
