import { expect } from "vitest";
import { canonicalJson, createRng, decideBotMove, GameSession, seatView, type GameDefinition, type SessionInput } from "@sgp/shared";

/** Helpers for the games' rule tests: sessions run by the pure engine, no network. */

export const cmd = (seatId: string, kind: string, payload: unknown = {}, host = false): SessionInput => ({ type: "command", seatId, host, kind, payload });

/** A session started with people and bots added by the facilitator. */
export function startGame<S extends GameSession<any>>(
  definition: GameDefinition,
  config: { contentId: string; content: unknown; mode: string; seed?: string; settings?: Record<string, unknown> },
  people: number,
  bots = 0,
): S {
  const session = new GameSession(definition, { code: "TESTER", ...config, seed: config.seed ?? "seed", settings: { autoStart: false, ...config.settings } });
  for (let i = 0; i < people; i++) session.apply({ type: "seat.join", seatId: session.nextSeatId(), name: `P${i + 1}`, controller: "human" });
  for (let i = 0; i < bots; i++) session.apply(cmd("facilitator", "bot.add", {}, true));
  expect(session.apply(cmd("facilitator", "start", {}, true))).toEqual({ ok: true });
  return session as S;
}

export function ok(session: GameSession<any>, input: SessionInput): void {
  expect(session.apply(input), JSON.stringify(input)).toEqual({ ok: true });
}

/** The input is refused with this code, and the state is exactly what it was. */
export function refused(session: GameSession<any>, input: SessionInput, code: string): void {
  const before = canonicalJson(session.state);
  const result = session.apply(input);
  expect(result.ok ? "ok" : result.error.code, JSON.stringify(input)).toBe(code);
  expect(canonicalJson(session.state)).toBe(before);
}

export function viewOf(session: GameSession<any>, seatId: string) {
  return seatView(session.state, new Set(session.definition.visibleTo(session.state, seatId)));
}

/** Lets the seats listed (or every seat) play the bot policy, as the server's driver does, until nothing moves. */
export function botsPlay(session: GameSession<any>, seats?: string[], maxSteps = 5000, stopWhen: () => boolean = () => false): void {
  const rng = createRng("bots");
  for (let step = 0; step < maxSteps && session.status === "playing" && !stopWhen(); step++) {
    let moved = false;
    for (const seat of session.players()) {
      if ((seats && !seats.includes(seat.id)) || stopWhen()) continue;
      const turn = { definition: session.definition, view: viewOf(session, seat.id), me: seat.id, content: session.config.content, settings: session.gameSettings, rng };
      let move = decideBotMove(turn);
      if (move && !session.apply(cmd(seat.id, move.kind, move.payload)).ok) {
        move = decideBotMove({ ...turn, policyRefused: true });
        if (move && !session.apply(cmd(seat.id, move.kind, move.payload)).ok) move = null;
      }
      moved ||= move !== null;
    }
    if (!moved) return;
  }
}
