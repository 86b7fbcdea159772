import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { createSession, startedTinyGame, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

async function hashOf(code: string, token: string): Promise<{ seq: number; hash: string; status: string; phase: string }> {
  const response = await fetch(`${server.url}/api/sessions/${code}/state`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json();
}

const startedGame = (settings: Record<string, unknown> = {}) => startedTinyGame(server.url, settings);

describe("joining", () => {
  it("refuses a bad join with a stable code and a localized message", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const attempts: [unknown, string][] = [
      [{ seat: "player" }, "join.bad_options"],
      [{ seat: "pilot", name: "x" }, "join.bad_options"],
      [{ seat: "player", name: "x".repeat(200) }, "join.bad_options"],
      [{ seat: "facilitator", token: "not-the-right-token-at-all" }, "join.bad_facilitator_token"],
      [{ seat: "player", seatToken: "forged-seat-token-123456" }, "join.bad_seat_token"],
    ];
    for (const [options, code] of attempts) {
      const error = await new Client(server.url).joinById(session.code, options as never).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message, JSON.stringify(options)).toMatch(new RegExp(`^\\[${code.replace(".", "\\.")}\\] `));
    }
    const english = await new Client(server.url).joinById(session.code, { seat: "facilitator", token: "not-the-right-token-at-all", locale: "en" }).catch((e: Error) => e);
    expect((english as Error).message).toBe("[join.bad_facilitator_token] This facilitator link is not valid for this session.");
    const unknown = await new Client(server.url).joinById("ZZZZZZ", { seat: "player", name: "x" }).catch((e: Error) => e);
    expect(unknown).toBeInstanceOf(Error);
  });

  it("lets clients only join a session by its code: no room is created from the outside, not even for a known code", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    for (const attempt of [
      (client: Client) => client.create("session", { code: session.code }),
      (client: Client) => client.joinOrCreate("session", { code: session.code }),
      (client: Client) => client.join("session", { seat: "screen" }),
    ]) {
      const error = await attempt(new Client(server.url)).then(() => null, (e: Error) => e);
      expect(error?.message).toMatch(/invalid method/);
    }
    const screen = await TestPlayer.join(server.url, session.code, { seat: "screen" });
    expect(screen.welcome.kind).toBe("screen");
  });

  it("shows every seat to everyone, keyed by stable seat ids, with a seat token for each player", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    const bob = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob", locale: "en" });
    const screen = await TestPlayer.join(server.url, session.code, { seat: "screen" });
    expect(ada.welcome).toMatchObject({ seatId: "p1", kind: "player", host: false });
    expect(bob.welcome.seatId).toBe("p2");
    expect(ada.welcome.seatToken).toHaveLength(32);
    expect(screen.welcome.seatToken).toBeUndefined();
    await until(() => Object.keys(ada.state.seats.toJSON()).length === 2);
    expect(screen.state.seats.get("p2").name).toBe("Bob");
    expect(await screen.send("ready", { ready: true })).toMatchObject({ ack: false, error: { code: "command.spectator" } });
  });
});

describe("server bots", () => {
  it("plays bot seats added by the facilitator to the end, and takes over a seat the facilitator hands to a bot", async () => {
    const session = await createSession(server.url, { game: "tiny", settings: { autoStart: false } });
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    expect(await facilitator.send("bot.add")).toEqual({ ack: true });
    expect(await facilitator.send("bot.add")).toEqual({ ack: true });
    expect(await ada.send("bot.add")).toMatchObject({ ack: false, error: { code: "command.facilitator_only" } });
    expect(await facilitator.send("start")).toEqual({ ack: true });
    expect(await facilitator.send("seat.bot", { seat: ada.seatId })).toEqual({ ack: true });
    await until(() => facilitator.state.status === "finished", "bots finish the game");
    expect(facilitator.state.seats.get(ada.seatId).controller).toBe("bot");
    expect(facilitator.state.total).toBeGreaterThanOrEqual(21);
  });
});

describe("kick", () => {
  it("tells a kicked player why, frees the seat and revokes its token", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const eve = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Eve" });
    const kicked = new Promise<{ reason: string }>((resolve) => eve.room.onMessage("kicked", resolve));
    const left = new Promise<number>((resolve) => eve.room.onLeave(resolve));
    expect(await facilitator.send("kick", { seat: eve.seatId, reason: "Nom inapproprié" })).toEqual({ ack: true });
    expect(await kicked).toEqual({ reason: "Nom inapproprié" });
    await until(() => !facilitator.state.seats.has(eve.seatId), "seat removed");
    const again = await new Client(server.url).joinById(session.code, { seat: "player", seatToken: eve.welcome.seatToken! }).catch((e: Error) => e);
    expect((again as Error).message).toMatch(/^\[join\.bad_seat_token\]/);
    expect(await left).toBe(4000);
  });
});

describe("commands", () => {
  it("refuses malformed, unknown, out-of-phase and other seats' commands, changing nothing and keeping the connection", async () => {
    const { session, ada, bob } = await startedGame();
    const before = await hashOf(session.code, session.facilitatorToken);
    const turn = ada.state.turn as string;
    const [mover, waiter] = turn === ada.seatId ? [ada, bob] : [bob, ada];

    const refusals: [Promise<unknown>, string][] = [
      [waiter.send("play", { card: 0 }), "command.not_your_turn"],
      [mover.send("play", { card: "zero" }), "command.bad_payload"],
      [mover.send("play", { card: 0, extra: true }), "command.bad_payload"],
      [mover.send("play", { card: 7 }), "tiny.no_such_card"],
      [mover.send("teleport", {}), "command.unknown"],
      [mover.send("done", {}), "command.done_not_allowed"],
      [mover.send("ready", { ready: true }), "lobby.already_started"],
      [mover.send("skip", {}), "command.facilitator_only"],
      [mover.raw("cmd", { kind: "play" }, null), ""],
      [mover.raw("cmd", { id: 991, kind: "play", payload: { card: 0 }, sneaky: 1 }, 991), "protocol.bad_message"],
      [mover.raw("chat", { id: 992, text: "hello" }, 992), "protocol.unknown_message"],
      [mover.raw("cmd", { id: 993, kind: "play", payload: { card: 0, pad: "x".repeat(9000) } }, 993), "protocol.too_large"],
    ];
    for (const [answer, code] of refusals) {
      const result = (await answer) as { ack: boolean; error?: { code: string; message: string } };
      if (!code) continue;
      expect(result.ack).toBe(false);
      expect(result.error!.code).toBe(code);
      expect(result.error!.message.length).toBeGreaterThan(5);
    }
    expect(mover.errors.some((e) => e.id === null && e.code === "protocol.bad_message")).toBe(true);
    const after = await hashOf(session.code, session.facilitatorToken);
    expect(after.hash).toBe(before.hash);
    expect(after.seq).toBe(before.seq);

    // still connected: a legal move goes through
    expect(await mover.send("play", { card: 0 })).toEqual({ ack: true });
    await until(() => waiter.state.turn === waiter.seatId, "turn passes");
  });

  it("answers a flood with errors instead of disconnecting, and other players notice nothing", async () => {
    const { ada, bob } = await startedGame();
    const answers = await Promise.all(Array.from({ length: 60 }, () => ada.send("teleport", {})));
    const limited = answers.filter((a) => !a.ack && a.error.code === "protocol.rate_limited");
    expect(limited.length).toBeGreaterThan(20);
    expect(bob.errors).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await ada.send("teleport", {})).toMatchObject({ ack: false, error: { code: "command.unknown" } });
  });

  it("sends the patch before the ack", async () => {
    const { ada, bob } = await startedGame();
    const mover = ada.state.turn === ada.seatId ? ada : bob;
    const total = mover.state.total as number;
    await mover.send("play", { card: 0 });
    expect(mover.state.total).toBeGreaterThan(total);
  });
});

describe("hidden hands", () => {
  it("shows each player their own hand only, including cards dealt later", async () => {
    const { ada, bob } = await startedGame();
    const handOf = (p: TestPlayer, seat: string) => p.state.players.get(seat)?.hand?.toArray?.();
    expect(handOf(ada, ada.seatId)).toHaveLength(3);
    expect(handOf(ada, bob.seatId) ?? []).toHaveLength(0);
    expect(handOf(bob, ada.seatId) ?? []).toHaveLength(0);
    for (let i = 0; i < 4; i++) {
      const mover = ada.state.turn === ada.seatId ? ada : bob;
      const before = [...handOf(mover, mover.seatId)];
      expect(await mover.send("play", { card: 0 })).toEqual({ ack: true });
      const after = handOf(mover, mover.seatId);
      expect(after).toHaveLength(3);
      expect(after.slice(0, 2)).toEqual(before.slice(1));
      await until(() => ada.state.total === bob.state.total, "both see the move");
    }
    expect(handOf(ada, bob.seatId) ?? []).toHaveLength(0);
  });
});

describe("timers", () => {
  it("lets the host pause, resume, extend and skip, and ends a phase when its timer runs out", async () => {
    const session = await createSession(server.url, { game: "tiny", settings: { playSeconds: 10, wrapSeconds: 10 } });
    const host = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Host", facilitatorToken: session.facilitatorToken });
    const guest = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Guest" });
    expect(host.welcome.host).toBe(true);
    expect(await guest.send("start")).toMatchObject({ ack: false, error: { code: "command.facilitator_only" } });
    expect(await host.send("pause")).toMatchObject({ ack: false, error: { code: "timer.none" } });
    expect(await host.send("start")).toEqual({ ack: true });
    const timer = () => guest.state.timer;
    await until(() => timer().endsAt > 0, "timer running");
    const endsAt = timer().endsAt;
    expect(endsAt - Date.now()).toBeLessThanOrEqual(10_000);
    expect(await host.send("pause")).toEqual({ ack: true });
    await until(() => timer().paused && timer().endsAt === 0, "paused");
    expect(timer().remainingMs).toBeGreaterThan(8_000);
    expect(await host.send("pause")).toMatchObject({ ack: false, error: { code: "timer.already_paused" } });
    expect(await host.send("resume")).toEqual({ ack: true });
    expect(await host.send("extend", { seconds: 60 })).toEqual({ ack: true });
    await until(() => timer().endsAt - Date.now() > 60_000, "extended");
    expect(await host.send("extend", { seconds: 5 })).toMatchObject({ ack: false, error: { code: "command.bad_payload" } });
    expect(await host.send("skip")).toEqual({ ack: true });
    await until(() => guest.state.phase === "wrap", "skipped to wrap");

    // a short timer runs out on the room's clock
    const short = await createSession(server.url, { game: "tiny", settings: { playSeconds: 10, wrapSeconds: 10 } });
    const a = await TestPlayer.join(server.url, short.code, { seat: "player", name: "A", facilitatorToken: short.facilitatorToken });
    await TestPlayer.join(server.url, short.code, { seat: "player", name: "B" });
    await a.send("start");
    await a.send("skip");
    await until(() => a.state.phase === "wrap");
    await until(() => a.state.status === "finished", "wrap timer expiry", 15_000);
  }, 40_000);
});
