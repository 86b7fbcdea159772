import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { FRIENDLY_NAMES } from "@sgp/shared";
import { TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

const stand = {
  staffPin: "1234",
  lobbySeconds: 5,
  tables: [
    { id: "T", name: "Table T", game: "tiny", content: "race", mode: "group", tablets: ["1", "2", "3"], settings: { playSeconds: 3600, wrapSeconds: 3600 } },
    { id: "S", name: "Table S", game: "tiny", content: "race", mode: "solo", tablets: ["1", "2"], sessionPerTablet: true },
  ],
};
let server: ServerProcess;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sgp-stand-"));
  writeFileSync(join(dir, "stand.json"), JSON.stringify(stand));
  server = await ServerProcess.start({ STAND_CONFIG: join(dir, "stand.json") });
});

afterAll(async () => {
  await server?.stop();
});

const current = async (table: string, tablet: string) => (await fetch(`${server.url}/api/kiosk/${table}/${tablet}`)).json();
const staff = (table: string, body: unknown) => fetch(`${server.url}/api/kiosk/${table}/staff`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("stand tables", () => {
  it("gives the tablets of a table one game, visitors friendly names, and starts with bots after the countdown", async () => {
    const tables = await (await fetch(`${server.url}/api/kiosk`)).json();
    expect(tables.tables.map((t: { id: string }) => t.id)).toEqual(["T", "S"]);
    expect(tables.tables[0].settings).toBeUndefined();
    const first = await current("T", "1");
    expect((await current("T", "2")).code).toBe(first.code);
    expect((await fetch(`${server.url}/api/kiosk/T/9`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/kiosk/Z/1`)).status).toBe(404);

    const wrongTable = await new Client(server.url).joinById(first.code, { seat: "kiosk", table: "S", tablet: "1" }).catch((e: Error) => e);
    expect((wrongTable as Error).message).toMatch(/^\[join\.kiosk_unknown\]/);
    const visitor = await TestPlayer.join(server.url, first.code, { seat: "kiosk", table: "T", tablet: "1" });
    const name = visitor.state.seats.get(visitor.seatId).name;
    expect(FRIENDLY_NAMES).toContain(name);
    expect(visitor.state.timer.phase).toBe("lobby");
    expect(await visitor.send("profile", { name: "Crabe", color: "#b3261e" })).toEqual({ ack: true });
    expect(await visitor.send("profile", { color: "#123456" })).toMatchObject({ ack: false, error: { code: "seat.bad_color" } });
    await until(() => visitor.state.status === "playing", "countdown ends", 10_000);
    expect([...visitor.state.seats.values()].map((s: { controller: string }) => s.controller)).toEqual(["human", "bot", "bot"]);

    // a second visitor arriving mid-game takes over a bot's seat
    const late = await TestPlayer.join(server.url, first.code, { seat: "kiosk", table: "T", tablet: "2" });
    expect(late.state.seats.get(late.seatId).controller).toBe("human");
    expect(FRIENDLY_NAMES).toContain(late.state.seats.get(late.seatId).name);
  }, 30_000);

  it("gives each tablet of a solo table its own game, and prepares the next game once one is over", async () => {
    const one = await current("S", "1");
    const two = await current("S", "2");
    expect(one.code).not.toBe(two.code);
    const visitor = await TestPlayer.join(server.url, one.code, { seat: "kiosk", table: "S", tablet: "1" });
    await visitor.send("ready", { ready: true });
    await until(() => visitor.state.status === "playing");
    while (visitor.state.phase === "play") await visitor.send("play", { card: 0 });
    await visitor.send("done");
    await until(() => visitor.state.status === "finished");
    const next = await current("S", "1");
    expect(next.code).not.toBe(one.code);
    expect(next.status).toBe("lobby");
  });

  it("lets staff with the PIN reset a table or choose its next game, and nobody else", async () => {
    expect((await staff("T", { action: "check", pin: "0000" })).status).toBe(403);
    expect((await staff("T", { action: "check", pin: "1234" })).status).toBe(200);
    expect((await staff("T", { action: "explode", pin: "1234" })).status).toBe(400);
    const before = await current("T", "1");
    const watcher = await TestPlayer.join(server.url, before.code, { seat: "screen" });
    expect((await staff("T", { action: "reset", pin: "1234" })).status).toBe(200);
    await until(() => watcher.state.status === "finished", "old game ended");
    const after = await current("T", "1");
    expect(after.code).not.toBe(before.code);
    expect((await staff("T", { action: "choose", pin: "1234", mode: "solo" })).status).toBe(200);
    expect((await fetch(`${server.url}/api/kiosk/T/screen`)).status).toBe(200);
  });
});

describe("a game ended before it began", () => {
  it("ends from the lobby with a report that says so, for any game", async () => {
    const { createSession } = await import("../support/clients.ts");
    for (const [game, content] of [["coast", "kiosque"], ["evalophobia", "kiosk"], ["tiny", "race"]]) {
      const session = await createSession(server.url, { game, content });
      const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
      expect(await facilitator.send("end")).toEqual({ ack: true });
      const report = await (await fetch(`${server.url}/api/sessions/${session.code}/report?format=json&lang=en`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).json();
      expect(report.report.sections[0].id, game).toBe("not-played");
    }
  });
});
