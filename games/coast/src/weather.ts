import { createRng, type Rng } from "@sgp/shared";
import type { Scenario, ScenarioEvent } from "./content.ts";
import { toCm } from "./model.ts";

/**
 * The weather of a game, fixed when it starts: which event card each round draws, the ordinary
 * winter surge of rounds whose card brings no weather, and the guaranteed storms. It comes from
 * its own random stream, so two tables given the same seed face the same events and surges
 * whatever they do. The facilitator's overrides (pick, skip, add a storm) replace a round's card
 * or add to its surge without drawing from the stream; a guaranteed storm survives them.
 */
export interface WeatherRound {
  /** The event card the deck gives this round. */
  event: string;
  /** The surge (m) of an ordinary winter, used when the round's card brings no weather. */
  ordinarySurge: number;
  /** A guaranteed storm's surge (m): the round's surge is at least this, whatever card is played. */
  guaranteedSurge: number;
}

/** The three random streams of a game, each from its own seed. */
export interface StreamSeeds {
  weather: string;
  breach: string;
}

/** Draws the streams' seeds from the session's RNG (at setup, before any move). */
export function drawStreamSeeds(rng: Rng): StreamSeeds {
  const seed = () => Math.floor(rng.next() * 2 ** 32).toString(36);
  return { weather: seed(), breach: seed() };
}

/** The breach rolls of one round: a stream of their own, so a move elsewhere never shifts the weather. */
export function breachStream(seeds: StreamSeeds, round: number): Rng {
  return createRng(`${seeds.breach}:${round}`);
}

/** The surge a card brings, or null when it says nothing of the weather (calm says 0). */
export function cardSurge(event: ScenarioEvent | undefined): number | null {
  if (!event) return null;
  const weather = event.effects.filter((e) => e.type === "surge" || e.type === "calm");
  return weather.length === 0 ? null : weather.reduce((sum, e) => sum + (e.type === "surge" ? e.metres : 0), 0);
}

/** A weighted draw without replacement; the pile refills once every card has come out. */
function drawFrom(pile: string[], events: ReadonlyMap<string, ScenarioEvent>, deck: readonly string[], rng: Rng): string {
  if (pile.length === 0) pile.push(...deck);
  const total = pile.reduce((sum, id) => sum + events.get(id)!.weight, 0);
  let ticket = rng.next() * total;
  const index = Math.max(0, pile.findIndex((id) => (ticket -= events.get(id)!.weight) < 0));
  return pile.splice(index, 1)[0];
}

/** The round's surge as the deck planned it, before any override. */
export function plannedSurge(round: WeatherRound, events: ReadonlyMap<string, ScenarioEvent>): number {
  return toCm(Math.max(cardSurge(events.get(round.event)) ?? round.ordinarySurge, round.guaranteedSurge));
}

/**
 * The whole game's weather. For each guaranteed storm whose rounds hold no storm of its height,
 * one of those rounds (drawn) gets a storm card of that height when the deck has one; the storm
 * round's surge is guaranteed either way.
 */
export function planWeather(scenario: Scenario, seed: string, ordinarySurgeMax: number): WeatherRound[] {
  const rng = createRng(`weather:${seed}`);
  const events = new Map(scenario.events.map((e) => [e.id, e]));
  const deck = scenario.events.filter((e) => e.weight > 0).map((e) => e.id);
  const pile: string[] = [];
  const plan = Array.from({ length: scenario.territory.rounds }, (): WeatherRound => {
    const event = drawFrom(pile, events, deck, rng);
    return { event, ordinarySurge: toCm(rng.next() * ordinarySurgeMax), guaranteedSurge: 0 };
  });
  for (const storm of scenario.sea.guaranteedStorms) {
    const height = storm.surge ?? scenario.sea.referenceSurge;
    const rounds = plan.slice(storm.fromRound - 1, storm.toRound);
    const drawn = rounds.find((round) => plannedSurge(round, events) >= height);
    const round = drawn ?? rounds[Math.floor(rng.next() * rounds.length)];
    const cards = scenario.events.filter((e) => e.weight > 0 && (cardSurge(e) ?? 0) >= height);
    if (!drawn && cards.length > 0) round.event = cards[Math.floor(rng.next() * cards.length)].id;
    // Marked even when the deck drew it: skipping the card does not take the storm away.
    round.guaranteedSurge = Math.max(round.guaranteedSurge, height);
  }
  return plan;
}
