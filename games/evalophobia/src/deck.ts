import type { Deck, Lever, Reason } from "./content.ts";

export interface DeckIndex {
  reasons: Map<string, Reason>;
  levers: Map<string, Lever>;
  /** The booklet: reason id -> the levers that answer it. */
  leversFor: Map<string, Set<string>>;
}

const indexes = new WeakMap<Deck, DeckIndex>();

/** Lookups over a deck, built once per deck object. */
export function deckIndex(deck: Deck): DeckIndex {
  let index = indexes.get(deck);
  if (!index) {
    const leversFor = new Map<string, Set<string>>();
    for (const lever of deck.levers) {
      for (const reason of lever.addresses) {
        if (!leversFor.has(reason)) leversFor.set(reason, new Set());
        leversFor.get(reason)!.add(lever.id);
      }
    }
    index = {
      reasons: new Map(deck.reasons.map((r) => [r.id, r])),
      levers: new Map(deck.levers.map((l) => [l.id, l])),
      leversFor,
    };
    indexes.set(deck, index);
  }
  return index;
}

/** Does the booklet list this lever for this reason? */
export function isMatch(deck: Deck, lever: string, reason: string): boolean {
  return deckIndex(deck).leversFor.get(reason)?.has(lever) ?? false;
}

/** Reasons per category on the board: 0 is green, 1-2 amber, 3 and more red. */
export type Light = "green" | "amber" | "red";

export function lightFor(count: number): Light {
  return count === 0 ? "green" : count < 3 ? "amber" : "red";
}

export function categoryCounts(deck: Deck, boardReasons: Iterable<string>): Map<string, number> {
  const counts = new Map(deck.categories.map((c) => [c.id, 0]));
  const reasons = deckIndex(deck).reasons;
  for (const id of boardReasons) {
    const category = reasons.get(id)?.category;
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}
