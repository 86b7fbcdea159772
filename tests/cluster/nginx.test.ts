import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { freePort, type ServerProcess } from "../support/server-process.ts";
import { playMoves, processIdOf, sessionState, startCluster } from "./cluster.ts";
import { Nginx } from "./nginx.ts";
import { TestDatabases } from "./services.ts";

const databases = new TestDatabases();

let a: ServerProcess;
let b: ServerProcess;
let nginx: Nginx;

beforeAll(async () => {
  const port = await freePort();
  // As docs/operations.md says: one public address for all, a path of its own for each process.
  [a, b] = await startCluster(2, await databases.create("sgp_nginx"), (index) => ({ PUBLIC_URL: `http://127.0.0.1:${port}`, PUBLIC_ADDRESS: `127.0.0.1:${port}/p${index + 1}` }));
  nginx = new Nginx(port, { "10.0.0.11:2567": `127.0.0.1:${a.port}`, "10.0.0.12:2567": `127.0.0.1:${b.port}` });
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
  await databases.dropAll();
});

describe("the nginx configuration of docs/operations.md", () => {
  it("passes nginx -t", () => {
    const { status, output } = nginx.check();
    expect(output).toMatch(/test is successful/);
    expect(status).toBe(0);
  });

  it("serves a whole session from one address: the API on any process, each room's WebSocket on its process, and after that process's SIGKILL, on the other", async () => {
    await nginx.start();
    const session = await createSession(nginx.url, { game: "tiny", mode: "group" });
    const ada = await TestPlayer.join(nginx.url, session.code, { seat: "player", name: "Ada" });
    const bob = await TestPlayer.join(nginx.url, session.code, { seat: "player", name: "Bob" });
    for (const player of [ada, bob]) expect(await player.send("ready", { ready: true })).toEqual({ ack: true });
    await until(() => ada.state.status === "playing", "game start");
    await playMoves([ada, bob], 1);
    const before = await sessionState(b, session.code, session.facilitatorToken);
    const holder = before.process === (await processIdOf(a)) ? a : b;
    const survivor = holder === a ? b : a;

    for (const player of [ada, bob]) player.room.reconnection.enabled = false;
    await holder.stop("SIGKILL");
    const adaBack = await TestPlayer.join(nginx.url, session.code, { seat: "player", seatToken: ada.welcome.seatToken! });
    const bobBack = await TestPlayer.join(nginx.url, session.code, { seat: "player", seatToken: bob.welcome.seatToken! });
    expect([adaBack.seatId, bobBack.seatId]).toEqual([ada.seatId, bob.seatId]);
    await playMoves([adaBack, bobBack], 1);
    const after = await sessionState(survivor, session.code, session.facilitatorToken);
    expect(after).toMatchObject({ seq: before.seq + 1, process: await processIdOf(survivor) });
    await holder.start();
  });
});
