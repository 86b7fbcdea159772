import type * as Phaser from "phaser";
import type { Blocker, LeverProposal } from "../../src/state.ts";
import { isGreen } from "../../src/rules.ts";
import { button } from "./button.ts";
import type { Kit } from "./kit.ts";
import { signal } from "./light.ts";

export interface BlockerPanelOptions {
  /** Which proposals to list (the roadmap lists the accepted ones). */
  show: (proposal: LeverProposal) => boolean;
  nameOf: (seatId: string) => string;
  /** Votes appear once revealed. */
  votes: boolean;
  /** Outlined as the place to put the lever in hand. */
  target?: boolean;
  /** The buttons of a player who has not yet given their view on a proposal. */
  review?: (proposal: LeverProposal) => { accept(): void; reject(): void } | null;
}

const PAD = 14;

/** A priority blocker: its own light (red until a lever is accepted, then green), its title and votes, and its levers. */
export function blockerPanel(kit: Kit, blocker: Blocker, width: number, options: BlockerPanelOptions): Phaser.GameObjects.Container {
  const { scene, shell, deck } = kit;
  const { colors, font, radius, colorNumber } = shell.tokens;
  const { t, localize } = shell.i18n;
  const green = isGreen(blocker);
  const reason = deck.reason(blocker.reason);
  const category = deck.categoryOf(blocker.reason);
  const title = reason ? localize(reason.title) : blocker.reason;
  const inner = width - 2 * PAD;
  const parts: Phaser.GameObjects.GameObject[] = [];
  const face = scene.add.graphics();
  const zone = scene.add.zone(0, 0, width, 10).setOrigin(0);
  parts.push(zone, face, signal(scene, green ? "green" : "red", PAD + 16, PAD + 16, 16));
  const caption = shell.text(scene, PAD + 44, PAD, [category ? localize(category.label) : "", options.votes ? t("evalo.blocker.votes", { count: blocker.votes }) : ""].filter(Boolean).join(" · ").toUpperCase(), { fontSize: `${font.size.xs}px`, fontStyle: "bold", color: colors.inkMuted, wordWrap: { width: inner - 44 } });
  const heading = shell.text(scene, PAD + 44, caption.y + caption.height + 2, title, { fontSize: `${font.size.md}px`, fontStyle: "bold", color: colors.ink, wordWrap: { width: inner - 44, useAdvancedWrap: true } });
  parts.push(caption, heading);
  let y = Math.max(PAD + 36, heading.y + heading.height) + 10;
  const shown = blocker.proposals.filter(options.show);
  if (shown.length === 0) {
    const none = shell.text(scene, PAD, y, t("evalo.levers.none"), { fontSize: `${font.size.sm}px`, color: colors.inkMuted });
    parts.push(none);
    y += none.height + 6;
  }
  for (const proposal of shown) {
    const lever = deck.lever(proposal.lever);
    const status = proposal.status === "accepted" ? `✓ ${t("evalo.levers.accepted")}` : proposal.status === "rejected" ? `✕ ${t("evalo.levers.rejected")}` : `… ${t("evalo.levers.pending", { yes: proposal.approvals.length, no: proposal.rejections.length })}`;
    const detail = [t("evalo.by", { name: options.nameOf(proposal.by) }), proposal.how, proposal.matched ? `★ ${t("evalo.matched")}` : ""].filter(Boolean).join(" · ");
    const row = scene.add.graphics();
    const leverTitle = shell.text(scene, PAD + 12, y + 8, lever ? localize(lever.title) : proposal.lever, { fontSize: `${font.size.md}px`, fontStyle: "bold", color: colors.ink, wordWrap: { width: inner - 24, useAdvancedWrap: true } });
    const line = shell.text(scene, PAD + 12, leverTitle.y + leverTitle.height + 2, `${detail}\n${status}`, { fontSize: `${font.size.sm}px`, color: proposal.status === "rejected" ? colors.inkMuted : colors.primaryStrong, wordWrap: { width: inner - 24, useAdvancedWrap: true }, lineSpacing: 2 });
    parts.push(row, leverTitle, line);
    let bottom = line.y + line.height + 8;
    const review = options.review?.(proposal);
    if (review) {
      const label = (key: string) => () => t(key, { lever: lever ? localize(lever.title) : "", blocker: title });
      const yes = button(kit, PAD + 12, bottom, { label: t("evalo.levers.accept"), a11y: label("evalo.levers.acceptLabel"), small: true, variant: "primary", onTap: review.accept });
      const no = button(kit, yes.x + yes.width + 10, bottom, { label: t("evalo.levers.reject"), a11y: label("evalo.levers.rejectLabel"), small: true, variant: "light", onTap: review.reject });
      parts.push(yes, no);
      bottom += yes.height + 10;
    }
    const tint = proposal.status === "accepted" ? colors.successSoft : proposal.status === "rejected" ? colors.surfaceSunken : colors.accentSoft;
    row.fillStyle(colorNumber(tint)).fillRoundedRect(PAD, y, inner, bottom - y, radius.sm);
    y = bottom + 8;
  }
  const height = y + PAD - 8;
  face.fillStyle(0x0b2e31, 0.28).fillRoundedRect(1, 4, width, height, radius.md);
  face.fillStyle(colorNumber(colors.surface)).fillRoundedRect(0, 0, width, height, radius.md);
  face.lineStyle(options.target ? 4 : 2, colorNumber(options.target ? colors.accent : green ? colors.success : colors.line)).strokeRoundedRect(0, 0, width, height, radius.md);
  zone.setSize(width, height);
  return scene.add.container(0, 0, parts).setSize(width, height);
}
