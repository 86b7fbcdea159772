import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startedTinyGame, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";
import { TestDatabases } from "./services.ts";

const databases = new TestDatabases();
let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start({ DATABASE_URL: await databases.create("sgp_server") });
});

afterAll(async () => {
  await server?.stop();
  await databases.dropAll();
});

async function integrity(code: string, token: string) {
  const response = await fetch(`${server.url}/api/sessions/${code}/state`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json();
}

describe("the server on PostgreSQL", () => {
  it("keeps a game through SIGKILL: same state hash, seats reclaimed by their tokens, then plays it to its report", async () => {
    await until(() => server.output.includes("data in PostgreSQL"), "the start line");
    const { session, ada, bob } = await startedTinyGame(server.url);
    const mover = ada.state.turn === ada.seatId ? ada : bob;
    expect(await mover.send("play", { card: 0 })).toEqual({ ack: true });
    const before = await integrity(session.code, session.facilitatorToken);

    await server.stop("SIGKILL");
    await server.start();
    // What a client does first: the session's page, which reopens its room if need be.
    expect((await fetch(`${server.url}/api/sessions/${session.code}`)).status).toBe(200);

    expect(await integrity(session.code, session.facilitatorToken)).toEqual({ ...before, process: expect.any(String) });
    const players = [
      await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: ada.welcome.seatToken! }),
      await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! }),
    ];
    expect(players.map((p) => p.seatId)).toEqual([ada.seatId, bob.seatId]);
    const state = () => players[0].state;
    while (state().status === "playing" && state().phase === "play") {
      const next = players.find((p) => p.seatId === state().turn)!;
      expect(await next.send("play", { card: 0 })).toEqual({ ack: true });
      await until(() => players.every((p) => p.state.total === next.state.total), "everyone sees the move");
    }
    for (const player of players) if (state().status === "playing") expect(await player.send("done")).toEqual({ ack: true });
    await until(() => state().status === "finished", "finished");
    const report = await fetch(`${server.url}/api/sessions/${session.code}/report?format=json`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } });
    expect(report.status).toBe(200);
    expect(JSON.stringify(await report.json())).toContain("Ada");
  });
});
