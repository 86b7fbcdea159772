import type { LocalizedText } from "@sgp/shared";
import { resolveSettings, type Category, type Deck, type Lever, type Reason, type Settings } from "../src/content.ts";
import { deckIndex, type DeckIndex } from "../src/deck.ts";

/** What the table needs to know of the deck: its cards by id, its categories and its settings. */
export interface DeckView {
  deck: Deck;
  index: DeckIndex;
  settings: Settings;
  categories: Map<string, Category>;
  reason(id: string): Reason | undefined;
  lever(id: string): Lever | undefined;
  categoryOf(reasonId: string): Category | undefined;
}

/** The shell hands over the session's content as it came from the server: a validated deck. */
export function deckView(content: unknown): DeckView {
  const deck = content as Deck;
  const index = deckIndex(deck);
  const categories = new Map(deck.categories.map((c) => [c.id, c]));
  return {
    deck,
    index,
    settings: resolveSettings(deck),
    categories,
    reason: (id) => index.reasons.get(id),
    lever: (id) => index.levers.get(id),
    categoryOf: (id) => categories.get(index.reasons.get(id)?.category ?? ""),
  };
}

export type Localize = (text: LocalizedText) => string;
