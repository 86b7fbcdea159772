import * as Phaser from "phaser";
import type { PreviewContext } from "@sgp/client/game";
import { DEPTH } from "./map-drawing.ts";

type Tools = Pick<PreviewContext, "text" | "tokens" | "interactive">;

export interface CardButton {
  label: string;
  /** What the accessible layer announces, when the visible label is too short to say it. */
  description?: string;
  primary?: boolean;
  activate(): void;
}

export interface CardContent {
  title: string;
  lines: readonly string[];
  buttons: readonly CardButton[];
  close: CardButton;
}

const PAD = 16;
const BUTTON_HEIGHT = 48;

/** A white card over the map (a zone's explanation, a placement to confirm), with its buttons. */
export function drawCard(scene: Phaser.Scene, tools: Tools, at: { x: number; y: number; width: number; maxHeight: number }, content: CardContent): Phaser.GameObjects.Container {
  const { colors, font, radius, colorNumber } = tools.tokens;
  const inner = at.width - 2 * PAD;
  const card = scene.add.container(at.x, at.y).setDepth(DEPTH.card);
  const title = tools.text(scene, PAD, PAD, content.title, { fontSize: `${font.size.lg}px`, fontStyle: "bold", color: colors.ink, wordWrap: { width: inner - 44 } });
  const body = tools.text(scene, PAD, title.y + title.height + 8, content.lines.join("\n"), {
    fontSize: `${font.size.sm}px`,
    color: colors.ink,
    lineSpacing: 6,
    wordWrap: { width: inner, useAdvancedWrap: true },
  });
  let y = body.y + body.height + PAD;
  const buttons = content.buttons.map((spec) => {
    const button = drawButton(scene, tools, PAD, y, inner, BUTTON_HEIGHT, spec);
    y += BUTTON_HEIGHT + 8;
    return button;
  });
  const height = Math.min(at.maxHeight, y + (buttons.length ? PAD - 8 : 0));
  const face = scene.add.graphics();
  face.fillStyle(0x000000, 0.18).fillRoundedRect(2, 6, at.width, height, radius.md);
  face.fillStyle(colorNumber(colors.surface)).fillRoundedRect(0, 0, at.width, height, radius.md);
  face.fillStyle(colorNumber(colors.primary)).fillRect(0, radius.md, 5, height - 2 * radius.md);
  const close = drawButton(scene, tools, at.width - 44 - 8, 8, 44, 44, { ...content.close, label: "×" });
  card.add([scene.add.zone(0, 0, at.width, height).setOrigin(0), face, title, body, ...buttons, close]);
  return card;
}

function drawButton(scene: Phaser.Scene, tools: Tools, x: number, y: number, width: number, height: number, spec: CardButton): Phaser.GameObjects.Container {
  const { colors, font, colorNumber } = tools.tokens;
  const button = scene.add.container(x, y).setSize(width, height);
  // A pill: Phaser draws nonsense when a corner's radius exceeds half the side.
  const face = scene.add.graphics().fillStyle(colorNumber(spec.primary ? colors.primary : colors.surfaceSunken)).fillRoundedRect(0, 0, width, height, height / 2);
  const size = spec.label === "×" ? font.size.xl : font.size.md;
  const label = tools
    .text(scene, width / 2, height / 2, spec.label, { fontSize: `${size}px`, fontStyle: "bold", color: spec.primary ? colors.onPrimary : colors.ink })
    .setOrigin(0.5);
  button.add([scene.add.zone(0, 0, width, height).setOrigin(0), face, label]);
  button.setInteractive(new Phaser.Geom.Rectangle(width / 2, height / 2, width, height), Phaser.Geom.Rectangle.Contains);
  tools.interactive(button, { label: () => spec.description ?? spec.label, activate: spec.activate });
  return button;
}
