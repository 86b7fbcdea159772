import * as Phaser from "phaser";
import type { Point } from "./geometry.ts";

/** Points as Phaser's graphics take them. */
export const vectors = (points: readonly Point[]): Phaser.Math.Vector2[] => points.map(([x, y]) => new Phaser.Math.Vector2(x, y));
