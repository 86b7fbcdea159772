import type { Rng } from "@sgp/shared";

interface Pile {
  pile: string[];
  discard: string[];
}

/**
 * Draws one card; when the pile runs out, its discards are shuffled back in with the seeded
 * RNG. Returns undefined when both are empty (every card is in someone's hand or on the table).
 */
export function drawCard({ pile, discard }: Pile, rng: Rng): string | undefined {
  if (pile.length === 0 && discard.length > 0) {
    pile.push(...rng.shuffle(discard.splice(0, discard.length)));
  }
  return pile.pop();
}

/** Takes the first card of the pile that satisfies the test, reshuffling as drawCard does. */
export function drawMatching({ pile, discard }: Pile, rng: Rng, test: (card: string) => boolean): string | undefined {
  let index = findLast(pile, test);
  if (index < 0 && discard.some(test)) {
    pile.unshift(...rng.shuffle(discard.splice(0, discard.length)));
    index = findLast(pile, test);
  }
  return index < 0 ? undefined : pile.splice(index, 1)[0];
}

function findLast(cards: string[], test: (card: string) => boolean): number {
  for (let i = cards.length - 1; i >= 0; i--) if (test(cards[i])) return i;
  return -1;
}
