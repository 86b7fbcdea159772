import type * as Phaser from "phaser";
import type { Category, Lever, Reason } from "../../src/content.ts";
import { drawIcon } from "./icons.ts";
import { inkOn, type Kit } from "./kit.ts";

export interface CardOptions {
  /** Smaller type for the shared board; the hand and the solo card use the large one. */
  small?: boolean;
  selected?: boolean;
  /** Lines under the text: who put it, their comment, a +1 count. */
  notes?: string[];
  /** The designer's hint ("what is really behind it"), shown in the preview and the solo card. */
  hint?: boolean;
  /** A badge under the text (a lever the booklet advises). */
  badge?: string;
}

const BAND = 34;
const PAD = 14;

/** A card: a coloured band (icon, caption) over a white face holding title, text and notes; its height follows its text. */
function card(kit: Kit, width: number, band: { color: string; icon?: Category["icon"]; caption: string }, lines: { title: string; text: string; hint?: string }, options: CardOptions): Phaser.GameObjects.Container {
  const { scene, shell } = kit;
  const { colors, font, radius, colorNumber } = shell.tokens;
  const small = options.small ?? false;
  const inner = width - 2 * PAD;
  const wrap = { width: inner, useAdvancedWrap: true };
  const onBand = inkOn(band.color);
  const parts: Phaser.GameObjects.GameObject[] = [];
  const face = scene.add.graphics();
  const zone = scene.add.zone(0, 0, width, 10).setOrigin(0);
  parts.push(zone, face);
  let x = PAD;
  if (band.icon) {
    parts.push(drawIcon(scene, band.icon, PAD + 10, BAND / 2, 20, colorNumber(onBand)));
    x += 28;
  }
  parts.push(shell.text(scene, x, BAND / 2, band.caption.toUpperCase(), { fontSize: `${font.size.xs}px`, fontStyle: "bold", color: onBand, fixedWidth: width - x - PAD }).setOrigin(0, 0.5));
  let y = BAND + (small ? 10 : 14);
  const title = shell.text(scene, PAD, y, lines.title, { fontSize: `${small ? font.size.md : font.size.lg}px`, fontStyle: "bold", color: colors.ink, wordWrap: wrap, lineSpacing: 2 });
  y += title.height + (small ? 6 : 10);
  const text = shell.text(scene, PAD, y, lines.text, { fontSize: `${small ? font.size.sm : font.size.md}px`, color: colors.inkMuted, wordWrap: wrap, lineSpacing: 3 });
  parts.push(title, text);
  y += text.height;
  if (lines.hint && options.hint) {
    const hint = shell.text(scene, PAD, y + 10, `→ ${lines.hint}`, { fontSize: `${font.size.sm}px`, color: colors.primary, wordWrap: wrap, lineSpacing: 2 });
    parts.push(hint);
    y += 10 + hint.height;
  }
  if (options.badge) {
    const badge = shell.text(scene, PAD, y + 10, `★ ${options.badge}`, { fontSize: `${font.size.xs}px`, fontStyle: "bold", color: colors.success, backgroundColor: colors.successSoft, padding: { x: 8, y: 4 } });
    parts.push(badge);
    y += 10 + badge.height;
  }
  for (const note of options.notes ?? []) {
    const line = shell.text(scene, PAD, y + 8, note, { fontSize: `${font.size.sm}px`, color: colors.ink, wordWrap: wrap });
    parts.push(line);
    y += 8 + line.height;
  }
  const height = y + PAD;
  face.fillStyle(0x0b2e31, 0.28).fillRoundedRect(1, 4, width, height, radius.md);
  face.fillStyle(colorNumber(colors.surface)).fillRoundedRect(0, 0, width, height, radius.md);
  face.fillStyle(colorNumber(band.color)).fillRoundedRect(0, 0, width, BAND, { tl: radius.md, tr: radius.md, bl: 0, br: 0 });
  if (options.selected) face.lineStyle(5, colorNumber(colors.accent)).strokeRoundedRect(-2, -2, width + 4, height + 4, radius.md + 2);
  zone.setSize(width, height);
  return scene.add.container(0, 0, parts).setSize(width, height);
}

export function reasonCard(kit: Kit, reason: Reason, width: number, options: CardOptions = {}): Phaser.GameObjects.Container {
  const { localize } = kit.shell.i18n;
  const category = kit.deck.categories.get(reason.category);
  return card(
    kit,
    width,
    { color: category?.color ?? kit.shell.tokens.colors.primary, icon: category?.icon, caption: category ? localize(category.label) : "" },
    { title: localize(reason.title), text: kit.shell.i18n.t("evalo.quote", { text: localize(reason.text) }), hint: reason.hint && localize(reason.hint) },
    options,
  );
}

const EFFORT_DOTS = { quick: "●○○", medium: "●●○", long: "●●●" } as const;

export function leverCard(kit: Kit, lever: Lever, width: number, options: CardOptions = {}): Phaser.GameObjects.Container {
  const { t, localize } = kit.shell.i18n;
  const caption = `${EFFORT_DOTS[lever.effort]}  ${t(`evalo.effort.${lever.effort}`)}`;
  return card(kit, width, { color: kit.shell.tokens.colors.primary, caption }, { title: localize(lever.title), text: localize(lever.text) }, options);
}

/** The preview's card for a category: its lamp colours and its description. */
export function categoryCard(kit: Kit, category: Category, width: number): Phaser.GameObjects.Container {
  const { localize } = kit.shell.i18n;
  return card(kit, width, { color: category.color, icon: category.icon, caption: category.id }, { title: localize(category.label), text: category.description ? localize(category.description) : "" }, {});
}
