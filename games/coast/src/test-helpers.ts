import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { GameSession } from "@sgp/shared";
import { cmd, startGame } from "../../../tests/support/rules.ts";
import { scenarioSchema, type Scenario } from "./content.ts";
import coast from "./index.ts";
import type { CoastState } from "./state.ts";

/** Helpers for the coast rule tests: shipped scenarios, sessions on the pure engine, moving through phases. */

export const load = (name: string) => scenarioSchema.parse(JSON.parse(readFileSync(new URL(`../content/${name}.json`, import.meta.url), "utf8"))) as Scenario;
export const sablecourt = load("sablecourt");
export const kiosk = load("kiosk");

export type Session = GameSession<CoastState>;

interface GameOptions {
  bots?: number;
  seed?: string;
  settings?: Record<string, unknown>;
  content?: Scenario;
}

export function newGame(humans: number, opts: GameOptions = {}): Session {
  const settings = { roleAssignment: "order", ...opts.settings };
  return startGame<Session>(coast, { contentId: opts.content?.id ?? "sablecourt", content: opts.content ?? sablecourt, mode: "table", seed: opts.seed, settings }, humans, opts.bots);
}

export const fac = (kind: string, payload: unknown = {}) => cmd("facilitator", kind, payload, true);

/** Everyone says done until the phase is the one wanted. */
export function advanceTo(session: Session, phase: string, round = session.state.round): void {
  for (let guard = 0; guard < 50 && !(session.state.phase === phase && session.state.round === round); guard++) {
    for (const seat of session.players()) if (!seat.done) session.apply(cmd(seat.id, "done"));
  }
  expect(`${session.state.phase}@${session.state.round}`).toBe(`${phase}@${round}`);
}

/** Seat of a role. */
export const seatOf = (session: Session, role: string) => session.state.roles.get(role)!.seat;
