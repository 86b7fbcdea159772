import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import type { ServerProcess } from "../support/server-process.ts";
import { playMoves, processIdOf, sessionState, startCluster } from "./cluster.ts";
import { TestDatabases } from "./services.ts";

const databases = new TestDatabases();

let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  [a, b] = await startCluster(2, await databases.create("sgp_failover"));
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await databases.dropAll();
});

describe("two processes, one Redis, one database", () => {
  it("runs a session created on A with players joining through B; after the room's process is SIGKILLed, it resumes on the other with its seats and state hash", async () => {
    const session = await createSession(a.url, { game: "tiny", mode: "group" });
    const facilitator = await TestPlayer.join(b.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const ada = await TestPlayer.join(b.url, session.code, { seat: "player", name: "Ada" });
    const bob = await TestPlayer.join(b.url, session.code, { seat: "player", name: "Bob" });
    for (const player of [ada, bob]) expect(await player.send("ready", { ready: true })).toEqual({ ack: true });
    await until(() => ada.state.status === "playing" && bob.state.status === "playing", "game start");
    await playMoves([ada, bob], 2);

    const before = await sessionState(b, session.code, session.facilitatorToken);
    expect(await sessionState(a, session.code, session.facilitatorToken)).toEqual(before);
    const [idA, idB] = [await processIdOf(a), await processIdOf(b)];
    expect([idA, idB]).toContain(before.process);
    const [holder, survivor] = before.process === idA ? [a, b] : [b, a];
    const hands = new Map([ada, bob].map((p) => [p.seatId, [...p.state.players.get(p.seatId).hand]]));

    for (const client of [facilitator, ada, bob]) client.room.reconnection.enabled = false;
    await holder.stop("SIGKILL");

    // The join comes first: it alone must find the room gone and reopen it on the survivor.
    const adaBack = await TestPlayer.join(survivor.url, session.code, { seat: "player", seatToken: ada.welcome.seatToken! });
    const bobBack = await TestPlayer.join(survivor.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! });
    expect([adaBack.seatId, bobBack.seatId]).toEqual([ada.seatId, bob.seatId]);
    const after = await sessionState(survivor, session.code, session.facilitatorToken);
    expect(after).toEqual({ ...before, process: await processIdOf(survivor) });
    for (const player of [adaBack, bobBack]) expect([...player.state.players.get(player.seatId).hand]).toEqual(hands.get(player.seatId));
    await playMoves([adaBack, bobBack], 1);
    const resumed = await sessionState(survivor, session.code, session.facilitatorToken);
    expect(resumed.seq).toBe(before.seq + 1);

    await holder.start();
    expect((await sessionState(holder, session.code, session.facilitatorToken)).process).toBe(after.process);
  });

  it("gives every session a join code no other process gave, and each is reachable through both", async () => {
    const created = await Promise.all(Array.from({ length: 24 }, (_, i) => createSession(i % 2 ? a.url : b.url, { game: "tiny" })));
    const codes = created.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { code } of created.slice(0, 4)) {
      for (const server of [a, b]) expect((await fetch(`${server.url}/api/sessions/${code}`)).status).toBe(200);
    }
  });

  it("spreads bursts of new sessions' rooms over both processes, even when all are created through one", async () => {
    const created: Awaited<ReturnType<typeof createSession>>[] = [];
    for (let burst = 0; burst < 4; burst++) created.push(...(await Promise.all(Array.from({ length: 4 }, () => createSession(a.url, { game: "tiny" })))));
    const holders = await Promise.all(created.map(async (s) => (await sessionState(a, s.code, s.facilitatorToken)).process));
    const perProcess = [await processIdOf(a), await processIdOf(b)].map((id) => holders.filter((holder) => holder === id).length);
    expect(Math.min(...perProcess), `rooms per process: ${perProcess.join(", ")}`).toBeGreaterThanOrEqual(3);
  });
});
