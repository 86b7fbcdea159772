import { describe, expect, it } from "vitest";
import { balanceScenario, bestOn, bestShares, missedTargets, shippedScenarios, varianceShares } from "./balance.ts";
import { PROFILE_IDS } from "./profiles.ts";

describe("the coast part of npm run balance, on a small run", () => {
  const results = shippedScenarios().map((scenario) => balanceScenario(scenario, { seeds: 2, seedBase: 40 }));

  it("plays every profile on every seed of every shipped scenario, and every game meets a storm", () => {
    expect(results.map((r) => r.id).sort()).toEqual(["kiosque", "sablecourt"]);
    for (const result of results) {
      expect(result.games).toBe(PROFILE_IDS.length * 2);
      expect(result.seedBase).toBe(40);
      expect(result.strategies.map((s) => s.id)).toEqual([...PROFILE_IDS]);
      expect(result.gamesWithoutStorm).toBe(0);
      expect(result.strategyShare + result.seedShare + result.interactionShare).toBeCloseTo(1, 1);
      expect(result.objectives.length).toBeGreaterThan(0);
      expect(missedTargets(result).some((f) => f.includes("without a storm") || f.includes("weather differs"))).toBe(false);
    }
  });

  it("gives the same weather on the same seed under every profile", () => {
    for (const result of results) expect(result.weatherMismatches).toBe(0);
  });
});

describe("the balance statistics", () => {
  it("splits the variance of a profile x seed table into strategy, seed and interaction", () => {
    const onlyStrategy = varianceShares(new Map([["greedy", [1, 1, 1]], ["mixed", [3, 3, 3]]]));
    expect(onlyStrategy).toEqual({ strategyShare: 1, seedShare: 0, interactionShare: 0 });
    const onlySeed = varianceShares(new Map([["greedy", [1, 2, 3]], ["mixed", [1, 2, 3]]]));
    expect(onlySeed).toEqual({ strategyShare: 0, seedShare: 1, interactionShare: 0 });
    const mixed = varianceShares(new Map([["greedy", [1, 4]], ["mixed", [2, 1]]]));
    expect(mixed.strategyShare + mixed.seedShare + mixed.interactionShare).toBeCloseTo(1);
    expect(mixed.interactionShare).toBeGreaterThan(0);
  });

  it("splits ties for the best index and gives a tie on a mean to no one", () => {
    const shares = bestShares(new Map([["greedy", [5, 3]], ["mixed", [5, 4]]]));
    expect(shares.get("greedy")).toBe(0.25);
    expect(shares.get("mixed")).toBe(0.75);
    const means = (index: number, safety: number) => ({ safety, exposure: 1, damage: 1, economy: 1, nature: 1, money: 1, cohesion: 1, index });
    const winners = bestOn(new Map([["greedy", means(50, 10)], ["mixed", means(60, 20)]]));
    expect(winners.get("greedy")).toEqual(["safety"]);
    expect(winners.get("mixed")).toEqual(["index"]);
  });
});
