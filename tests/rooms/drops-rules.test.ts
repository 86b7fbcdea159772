import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, type Room } from "@colyseus/sdk";
import { createSession, startedTinyGame, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

/** An abrupt drop (no consented leave), with the SDK's own retries off so the test decides what comes next. */
function cut(room: Room): void {
  room.reconnection.enabled = false;
  (room.connection as any).transport.ws.close();
}

async function seq(code: string, token: string): Promise<number> {
  const response = await fetch(`${server.url}/api/sessions/${code}/state`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()).seq;
}

describe("a drop keeps the rules", () => {
  it("refuses the reconnection of a player kicked while away, and their seat token", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const token = bob.room.reconnectionToken;
    cut(bob.room);
    await until(() => ada.state.seats.get(bob.seatId).connected === false, "bob shown away");
    expect(await host.send("kick", { seat: bob.seatId, reason: "test" })).toEqual({ ack: true });
    await expect(new Client(server.url).reconnect(token)).rejects.toThrow();
    await expect(TestPlayer.join(server.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! })).rejects.toThrow(/join.bad_seat_token/);
    expect(ada.state.seats.get(bob.seatId).controller).toBe("bot");
  });

  it("refuses the reconnection of a seat given to a bot; the seat token takes it back, visibly", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const token = bob.room.reconnectionToken;
    cut(bob.room);
    await until(() => ada.state.seats.get(bob.seatId).connected === false, "bob shown away");
    expect(await host.send("seat.bot", { seat: bob.seatId })).toEqual({ ack: true });
    await expect(new Client(server.url).reconnect(token)).rejects.toThrow();
    const back = await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! });
    expect(back.seatId).toBe(bob.seatId);
    await until(() => ada.state.seats.get(bob.seatId).controller === "human", "bob's seat back in human hands");
  });

  it("gives a seat left away past the reconnection window to a bot, and its seat token reclaims it", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    cut(bob.room);
    await until(() => ada.state.seats.get(bob.seatId).controller === "bot", "a bot plays bob's seat", 10_000); // RECONNECT_SECONDS is 3 in tests
    const back = await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! });
    await until(() => ada.state.seats.get(back.seatId).controller === "human", "bob back");
  });

  it("pauses a solo game instead, and resumes it when the player comes back", async () => {
    const session = await createSession(server.url, { game: "tiny", mode: "solo", settings: { playSeconds: 600 } });
    const solo = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Sol" });
    expect(await solo.send("ready", { ready: true })).toEqual({ ack: true });
    await until(() => solo.state.status === "playing", "solo started");
    const watcher = await TestPlayer.join(server.url, session.code, { seat: "screen" });
    cut(solo.room);
    await until(() => watcher.state.timer.paused === true, "paused for the absent player", 10_000);
    expect(watcher.state.seats.get(solo.seatId).controller).toBe("human");
    await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: solo.welcome.seatToken! });
    await until(() => watcher.state.timer.paused === false, "resumed");
  });
});

describe("command ids", () => {
  it("answers a command cut before its ack once it is re-sent, applies it once, and remembers it across a restart", async () => {
    const session = await createSession(server.url, { game: "tiny", settings: { playSeconds: 600 } });
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    const bob = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" });
    expect(await host.send("start")).toEqual({ ack: true });
    await until(() => ada.state.status === "playing");
    const duration = () => ada.state.timer.durationMs;
    const start = duration();

    // sent, then the socket drops before the ack can come back
    host.room.send("cmd", { id: "extend-once", kind: "extend", payload: { seconds: 60 } });
    cut(host.room);
    await until(() => duration() === start + 60_000, "the extension applied");
    const applied = await seq(session.code, session.facilitatorToken);

    const again = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    expect(await again.raw("cmd", { id: "extend-once", kind: "extend", payload: { seconds: 60 } }, "extend-once")).toEqual({ ack: true });
    expect(await again.raw("cmd", { id: "extend-once", kind: "extend", payload: { seconds: 60 } }, "extend-once")).toEqual({ ack: true });
    await new Promise((r) => setTimeout(r, 100));
    expect(duration()).toBe(start + 60_000);
    expect(await seq(session.code, session.facilitatorToken)).toBe(applied);

    for (const player of [ada, bob, again]) player.room.reconnection.enabled = false;
    await server.stop("SIGKILL");
    await server.start();
    const afterRestart = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    expect(await afterRestart.raw("cmd", { id: "extend-once", kind: "extend", payload: { seconds: 60 } }, "extend-once")).toEqual({ ack: true });
    expect(await seq(session.code, session.facilitatorToken)).toBe(applied);
    expect(afterRestart.state.timer.durationMs).toBe(start + 60_000);
    // a new id is a new command
    expect(await afterRestart.raw("cmd", { id: "extend-twice", kind: "extend", payload: { seconds: 60 } }, "extend-twice")).toEqual({ ack: true });
    expect(await seq(session.code, session.facilitatorToken)).toBe(applied + 1);
  }, 60_000);

  it("refuses a person's command on a seat a bot now plays, even from a connection still open", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    expect(await host.send("seat.bot", { seat: bob.seatId })).toEqual({ ack: true });
    await until(() => ada.state.seats.get(bob.seatId).controller === "bot");
    const answer = await bob.send("profile", { name: "Bobby" });
    expect(answer.ack ? "ack" : answer.error.code).toBe("seat.not_yours");
  });
});
