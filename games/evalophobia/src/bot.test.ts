import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GameSession } from "@sgp/shared";
import { botsPlay, startGame } from "../../../tests/support/rules.ts";
import { deckSchema, type Deck } from "./content.ts";
import { deckIndex } from "./deck.ts";
import evalophobia from "./index.ts";
import type { EvaloState } from "./state.ts";

const deck = deckSchema.parse(JSON.parse(readFileSync(new URL("../content/default.json", import.meta.url), "utf8"))) as Deck;

function categoriesOnBoardAfterDiagnosis(seed: string, bots: number): number {
  const session = startGame<GameSession<EvaloState>>(evalophobia, { contentId: "default", content: deck, mode: "group", seed }, 0, bots);
  botsPlay(session, undefined, 2000, () => session.state.phase !== "diagnosis");
  const reasons = deckIndex(deck).reasons;
  return new Set([...session.state.board].map((entry) => reasons.get(entry.reason)?.category)).size;
}

describe("Evalophobia bots", () => {
  it("spread their diagnosis across the warning lights instead of piling into two or three", () => {
    const seeds = Array.from({ length: 12 }, (_, i) => `spread-${i}`);
    const counts = seeds.map((seed) => categoriesOnBoardAfterDiagnosis(seed, 5));
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(4);
    expect(mean).toBeGreaterThanOrEqual(5);
  });
});
