import { createRng } from "@sgp/shared";
import type { Scenario } from "./content.ts";
import { applyEvent, placeWaitingHomes } from "./effects.ts";
import { closeRound, runRoundSea, streamsOf } from "./rounds.ts";
import { prepareTerritory, type Ctx, type Settings } from "./rules.ts";
import { CoastState } from "./state.ts";

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

/**
 * The same storms with nothing done: a fresh territory meets, round by round, the cards and the
 * surges the table met (the facilitator's overrides included), with the same breach stream, and
 * no project, no power used. New homes that want to be built go where building is cheapest.
 */
export function replayWithoutProjects(scenario: Scenario, settings: Settings, streamsJson: string, played: readonly PlayedWeather[]): UnplannedRound[] {
  const state = new CoastState();
  const ctx: Ctx = { content: scenario, settings, mode: { id: "table", title: "", minPlayers: 1, maxPlayers: 8 }, rng: createRng("unused"), players: () => [] };
  const streams = JSON.parse(streamsJson) as ReturnType<typeof streamsOf>;
  prepareTerritory(state, ctx, streams);
  return played.map((weather) => {
    state.round++;
    state.surge = 0;
    state.springTide = 0;
    if (weather.event) applyEvent(state, scenario, weather.event);
    state.surge = weather.surge;
    placeWaitingHomes(state, scenario);
    runRoundSea(state, ctx);
    closeRound(state, ctx);
    const record = state.history.at(-1)!;
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
  });
}

/** The table's own weather, read from its state, replayed with nothing done. */
export function nothingDone(state: CoastState, scenario: Scenario, settings: Settings): UnplannedRound[] {
  return replayWithoutProjects(
    scenario,
    settings,
    state.streams,
    [...state.history].map((r) => ({ event: r.event, surge: r.surge })),
  );
}
