import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalJson, createRng, decideBotMove, GameSession, seatView, type SessionInput } from "@sgp/shared";
import { scenarioSchema, type Scenario } from "./content.ts";
import coast from "./index.ts";
import type { CoastState } from "./state.ts";

const load = (name: string) => scenarioSchema.parse(JSON.parse(readFileSync(new URL(`../content/${name}.json`, import.meta.url), "utf8"))) as Scenario;
const sablecourt = load("sablecourt");
const kiosk = load("kiosk");

type Session = GameSession<CoastState>;

interface GameOptions {
  bots?: number;
  seed?: string;
  settings?: Record<string, unknown>;
  content?: Scenario;
}

export function newGame(humans: number, opts: GameOptions = {}): Session {
  const session = new GameSession(coast, {
    code: "COAST1",
    contentId: opts.content?.id ?? "sablecourt",
    content: opts.content ?? sablecourt,
    mode: "table",
    seed: opts.seed ?? "seed",
    settings: { autoStart: false, roleAssignment: "order", ...opts.settings },
  }) as Session;
  for (let i = 0; i < humans; i++) session.apply({ type: "seat.join", seatId: session.nextSeatId(), name: `P${i + 1}`, controller: "human" });
  for (let i = 0; i < (opts.bots ?? 0); i++) session.apply(cmd("facilitator", "bot.add", {}, true));
  expect(session.apply(cmd("facilitator", "start", {}, true))).toEqual({ ok: true });
  return session;
}

export const cmd = (seatId: string, kind: string, payload: unknown = {}, host = false): SessionInput => ({ type: "command", seatId, host, kind, payload });
const fac = (kind: string, payload: unknown = {}) => cmd("facilitator", kind, payload, true);
const ok = (session: Session, input: SessionInput) => expect(session.apply(input), JSON.stringify(input)).toEqual({ ok: true });
const refused = (session: Session, input: SessionInput, code: string) => {
  const before = canonicalJson(session.state);
  const result = session.apply(input);
  expect(result.ok ? "ok" : result.error.code, JSON.stringify(input)).toBe(code);
  expect(canonicalJson(session.state)).toBe(before);
};

const viewOf = (session: Session, seatId: string) => seatView(session.state, new Set(coast.visibleTo(session.state, seatId)));

/** Lets every seat listed (or every seat) play the bot policy until nothing moves. */
function botsPlay(session: Session, seats?: string[], maxSteps = 5000, stopWhen: () => boolean = () => false): void {
  const rng = createRng("bots");
  for (let step = 0; step < maxSteps && session.status === "playing" && !stopWhen(); step++) {
    let moved = false;
    for (const seat of session.players()) {
      if ((seats && !seats.includes(seat.id)) || stopWhen()) continue;
      const turn = { definition: coast, view: viewOf(session, seat.id), me: seat.id, content: session.config.content, settings: session.gameSettings, rng };
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

/** Everyone says done until the phase is the one wanted. */
function advanceTo(session: Session, phase: string, round = session.state.round): void {
  for (let guard = 0; guard < 50 && !(session.state.phase === phase && session.state.round === round); guard++) {
    for (const seat of session.players()) if (!seat.done) session.apply(cmd(seat.id, "done"));
  }
  expect(`${session.state.phase}@${session.state.round}`).toBe(`${phase}@${round}`);
}

/** Seat of a role. */
const seatOf = (session: Session, role: string) => session.state.roles.get(role)!.seat;

describe("setup and roles", () => {
  it("deals roles in table order, fills zones and budgets, draws the first event", () => {
    const session = newGame(3, { content: kiosk });
    expect(session.state.phase).toBe("event");
    expect(session.state.round).toBe(1);
    expect(session.players().map((s) => s.role)).toEqual(["maire", "interco", "etat"]);
    expect(session.state.roles.get("asso")!.seat).toBe("");
    expect(session.state.roles.get("maire")!.budget).toBe(900);
    expect(session.state.zones.size).toBe(7);
    expect(session.state.zones.get("front-de-mer")!.defenceKind).toBe("dike");
    expect(kiosk.events.map((e) => e.id)).toContain(session.state.event);
    expect(session.mode.maxPlayers).toBe(4);
  });

  it("deals roles with the seeded RNG, the same for the same seed", () => {
    const roles = (seed: string) => newGame(6, { seed, settings: { roleAssignment: "random" } }).players().map((s) => s.role);
    expect(roles("a")).toEqual(roles("a"));
    expect(new Set(roles("a")).size).toBe(6);
  });

  it("lets the facilitator assign and a player pick a free role in the first event phase only", () => {
    const session = newGame(2, { content: kiosk, bots: 1 });
    refused(session, cmd("p1", "role.pick", { role: "interco" }), "coast.role_taken");
    refused(session, cmd("p1", "role.pick", { role: "maire" }), "coast.role_already_yours");
    refused(session, cmd("p1", "role.pick", { role: "nobody" }), "coast.unknown_role");
    ok(session, cmd("p1", "role.pick", { role: "etat" })); // held by the bot p3: a swap
    expect(session.state.seats.get("p1")!.role).toBe("etat");
    expect(session.state.seats.get("p3")!.role).toBe("maire");
    ok(session, cmd("p2", "role.pick", { role: "asso" })); // no one's: interco is left free
    expect(session.state.roles.get("interco")!.seat).toBe("");
    refused(session, fac("assign", { seat: "p9", role: "maire" }), "coast.unknown_seat");
    refused(session, cmd("p1", "assign", { seat: "p1", role: "maire" }), "command.facilitator_only");
    ok(session, fac("assign", { seat: "p1", role: "maire" }));
    expect(session.state.seats.get("p1")!.role).toBe("maire");
    expect(session.state.seats.get("p3")!.role).toBe("etat");
    advanceTo(session, "event", 2);
    refused(session, fac("assign", { seat: "p1", role: "etat" }), "coast.roles_fixed");
  });
});

describe("secret objectives", () => {
  it("reach their owner and the facilitator, never another seat", () => {
    const session = newGame(3, { content: kiosk });
    const secretText = kiosk.roles.find((r) => r.id === "maire")!.secretObjectives[0].text as { fr: string };
    const own = viewOf(session, seatOf(session, "maire"));
    const other = viewOf(session, seatOf(session, "interco"));
    const facilitator = viewOf(session, "facilitator");
    expect(own.roles.maire.secret).toContain(secretText.fr);
    expect(own.roles.interco.secret).toBeUndefined();
    expect(other.roles.maire.secret).toBeUndefined();
    expect(JSON.stringify(other)).not.toContain(secretText.fr);
    for (const role of kiosk.roles) expect(facilitator.roles[role.id].secret).toContain((role.secretObjectives[0].text as { fr: string }).fr);
    expect(JSON.parse(own.roles.maire.secret)[0].status).toBe("pending");
  });

  it("stay out of the players' report and are in the facilitator's", () => {
    const session = newGame(0, { content: kiosk, bots: 4 });
    botsPlay(session);
    expect(session.status).toBe("finished");
    const players = JSON.stringify(coast.report(session.state, session.ctx as never, "players"));
    const facilitator = JSON.stringify(coast.report(session.state, session.ctx as never, "facilitator"));
    for (const role of kiosk.roles) {
      for (const objective of role.secretObjectives) {
        const text = objective.text as { fr: string; en: string };
        expect(players).not.toContain(text.fr);
        expect(players).not.toContain(text.en);
        expect(facilitator).toContain(text.fr);
      }
    }
  });
});
