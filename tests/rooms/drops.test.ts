import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { GameDefinition } from "@sgp/shared";
import coast from "../../games/coast/src/index.ts";
import { publicScenario, scenarioSchema } from "../../games/coast/src/content.ts";
import evalophobia from "../../games/evalophobia/src/index.ts";
import { playAsBot } from "../../server/src/bots/network-bot.ts";
import { openStorage } from "../../server/src/persistence/open-storage.ts";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";
import { TcpProxy } from "../support/tcp-proxy.ts";

const DROPS = 110;
/** Set once the test is over: the relays close and nobody comes back. */
let stopping = false;

let server: ServerProcess;

beforeAll(async () => {
  // The SDK narrates each reconnection attempt on console.info: a hundred cuts of noise, and an attempt
  // still under way when the file ends would log after vitest closed the worker's channel (an error).
  vi.spyOn(console, "info").mockImplementation(() => {});
  server = await ServerProcess.start({ BOT_DELAY_MS: "40", COMMANDS_PER_SECOND: "50" });
});

afterAll(async () => {
  await server?.stop();
});

const games = [
  { definition: evalophobia as GameDefinition, content: "default", mode: "group", data: JSON.parse(readFileSync("games/evalophobia/content/default.json", "utf8")), settings: {} },
  { definition: coast as GameDefinition, content: "kiosque", mode: "table", data: publicScenario(scenarioSchema.parse(JSON.parse(readFileSync("games/coast/content/kiosk.json", "utf8")))), settings: { maxPlayers: 4 } },
];

interface Person {
  player: TestPlayer;
  proxy: TcpProxy;
  code: string;
  dropped: number;
  regained: number;
  /** Regained with the seat token, after Colyseus's own reconnection was refused (with these close codes). */
  byToken: number[];
  away: boolean;
}

/** A real TCP cut, no close frame: the SDK sees an abnormal closure and reconnects on its own. */
function cutTcp(person: Person): void {
  person.away = true;
  person.dropped++;
  person.proxy.cut();
}

/**
 * A person's seat played by the bot policy over a real SDK connection through their own relay:
 * Colyseus's reconnection first, then the seat token when it is refused, as the web client does.
 */
function play(person: Person, game: (typeof games)[number]): void {
  const { room } = person.player;
  const settings = game.definition.settings.parse(game.settings);
  Object.assign(room.reconnection, { minUptime: 0, minDelay: 50, maxDelay: 300, maxRetries: 60 });
  room.onReconnect(() => {
    person.regained++;
    person.away = false;
  });
  room.onLeave(async (closeCode) => {
    if (stopping) return;
    person.byToken.push(closeCode);
    person.player = await TestPlayer.join(person.proxy.url, person.code, { seat: "player", seatToken: person.player.welcome.seatToken! });
    person.regained++;
    person.away = false;
    play(person, game);
  });
  void playAsBot(room, { definition: game.definition, content: game.data, settings, seed: `${person.code}-${person.player.seatId}-${person.regained}`, seatId: person.player.seatId, delayMs: 30 });
}

async function startTable(index: number, people: Person[]): Promise<string> {
  const game = games[index % games.length];
  const session = await createSession(server.url, { game: game.definition.id, content: game.content, mode: game.mode, settings: { fillWithBots: true, seats: 4, autoStart: false } });
  const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
  for (const name of ["Ana", "Ben", "Cléo"]) {
    const proxy = await TcpProxy.start(server.port);
    const player = await TestPlayer.join(proxy.url, session.code, { seat: "player", name });
    const person: Person = { player, proxy, code: session.code, dropped: 0, regained: 0, byToken: [], away: false };
    people.push(person);
    play(person, game);
  }
  expect(await host.send("start")).toEqual({ ack: true });
  return session.code;
}

async function status(code: string): Promise<string> {
  return (await (await fetch(`${server.url}/api/sessions/${code}`)).json()).status;
}

describe("random connection drops during bot games", () => {
  it(`regains every seat after ${DROPS} TCP cuts and finishes every game, with every command in the log once`, async () => {
    const people: Person[] = [];
    const codes: string[] = [];
    const playing = () => people.filter((p) => !p.away && p.player.state.status === "playing");
    let drops = 0;
    while (drops < DROPS) {
      if (playing().length < 4) codes.push(await startTable(codes.length, people));
      const candidates = playing();
      if (candidates.length === 0) continue;
      cutTcp(candidates[Math.floor(Math.random() * candidates.length)]);
      drops++;
      await new Promise((r) => setTimeout(r, 40 + Math.random() * 120));
    }
    await until(() => people.every((p) => !p.away), "every seat regained", 30_000);
    for (const code of codes) {
      const deadline = Date.now() + 90_000;
      while ((await status(code)) !== "finished" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    }

    const dropped = people.reduce((sum, p) => sum + p.dropped, 0);
    const regained = people.reduce((sum, p) => sum + p.regained, 0);
    const byToken = people.flatMap((p) => p.byToken);
    console.log(`drops: ${dropped} TCP cuts over ${codes.length} games, ${regained} seats regained (${byToken.length} with the seat token after close codes ${byToken.join(", ")})`);
    expect(dropped).toBeGreaterThanOrEqual(100);
    expect(regained).toBe(dropped);
    const store = await openStorage({ dataDir: server.dataDir });
    for (const code of codes) {
      expect((await store.getSession(code))!.status).toBe("finished");
      const commands = (await store.readLog(code)).flatMap((entry) => (entry.input.type === "command" && entry.input.id !== undefined ? [`${entry.input.seatId}/${entry.input.id}`] : []));
      expect(new Set(commands).size).toBe(commands.length);
    }
    await store.close();
    for (const person of people) expect(person.player.state.seats.get(person.player.seatId).controller).toBe("human");
    stopping = true;
    await Promise.all(people.map((person) => person.proxy.close()));
  }, 240_000);
});

describe("SIGKILL during writes", () => {
  it("keeps every acknowledged input: each one is in the log after the restart", async () => {
    const session = await createSession(server.url, { game: "tiny", settings: { playSeconds: 3600 } });
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const writers = [host, await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" }), await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" })];
    const acked = new Set<string>();
    let sent = 0;
    for (const writer of writers) writer.room.onMessage("ack", ({ id }: { id: string }) => acked.add(id));
    // each writer keeps commands in flight without waiting for answers, until the process dies under them
    const flood = setInterval(() => {
      for (const [index, writer] of writers.entries()) {
        const id = `w${index}-${sent++}`;
        const command = index === 0 ? { id, kind: "note", payload: { text: id } } : { id, kind: "profile", payload: { name: id.slice(0, 24) } };
        writer.room.send("cmd", command);
      }
    }, 25);
    await until(() => acked.size >= 60, "some acknowledged writes", 20_000);
    for (const writer of writers) writer.room.reconnection.enabled = false;
    await server.stop("SIGKILL");
    clearInterval(flood);
    await server.start();

    const store = await openStorage({ dataDir: server.dataDir });
    const logged = new Set((await store.readLog(session.code)).flatMap((entry) => (entry.input.type === "command" && typeof entry.input.id === "string" ? [entry.input.id] : [])));
    await store.close();
    const missing = [...acked].filter((id) => !logged.has(id));
    console.log(`SIGKILL during writes: ${sent} sent, ${acked.size} acknowledged, ${logged.size} logged, ${missing.length} acknowledged but missing`);
    expect(missing).toEqual([]);
    const state = await (await fetch(`${server.url}/api/sessions/${session.code}/state`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).json();
    expect(state.alarms).toEqual([]);
  }, 60_000);
});
