import * as Phaser from "phaser";
import type { Kit } from "./kit.ts";

export interface ButtonSpec {
  label: string;
  /** What the accessible layer announces, when more than the label is needed. */
  a11y?: () => string;
  variant?: "primary" | "accent" | "light" | "ghost";
  /** Pressed state of a toggle (a tag, a chosen card). */
  pressed?: boolean;
  width?: number;
  small?: boolean;
  enabled?: () => boolean;
  onTap: () => void;
}

/** A pill button on the table: at least a touch target high, reachable by keyboard. */
export function button(kit: Kit, x: number, y: number, spec: ButtonSpec): Phaser.GameObjects.Container {
  const { scene, shell } = kit;
  const { colors, font, touchTarget, colorNumber } = shell.tokens;
  const variant = spec.pressed ? "accent" : (spec.variant ?? "primary");
  const look = {
    primary: { fill: colors.accent, ink: colors.ink, line: colors.accent },
    accent: { fill: colors.accent, ink: colors.ink, line: colors.surface },
    light: { fill: colors.surface, ink: colors.primaryStrong, line: colors.surface },
    ghost: { fill: colors.table, ink: colors.onTable, line: colors.onTable },
  }[variant];
  const height = spec.small ? touchTarget : touchTarget + 8;
  const label = shell.text(scene, 0, height / 2, spec.pressed ? `✓ ${spec.label}` : spec.label, { fontSize: `${spec.small ? font.size.sm : font.size.lg}px`, fontStyle: "bold", color: look.ink }).setOrigin(0.5);
  const width = Math.max(spec.width ?? 0, label.width + (spec.small ? 32 : 48), height);
  label.setX(width / 2);
  const face = scene.add.graphics();
  face.fillStyle(0x08292c, 0.3).fillRoundedRect(0, 3, width, height, height / 2);
  face.fillStyle(colorNumber(look.fill)).fillRoundedRect(0, 0, width, height, height / 2);
  face.lineStyle(2, colorNumber(look.line)).strokeRoundedRect(0, 0, width, height, height / 2);
  const container = scene.add.container(x, y, [scene.add.zone(0, 0, width, height).setOrigin(0), face, label]).setSize(width, height);
  const enabled = spec.enabled ?? (() => true);
  container.setAlpha(enabled() ? 1 : 0.45);
  clickable(kit, container, { label: spec.a11y ?? (() => spec.label), enabled, activate: spec.onTap });
  return container;
}

/**
 * Makes a container of known size tappable and keyboard-reachable. A container's own hit area
 * starts at its top-left corner, hence the rectangle centred on half its size.
 */
export function clickable(kit: Kit, container: Phaser.GameObjects.Container, options: { label: () => string; activate: () => void; enabled?: () => boolean }): void {
  const { width, height } = container;
  container.setInteractive(new Phaser.Geom.Rectangle(width / 2, height / 2, width, height), Phaser.Geom.Rectangle.Contains);
  kit.shell.interactive(container, options);
}
