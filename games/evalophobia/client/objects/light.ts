import * as Phaser from "phaser";
import type { Category } from "../../src/content.ts";
import type { Light } from "../../src/deck.ts";
import { drawIcon } from "./icons.ts";
import { LIGHTS, type Kit } from "./kit.ts";

/**
 * The state's shape, so that colour is never the only sign (as on road signs): a disc with a tick
 * for green, a triangle for amber, an octagon for red.
 */
export function signal(scene: Phaser.Scene, light: Light, x: number, y: number, r: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  g.fillStyle(0xffffff, 1).lineStyle(2, 0xffffff, 1);
  const fill = LIGHTS[light].fill;
  if (light === "green") {
    g.fillCircle(0, 0, r + 2).fillStyle(fill).fillCircle(0, 0, r);
    g.lineStyle(Math.max(2, r / 4), 0xffffff).strokePoints([new Phaser.Math.Vector2(-r * 0.45, 0), new Phaser.Math.Vector2(-r * 0.1, r * 0.38), new Phaser.Math.Vector2(r * 0.5, -r * 0.35)]);
    return g;
  }
  const sides = light === "amber" ? 3 : 8;
  const points = (radius: number) =>
    Array.from({ length: sides }, (_, i) => {
      const angle = -Math.PI / 2 + (i * 2 * Math.PI) / sides + (sides === 8 ? Math.PI / 8 : 0);
      return new Phaser.Math.Vector2(Math.cos(angle) * radius, Math.sin(angle) * radius + (sides === 3 ? r * 0.15 : 0));
    });
  g.fillPoints(points(r * (sides === 3 ? 1.35 : 1.08) + 2), true).fillStyle(fill).fillPoints(points(r * (sides === 3 ? 1.35 : 1.08)), true);
  return g;
}

/**
 * A warning light of the dashboard: the category's icon in a lamp ringed with the light's colour,
 * the state's shape holding the count, and the category's name under it.
 */
export function categoryLamp(kit: Kit, category: Category, light: Light, count: number | null, width: number): Phaser.GameObjects.Container {
  const { scene, shell } = kit;
  const { colors, font, colorNumber } = shell.tokens;
  const lamp = Math.min(56, width * 0.62);
  const cx = width / 2;
  const cy = lamp / 2 + 4;
  const ring = scene.add.graphics();
  ring.fillStyle(LIGHTS[light].fill, light === "green" ? 0.22 : 0.35).fillCircle(cx, cy, lamp / 2 + 6);
  ring.fillStyle(colorNumber(colors.surface)).fillCircle(cx, cy, lamp / 2);
  ring.lineStyle(5, LIGHTS[light].fill).strokeCircle(cx, cy, lamp / 2);
  const icon = drawIcon(scene, category.icon, cx, cy, lamp * 0.56, colorNumber(category.color));
  const parts: Phaser.GameObjects.GameObject[] = [ring, icon];
  if (count !== null) {
    const bx = cx + lamp / 2 - 2;
    const by = cy - lamp / 2 + 6;
    parts.push(signal(scene, light, bx, by, 12));
    const shown = light === "green" ? "" : String(count);
    parts.push(shell.text(scene, bx, by + (light === "amber" ? 3 : 0), shown, { fontSize: `${font.size.xs}px`, fontStyle: "bold", color: LIGHTS[light].text }).setOrigin(0.5));
  }
  const label = shell
    .text(scene, cx, cy + lamp / 2 + 10, shell.i18n.localize(category.label), { fontSize: `${font.size.xs}px`, fontStyle: "bold", color: colors.ink, align: "center", wordWrap: { width: width - 4, useAdvancedWrap: true } })
    .setOrigin(0.5, 0);
  parts.push(label);
  const container = scene.add.container(0, 0, parts);
  return container.setSize(width, label.y + label.height);
}
