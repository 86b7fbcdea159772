import { createRng } from "@sgp/shared";
import type { Scenario } from "./content.ts";
import { applyEvent, placeWaitingHomes } from "./effects.ts";
import { closeRound, runRoundSea } from "./rounds.ts";
import { prepareTerritory, type Ctx, type Settings } from "./rules.ts";
import { CoastState, type RoundRecord } from "./state.ts";
import type { StreamSeeds } from "./weather.ts";

/**
 * The same storms with nothing done. A fresh territory (the "shadow") meets, round by round,
 * the cards and the surges a table met (the facilitator's overrides included), with the same
 * breach stream, and no project, no power used: new homes that want to be built go where
 * building is cheapest. The debrief compares the table with it, and the resilience index reads
 * the harm the table avoided against it, so that the luck of the storms weighs less than what
 * the table did.
 */

/** What one round would have been with nothing done. */
export interface UnplannedRound {
  round: number;
  year: number;
  homesFlooded: number;
  homesLost: number;
  damage: number;
  uninsured: number;
  floodedZones: string[];
  resilience: number;
}

/** The weather a table actually met: its event card and surge, round by round. */
export interface PlayedWeather {
  event: string;
  surge: number;
}

interface Shadow {
  state: CoastState;
  ctx: Ctx;
  /** The weather it met so far, and what it did. */
  met: string[];
  rounds: UnplannedRound[];
}

/** Shadow territories: they close their rounds without a shadow of their own. */
const shadowStates = new WeakSet<CoastState>();
export const isShadow = (state: CoastState) => shadowStates.has(state);

function createShadow(scenario: Scenario, settings: Settings, streams: StreamSeeds): Shadow {
  const state = new CoastState();
  shadowStates.add(state);
  const ctx: Ctx = { content: scenario, settings, mode: { id: "table", title: "", minPlayers: 1, maxPlayers: 8 }, rng: createRng("unused"), players: () => [] };
  prepareTerritory(state, ctx, streams);
  return { state, ctx, met: [], rounds: [] };
}

function summary(record: RoundRecord): UnplannedRound {
  return {
    round: record.round,
    year: record.year,
    homesFlooded: record.homesFlooded,
    homesLost: record.homesLost,
    damage: record.damage,
    uninsured: record.uninsured,
    floodedZones: [...record.floodedZones],
    resilience: record.resilience,
  };
}

function advance(shadow: Shadow, weather: PlayedWeather): void {
  const { state, ctx } = shadow;
  state.round++;
  state.surge = 0;
  state.springTide = 0;
  if (weather.event) applyEvent(state, ctx.content, weather.event);
  state.surge = weather.surge;
  placeWaitingHomes(state, ctx.content);
  runRoundSea(state, ctx);
  closeRound(state, ctx);
  shadow.met.push(`${weather.event}:${weather.surge}`);
  shadow.rounds.push(summary(state.history.at(-1)!));
}

export function replayWithoutProjects(scenario: Scenario, settings: Settings, streamsJson: string, played: readonly PlayedWeather[]): UnplannedRound[] {
  const shadow = createShadow(scenario, settings, JSON.parse(streamsJson) as StreamSeeds);
  for (const weather of played) advance(shadow, weather);
  return shadow.rounds;
}

const playedWeather = (state: CoastState): PlayedWeather[] => [...state.history].map((r) => ({ event: r.event, surge: r.surge }));

/** The table's own weather, read from its state, replayed with nothing done. */
export function nothingDone(state: CoastState, scenario: Scenario, settings: Settings): UnplannedRound[] {
  return replayWithoutProjects(scenario, settings, state.streams, playedWeather(state));
}

/** Each table's shadow, advanced one round at a time as the table plays (rebuilt from its history when needed). */
const shadows = new WeakMap<CoastState, Shadow>();

/** The table's shadow up to its last round: the same storms, nothing done. */
export function shadowRounds(state: CoastState, ctx: Pick<Ctx, "content" | "settings">): UnplannedRound[] {
  const played = playedWeather(state);
  let shadow = shadows.get(state);
  const consistent = shadow?.met.every((met, i) => met === `${played[i]?.event}:${played[i]?.surge}`);
  if (!shadow || !consistent) {
    shadow = createShadow(ctx.content, ctx.settings, JSON.parse(state.streams) as StreamSeeds);
    shadows.set(state, shadow);
  }
  for (const weather of played.slice(shadow.rounds.length)) advance(shadow, weather);
  return shadow.rounds;
}
