import { describe, expect, it } from "vitest";
import { createRng } from "./rng.ts";

describe("seeded RNG", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = createRng("seed-1");
    const b = createRng("seed-1");
    const c = createRng("seed-2");
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("stays in range and spreads over it", () => {
    const rng = createRng("range");
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 6000; i++) {
      const value = rng.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      counts[rng.int(6)]++;
    }
    for (const count of counts) expect(count).toBeGreaterThan(800);
  });

  it("shuffles into a permutation, reproducibly", () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const once = createRng("deck").shuffle([...items]);
    expect([...once].sort((x, y) => x - y)).toEqual(items);
    expect(once).not.toEqual(items);
    expect(createRng("deck").shuffle([...items])).toEqual(once);
  });

  it("refuses impossible requests", () => {
    const rng = createRng("x");
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.int(2.5)).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
