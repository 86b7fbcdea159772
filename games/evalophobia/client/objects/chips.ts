import type * as Phaser from "phaser";
import { button } from "./button.ts";
import type { Kit } from "./kit.ts";

/**
 * A caption and preset tags in rows: tapping one chooses it, tapping it again clears it. Tags
 * replace typing at the kiosk (a comment on a reason, how a lever would be done).
 */
export function chips(kit: Kit, x: number, y: number, width: number, caption: string, tags: string[], chosen: string, choose: (tag: string) => void): Phaser.GameObjects.Container {
  const { scene, shell } = kit;
  const { font, colors } = shell.tokens;
  const head = shell.text(scene, 0, 0, caption, { fontSize: `${font.size.sm}px`, color: colors.onTable });
  const parts: Phaser.GameObjects.GameObject[] = [head];
  let cx = 0;
  let cy = head.height + 8;
  let bottom = cy;
  for (const tag of tags) {
    const chip = button(kit, cx, cy, { label: tag, a11y: () => shell.i18n.t("evalo.tag.label", { tag }), small: true, variant: "ghost", pressed: tag === chosen, onTap: () => choose(tag === chosen ? "" : tag) });
    if (cx > 0 && cx + chip.width > width) {
      cx = 0;
      cy += chip.height + 8;
      chip.setPosition(cx, cy);
    }
    cx += chip.width + 8;
    bottom = cy + chip.height;
    parts.push(chip);
  }
  return scene.add.container(x, y, parts).setSize(width, bottom);
}
