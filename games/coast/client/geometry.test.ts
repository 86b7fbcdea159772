import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioSchema } from "@sgp/game-coast/content";
import { clipHalfPlane, contains, distanceToEdges, roughen, roughenLine, wobble, type Point } from "./geometry.ts";

const scenarios = ["sablecourt", "kiosk"].map((file) => scenarioSchema.parse(JSON.parse(readFileSync(`games/coast/content/${file}.json`, "utf8"))));

describe("the map's drawn coastline", () => {
  it.each(scenarios.map((s) => [s.id, s] as const))("%s: roughened zones still tile the land, without gap or overlap", (_id, scenario) => {
    const raw = scenario.zones.map((z) => z.shape);
    const drawn = raw.map(roughen);
    for (let x = 5; x < 1600; x += 20) {
      for (let y = 5; y < 1000; y += 20) {
        const holders = drawn.filter((shape) => contains(shape, x, y)).length;
        expect(holders, `(${x}, ${y}) in ${holders} zones`).toBeLessThanOrEqual(1);
        // Well inside a zone (farther from its borders than the wobble reaches), the point is land.
        const deepInside = raw.some((shape) => contains(shape, x, y) && distanceToEdges(shape, x, y) > 20);
        if (deepInside) expect(holders, `(${x}, ${y}) lost`).toBe(1);
      }
    }
  });

  it("draws a shared border the same way from both sides, even when one side has a corner on it", () => {
    const long = roughenLine([0, 500], [1000, 500]);
    const short = roughenLine([400, 500], [200, 500]).reverse();
    for (const point of short) expect(long.some(([x, y]) => Math.hypot(x - point[0], y - point[1]) < 1e-6)).toBe(true);
  });

  it("keeps the layout's frame: points on it slide along it only", () => {
    expect(wobble([0, 333])[0]).toBe(0);
    expect(wobble([777, 1000])[1]).toBe(1000);
  });

  it("clips a polygon to a half-plane (the water rising across a zone)", () => {
    const square: Point[] = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const lower = clipHalfPlane(square, [0, 1], 4);
    expect(lower.every(([, y]) => y <= 4)).toBe(true);
    expect(Math.max(...lower.map(([x]) => x))).toBe(10);
    expect(clipHalfPlane(square, [0, 1], -1)).toEqual([]);
  });
});
