import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { openStorage } from "../../server/src/persistence/open-storage.ts";
import { replay, stateHash } from "../../server/src/sessions/replay.ts";
import tinyGame from "../fixtures/tiny-game/index.ts";
import { createSession, startedTinyGame, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

async function integrity(code: string, token: string) {
  const response = await fetch(`${server.url}/api/sessions/${code}/state`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as { seq: number; hash: string; status: string; phase: string };
}

/** Plays the test game to its end: every player plays its first card in turn, then says done. */
async function playToTheEnd(players: TestPlayer[]): Promise<void> {
  const state = () => players[0].state;
  while (state().status === "playing" && state().phase === "play") {
    const mover = players.find((p) => p.seatId === state().turn)!;
    expect(await mover.send("play", { card: 0 })).toEqual({ ack: true });
    await until(() => players.every((p) => p.state.total === mover.state.total), "everyone sees the move");
  }
  for (const player of players) if (state().status === "playing") expect(await player.send("done")).toEqual({ ack: true });
  await until(() => state().status === "finished", "finished");
}

describe("reconnection", () => {
  it("shows a dropped seat as disconnected, then reconnects it within the grace period", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    const bob = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" });
    const seat = () => ada.state.seats.get(bob.seatId);
    await until(() => seat()?.connected === true, "bob connected");
    const token = bob.room.reconnectionToken;
    bob.room.reconnection.enabled = false;
    (bob.room.connection as any).transport.ws.close(); // an abrupt drop, not a consented leave
    await until(() => seat()?.connected === false, "bob shown disconnected");
    const back = await new Client(server.url).reconnect(token);
    await until(() => seat()?.connected === true, "bob back");
    expect(back.sessionId).toBe(bob.room.sessionId);
    expect(Object.keys(ada.state.seats.toJSON())).toEqual(["p1", "p2"]);
  });

  it("gives the same seat back with the seat token after the grace period, and a consented leave in the lobby frees it", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    const bob = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" });
    bob.room.reconnection.enabled = false;
    (bob.room.connection as any).transport.ws.close();
    await new Promise((r) => setTimeout(r, 3500)); // RECONNECT_SECONDS is 3 in tests
    const again = await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! });
    expect(again.seatId).toBe(bob.seatId);
    await until(() => ada.state.seats.get(bob.seatId)?.connected === true);
    await again.leave();
    await until(() => !ada.state.seats.has(bob.seatId), "seat freed");
  });
});

describe("a game over while away", () => {
  it("gives a player back their seat with the seat token once the game is over, to see the end", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    bob.room.reconnection.enabled = false;
    (bob.room.connection as any).transport.ws.close();
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    expect(await facilitator.send("end")).toEqual({ ack: true });
    await until(() => ada.state.status === "finished");
    const info = await (await fetch(`${server.url}/api/sessions/${session.code}`)).json();
    expect(info).toMatchObject({ status: "finished", joinUrl: `${server.url}/?code=${session.code}` });
    const back = await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! });
    expect(back.seatId).toBe(bob.seatId);
    expect(back.state.status).toBe("finished");
  });
});

describe("restart", () => {
  it("keeps sessions, seats and hands across a server restart; seat tokens reclaim them", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    const mover = ada.state.turn === ada.seatId ? ada : bob;
    await mover.send("play", { card: 0 });
    const hand = [...ada.state.players.get(ada.seatId).hand];
    const before = await integrity(session.code, session.facilitatorToken);

    await server.stop("SIGKILL");
    await server.start();

    const after = await integrity(session.code, session.facilitatorToken);
    expect(after).toEqual({ ...before, process: expect.any(String) }); // a new process
    const adaAgain = await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: ada.welcome.seatToken! });
    expect(adaAgain.seatId).toBe(ada.seatId);
    expect([...adaAgain.state.players.get(ada.seatId).hand]).toEqual(hand);
    expect(adaAgain.state.seats.get(bob.seatId).connected).toBe(false);
    expect(adaAgain.state.total).toBe(mover.state.total);
  }, 60_000);
});

describe("log and replay", () => {
  it("replays a finished game from seed, content and log to the same canonical state as the live room", async () => {
    const session = await createSession(server.url, { game: "tiny", settings: { fillWithBots: true, seats: 3 } });
    const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    const bob = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" });
    await ada.send("ready", { ready: true });
    await bob.send("ready", { ready: true });
    await until(() => ada.state.status === "playing");
    expect(Object.keys(ada.state.seats.toJSON())).toHaveLength(3);
    // the bot plays its own turns through the same path; people play theirs
    const people = [ada, bob];
    while (ada.state.status === "playing" && ada.state.phase === "play") {
      const mover = people.find((p) => p.seatId === ada.state.turn);
      if (mover) await mover.send("play", { card: 0 });
      else await new Promise((r) => setTimeout(r, 5));
    }
    for (const p of people) await p.send("done");
    await until(() => ada.state.status === "finished", "finished");
    const live = await integrity(session.code, session.facilitatorToken);

    const storage = await openStorage({ dataDir: server.dataDir });
    const row = (await storage.getSession(session.code))!;
    const log = await storage.readLog(session.code);
    await storage.close();
    expect(row.status).toBe("finished");
    expect(new Set(log.map((e) => e.input.type))).toEqual(new Set(["seat.join", "command", "seat.join"]));
    const replayed = replay(tinyGame, row, log);
    expect(replayed.seq).toBe(live.seq);
    expect(stateHash(replayed.session.state)).toBe(live.hash);
  });
});

describe("reports", () => {
  it("serves the full report to the facilitator and the players' version to the read-only link, nothing to others", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    await playToTheEnd([ada, bob]);
    const base = `${server.url}/api/sessions/${session.code}/report`;
    const token = new URL(session.reportUrl).searchParams.get("token")!;
    expect(ada.reportToken).toBe(token);

    const full = await fetch(`${base}?format=json`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } });
    expect(full.status).toBe(200);
    const fullJson = JSON.stringify(await full.json());
    expect(fullJson).toContain("Main finale (secret)");

    const players = await fetch(`${base}?format=json&token=${token}&lang=en`);
    expect(players.status).toBe(200);
    const playersJson = JSON.stringify(await players.json());
    expect(playersJson).toContain("Points played");
    expect(playersJson).not.toContain("Final hand");

    const csv = await fetch(`${base}?format=csv&token=${token}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("Ada");
    const html = await fetch(`${base}?format=html&token=${token}`);
    expect(await html.text()).toMatch(/<!doctype html>[\s\S]*Ada[\s\S]*<table>/);

    expect((await fetch(`${base}?format=json`)).status).toBe(401);
    expect((await fetch(`${base}?format=json&token=wrong-token-wrong-token-wrong-tok`)).status).toBe(403);
    // the read-only token also works as a bearer token, out of the address
    expect(JSON.stringify(await (await fetch(`${base}?format=json&lang=en`, { headers: { authorization: `Bearer ${token}` } })).json())).toBe(playersJson);
    expect((await fetch(`${base}?format=pdf&token=${token}`)).status).toBe(400);
    const missing = await fetch(`${server.url}/api/sessions/ABCDEF/report?token=${token}`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("join.unknown_session");

    // stored at the end: byte-identical after a restart
    const before = await (await fetch(`${base}?format=html&token=${token}`)).text();
    await server.stop();
    await server.start();
    expect(await (await fetch(`${base}?format=html&token=${token}`)).text()).toBe(before);
  }, 60_000);
});

describe("HTTP API", () => {
  it("lists games and refused content, and refuses bad session requests with their issues", async () => {
    const games = await (await fetch(`${server.url}/api/games`)).json();
    expect(games.games.map((g: { id: string }) => g.id)).toContain("tiny");
    expect(games.refused[0].file).toContain("broken.json");
    expect(games.refused[0].problems[0]).toMatchObject({ path: "$.cards[2]", severity: "error" });

    const post = (body: unknown) => fetch(`${server.url}/api/sessions`, { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" }, body: JSON.stringify(body) });
    const bad = await post({ game: "tiny", colour: "red" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "request.bad_body" });
    expect((await post({ game: "tiny", settings: { handSize: 99 } })).status).toBe(400);
    expect((await post({ game: "tiny", mode: "duel" })).status).toBe(400);
    expect((await post({ game: "chess" })).status).toBe(404);
    expect((await post({ game: "tiny", content: "broken" })).status).toBe(404);
    const created = await post({ game: "tiny", mode: "solo" });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(body.joinUrl).toBe(`${server.url}/?code=${body.code}`);
    const info = await (await fetch(`${server.url}/api/sessions/${body.code.toLowerCase()}`)).json();
    expect(info).toMatchObject({ code: body.code, game: "tiny", mode: "solo", status: "lobby" });
  });
});
