import type * as Phaser from "phaser";
import { categoryCounts, lightFor } from "../../src/deck.ts";
import type { DeckView } from "../deck.ts";
import { columns, type Kit } from "./kit.ts";
import { categoryLamp } from "./light.ts";

const PAD = 14;
const GAP = 6;

/** The dashboard: one warning light per category, lit by the reasons on the board (0 green, 1-2 amber, 3+ red). */
export function dashboard(kit: Kit, x: number, y: number, width: number, reasons: Iterable<string>): Phaser.GameObjects.Container {
  const { scene, shell, deck } = kit;
  const { colors, font, radius, colorNumber } = shell.tokens;
  const counts = categoryCounts(deck.deck, reasons);
  const title = shell.text(scene, PAD, PAD - 4, shell.i18n.t("evalo.dashboard").toUpperCase(), { fontSize: `${font.size.xs}px`, fontStyle: "bold", color: colors.primary });
  const grid = columns(width - 2 * PAD, 84, 120, GAP);
  const perRow = Math.min(grid.count, deck.deck.categories.length);
  const rows = Math.ceil(deck.deck.categories.length / perRow);
  const lampWidth = Math.min(120, (width - 2 * PAD - GAP * (perRow - 1)) / perRow);
  const left = (width - perRow * lampWidth - (perRow - 1) * GAP) / 2;
  const top = title.y + title.height + 8;
  let rowHeight = 0;
  const lamps = deck.deck.categories.map((category, i) => {
    const count = counts.get(category.id) ?? 0;
    const lamp = categoryLamp(kit, category, lightFor(count), count, lampWidth);
    rowHeight = Math.max(rowHeight, lamp.height);
    return lamp;
  });
  lamps.forEach((lamp, i) => lamp.setPosition(left + (i % perRow) * (lampWidth + GAP), top + Math.floor(i / perRow) * (rowHeight + 10)));
  const height = top + rows * rowHeight + (rows - 1) * 10 + PAD;
  const panel = scene.add.graphics().fillStyle(colorNumber(colors.paper)).fillRoundedRect(0, 0, width, height, radius.lg);
  return scene.add.container(x, y, [panel, title, ...lamps]).setSize(width, height);
}

/** What the accessible layer says of the dashboard: each light with its count. */
export function dashboardLabel(i18n: Kit["shell"]["i18n"], deck: DeckView, reasons: Iterable<string>): string {
  const { t, localize } = i18n;
  const counts = categoryCounts(deck.deck, reasons);
  return deck.deck.categories.map((c) => t("evalo.light.label", { category: localize(c.label), count: counts.get(c.id) ?? 0, light: t(`evalo.light.${lightFor(counts.get(c.id) ?? 0)}`) })).join(" ; ");
}
