import { describe, expect, it } from "vitest";
import tinyGame from "../../../tests/fixtures/tiny-game/index.ts";
import { createRng } from "../rng.ts";
import { canonicalJson } from "./canonical.ts";
import { FACILITATOR_SEAT, type SessionInput } from "./inputs.ts";
import { seatView } from "./seat-view.ts";
import { GameSession } from "./session.ts";

const content = { game: "tiny", id: "race", version: 1, title: "Course", cards: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 2, 3], target: 21 };

function newSession(settings: Record<string, unknown> = {}, seed = "seed", mode = "group") {
  return new GameSession(tinyGame, { code: "ABCDEF", contentId: "race", content, mode, seed, settings });
}

const join = (session: GameSession, name: string, host = false): SessionInput => ({ type: "seat.join", seatId: session.nextSeatId(), name, controller: "human", host });
const cmd = (seatId: string, kind: string, payload: unknown = {}, host = false): SessionInput => ({ type: "command", seatId, host, kind, payload });

function started(settings: Record<string, unknown> = {}, seed = "seed") {
  const session = newSession(settings, seed);
  session.apply(join(session, "Ada"));
  session.apply(join(session, "Bob"));
  session.apply(cmd("p1", "ready", { ready: true }));
  session.apply(cmd("p2", "ready", { ready: true }));
  return session;
}

describe("lobby", () => {
  it("starts by itself once every seated player is ready and there are enough of them", () => {
    const session = newSession();
    expect(session.apply(join(session, "Ada"))).toEqual({ ok: true });
    expect(session.apply(cmd("p1", "ready", { ready: true }))).toEqual({ ok: true });
    expect(session.status).toBe("lobby");
    session.apply(join(session, "Bob"));
    session.apply(cmd("p2", "ready", { ready: true }));
    expect(session.status).toBe("playing");
    expect(session.state.phase).toBe("play");
    expect(session.state.players.get("p1")!.hand.length).toBe(3);
  });

  it("lets the host start, refuses others and too few players", () => {
    const session = newSession({ autoStart: false });
    session.apply(join(session, "Ada", true));
    expect(session.apply(cmd("p1", "start", {}, false))).toEqual({ ok: false, error: { code: "command.facilitator_only" } });
    expect(session.apply(cmd("p1", "start", {}, true))).toEqual({ ok: false, error: { code: "lobby.not_enough_players", params: { min: 2 } } });
    session.apply(join(session, "Bob"));
    expect(session.apply(cmd(FACILITATOR_SEAT, "start", {}, true))).toEqual({ ok: true });
    expect(session.apply(join(session, "Late"))).toEqual({ ok: false, error: { code: "join.started" } });
  });

  it("fills empty seats with bots, unless bots are not allowed", () => {
    const session = newSession({ fillWithBots: true, seats: 4 });
    session.apply(join(session, "Ada"));
    session.apply(cmd("p1", "ready", { ready: true }));
    expect(session.status).toBe("playing");
    expect(session.players().map((s) => s.controller)).toEqual(["human", "bot", "bot", "bot"]);

    // The bots seated at the start do not start the game again: it is set up once.
    let setups = 0;
    const counted = new GameSession({ ...tinyGame, setup: (state, ctx) => (setups++, tinyGame.setup(state, ctx)) }, { code: "ABCDEF", contentId: "race", content, mode: "group", seed: "seed", settings: { fillWithBots: true, seats: 4 } });
    counted.apply(join(counted, "Ada"));
    counted.apply(cmd("p1", "ready", { ready: true }));
    expect(counted.status).toBe("playing");
    expect(setups).toBe(1);

    const strict = newSession({ botsAllowed: false });
    strict.apply(join(strict, "Ada", true));
    expect(strict.apply(cmd("p1", "bot.add", {}, true))).toEqual({ ok: false, error: { code: "seat.bot_not_allowed" } });
  });

  it("counts the lobby down from the first person seated, then starts with bots", () => {
    const session = newSession({ lobbySeconds: 30, fillWithBots: true, seats: 4 });
    expect(session.state.timer.durationMs).toBe(0);
    session.apply(join(session, "Ada"));
    expect(session.state.timer).toMatchObject({ phase: "lobby", durationMs: 30_000 });
    const serial = session.phaseSerial;
    session.apply(join(session, "Bob"));
    expect(session.phaseSerial).toBe(serial);
    expect(session.apply({ type: "timer.expired", phase: "lobby", serial })).toEqual({ ok: true });
    expect(session.status).toBe("playing");
    expect(session.players().map((s) => s.controller)).toEqual(["human", "human", "bot", "bot"]);
  });

  it("refuses a seventh player in a six-seat mode, and frees a seat when someone leaves the lobby", () => {
    const session = newSession();
    for (const name of ["A", "B", "C", "D", "E", "F"]) session.apply(join(session, name));
    expect(session.apply(join(session, "G"))).toEqual({ ok: false, error: { code: "join.full", params: { max: 6 } } });
    expect(session.apply({ type: "seat.leave", seatId: "p3" })).toEqual({ ok: true });
    expect(session.apply(join(session, "G"))).toEqual({ ok: true });
    expect(session.players().map((s) => s.id)).toEqual(["p1", "p2", "p4", "p5", "p6", "p7"]);
  });
});

describe("commands", () => {
  it("changes nothing when a command is refused", () => {
    const session = started();
    const other = session.state.turn === "p1" ? "p2" : "p1";
    const before = canonicalJson(session.state);
    const refused: [SessionInput, string][] = [
      [cmd(other, "play", { card: 0 }), "command.not_your_turn"],
      [cmd(session.state.turn, "play", { card: 5 }), "tiny.no_such_card"],
      [cmd(session.state.turn, "play", { card: -1 }), "command.bad_payload"],
      [cmd(session.state.turn, "play"), "command.bad_payload"],
      [cmd("p9", "play", { card: 0 }), "seat.unknown"],
      [cmd(session.state.turn, "fly"), "command.unknown"],
      [cmd(session.state.turn, "done"), "command.done_not_allowed"],
      [cmd(session.state.turn, "resume", {}, true), "timer.not_paused"],
      [cmd(session.state.turn, "seat.bot", { seat: "p9" }, true), "seat.unknown"],
      [{ type: "timer.expired", phase: "play", serial: 99 }, "timer.none"],
      [{ type: "seat.join", seatId: "p3", name: "Late", controller: "human" }, "join.started"],
    ];
    for (const [input, code] of refused) {
      const result = session.apply(input);
      expect(result.ok ? "ok" : result.error.code, JSON.stringify(input)).toBe(code);
      expect(canonicalJson(session.state)).toBe(before);
    }
  });

  it("runs the phases to the end: the play phase ends on its condition, the wrap phase when all are done", () => {
    const session = started();
    while (session.state.phase === "play") expect(session.apply(cmd(session.state.turn, "play", { card: 0 }))).toEqual({ ok: true });
    expect(session.state.total).toBeGreaterThanOrEqual(21);
    expect(session.state.phase).toBe("wrap");
    expect(session.apply(cmd("p1", "done"))).toEqual({ ok: true });
    expect(session.apply(cmd("p1", "done"))).toEqual({ ok: false, error: { code: "command.already_done" } });
    expect(session.status).toBe("playing");
    session.apply(cmd("p2", "done"));
    expect(session.status).toBe("finished");
    expect(session.apply(cmd("p1", "play", { card: 0 }))).toEqual({ ok: false, error: { code: "command.finished" } });
  });

  it("ends a phase on the expiry of its own timer only", () => {
    const session = started();
    expect(session.state.timer.durationMs).toBe(3_600_000);
    const serial = session.phaseSerial;
    expect(session.apply({ type: "timer.expired", phase: "play", serial })).toEqual({ ok: true });
    expect(session.state.phase).toBe("wrap");
    expect(session.apply({ type: "timer.expired", phase: "play", serial })).toMatchObject({ ok: false });
  });

  it("hands a leaver's seat to a bot once the game has started", () => {
    const session = started();
    session.apply({ type: "seat.leave", seatId: "p2" });
    expect(session.state.seats.get("p2")!.controller).toBe("bot");
    expect(session.apply({ type: "seat.controller", seatId: "p2", controller: "human", name: "Bea" })).toEqual({ ok: true });
    expect(session.state.seats.get("p2")!.name).toBe("Bea");
  });
});

describe("who plays a seat", () => {
  it("refuses a person's command on a bot's seat and a bot's on a person's, once the command is otherwise valid", () => {
    const session = started();
    const mover = session.state.turn;
    const other = mover === "p1" ? "p2" : "p1";
    expect(session.apply({ type: "seat.controller", seatId: mover, controller: "bot" })).toEqual({ ok: true });
    const before = canonicalJson(session.state);
    const asHuman = { ...cmd(mover, "play", { card: 0 }), by: "human" } as SessionInput;
    expect(session.apply(asHuman)).toEqual({ ok: false, error: { code: "seat.not_yours" } });
    expect(session.apply({ ...cmd(other, "play", { card: 0 }), by: "bot" } as SessionInput)).toEqual({ ok: false, error: { code: "command.not_your_turn" } });
    expect(session.apply({ ...cmd(mover, "fly"), by: "human" } as SessionInput)).toEqual({ ok: false, error: { code: "command.unknown", params: { kind: "fly" } } });
    expect(canonicalJson(session.state)).toBe(before);
    expect(session.apply({ ...cmd(mover, "play", { card: 0 }), by: "bot" } as SessionInput)).toEqual({ ok: true });
  });

  it("answers command.unknown to names of Object.prototype", () => {
    const session = started();
    for (const kind of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(session.apply(cmd("p1", kind))).toEqual({ ok: false, error: { code: "command.unknown", params: { kind } } });
      expect(session.apply(cmd(FACILITATOR_SEAT, kind, {}, true))).toEqual({ ok: false, error: { code: "command.unknown", params: { kind } } });
    }
  });
});

describe("determinism and visibility", () => {
  it("gives the same state for the same seed and inputs, and other hands for another seed", () => {
    const play = (seed: string) => {
      const session = started({}, seed);
      for (let i = 0; i < 4; i++) session.apply(cmd(session.state.turn, "play", { card: 1 }));
      return canonicalJson(session.state);
    };
    expect(play("one")).toBe(play("one"));
    expect(play("one")).not.toBe(play("two"));
  });

  it("leaves other players' hands out of a seat's view", () => {
    const session = started();
    const view = seatView(session.state, new Set(tinyGame.visibleTo(session.state, "p1")));
    expect(view.players.p1.hand).toHaveLength(3);
    expect(view.players.p2.hand).toBeUndefined();
    expect(view.players.p2.handCount).toBe(3);
  });

  it("lets bots alone play a game to its end through the policy", () => {
    const session = newSession({ fillWithBots: true, seats: 4 });
    session.apply(join(session, "Ada"));
    session.apply(cmd("p1", "ready", { ready: true }));
    session.apply({ type: "seat.leave", seatId: "p1" });
    const rng = createRng("bots");
    for (let step = 0; step < 500 && session.status === "playing"; step++) {
      for (const seat of session.players()) {
        const view = seatView(session.state, new Set(tinyGame.visibleTo(session.state, seat.id)));
        const move = tinyGame.bot({ view, me: seat.id, content, settings: session.gameSettings as never, rng });
        if (move) session.apply(cmd(seat.id, move.kind, move.payload));
      }
    }
    expect(session.status).toBe("finished");
  });
});
