import * as Phaser from "phaser";
import type { Kit } from "./kit.ts";

/** Dragged further than this (CSS px), a press is a drag, not a tap. */
const SLOP = 8;

/**
 * Lets a card be dragged; `drop` gets where it was let go (world coordinates) and says whether it
 * landed on a target, else the card goes back. `dragged()` tells a tap handler to ignore the release.
 */
export function draggable(kit: Kit, card: Phaser.GameObjects.Container, drop: (x: number, y: number) => boolean): { dragged(): boolean } {
  const { scene } = kit;
  const home = { x: card.x, y: card.y };
  let moved = false;
  scene.input.setDraggable(card);
  card.on(Phaser.Input.Events.GAMEOBJECT_DRAG_START, () => {
    moved = false;
    card.setDepth(5);
  });
  card.on(Phaser.Input.Events.GAMEOBJECT_DRAG, (_pointer: Phaser.Input.Pointer, x: number, y: number) => {
    if (Math.hypot(x - home.x, y - home.y) > SLOP) moved = true;
    if (moved) card.setPosition(x, y);
  });
  card.on(Phaser.Input.Events.GAMEOBJECT_DRAG_END, () => {
    card.setDepth(0);
    if (moved && drop(card.x + card.width / 2, card.y + card.height / 2)) return;
    scene.tweens.add({ targets: card, x: home.x, y: home.y, duration: 180, ease: "Quad.easeOut" });
  });
  // The release that ends a drag also reaches the tap handler, within the same frame.
  return { dragged: () => moved };
}
