import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_COMMAND_BYTES, platformCommandSchemas, type GameDefinition } from "@sgp/shared";
import coast from "../../games/coast/src/index.ts";
import { publicScenario, scenarioSchema } from "../../games/coast/src/content.ts";
import evalophobia from "../../games/evalophobia/src/index.ts";
import { playAsBot } from "../../server/src/bots/network-bot.ts";
import { openStorage } from "../../server/src/persistence/open-storage.ts";
import { replay, stateHash } from "../../server/src/sessions/replay.ts";
import { createSession, TestPlayer, until, type Answer } from "../support/clients.ts";
import { sendRawCommand } from "../support/raw-frames.ts";
import { ServerProcess } from "../support/server-process.ts";

/** Generated hostile commands per game while it is played, then after its end. */
const DURING = 5_000;
const AFTER = 300;

let server: ServerProcess;
let sent = 0;
const codes = new Map<string, number>();

beforeAll(async () => {
  // Volume is the point here: the flood guard is tested elsewhere with its default.
  server = await ServerProcess.start({ COMMANDS_PER_SECOND: "10000", BOT_DELAY_MS: "5" });
});

afterAll(async () => {
  await server?.stop();
  console.log(`hostile suite: ${sent} generated commands, answers ${JSON.stringify(Object.fromEntries(codes))}`);
});

const games = [
  { definition: evalophobia as GameDefinition, content: "default", mode: "group", data: JSON.parse(readFileSync("games/evalophobia/content/default.json", "utf8")) },
  { definition: coast as GameDefinition, content: "kiosque", mode: "table", data: publicScenario(scenarioSchema.parse(JSON.parse(readFileSync("games/coast/content/kiosk.json", "utf8")))) },
];

const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineSetter__", "propertyIsEnumerable"];
const everyKind = [...new Set([...Object.keys(platformCommandSchemas), ...games.flatMap((g) => Object.keys(g.definition.commands))])];
const seats = fc.constantFrom("p1", "p2", "p3", "p4", "p5", "p9", "facilitator", "__proto__");
const poison = fc.constantFrom<unknown>(new Date(), 2n ** 63n, -3n, Number.NaN, Number.POSITIVE_INFINITY, new Uint8Array([1, 2]), undefined);
// BigInts come from `poison` only: msgpack cannot carry those past 64 bits at all.
const anything = fc.anything({ withDate: true, withTypedArray: true, withNullPrototype: true, withSet: true, maxDepth: 3, key: fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_NAMES)) });
/** Fields shaped like the real ones (ids, seats, amounts), a few at a time, to get past the first checks. */
const fields: Record<string, fc.Arbitrary<unknown>> = {
  seat: seats, card: fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), cards: fc.array(fc.string({ maxLength: 8 }), { maxLength: 14 }),
  reason: fc.string({ maxLength: 10 }), lever: fc.string({ maxLength: 10 }), blocker: fc.string({ maxLength: 10 }), role: fc.string({ maxLength: 10 }),
  zone: fc.string({ maxLength: 10 }), action: fc.string({ maxLength: 10 }), project: fc.string({ maxLength: 10 }), event: fc.string({ maxLength: 10 }),
  amount: fc.oneof(fc.integer(), fc.double()), seconds: fc.integer({ min: -100, max: 5000 }), ready: fc.boolean(), accept: fc.boolean(),
  text: fc.string({ maxLength: 40 }), name: fc.string({ maxLength: 40 }), proposal: fc.string({ maxLength: 14 }), metres: fc.double(),
  reaction: fc.string({ maxLength: 10 }), comment: fc.string({ maxLength: 40 }), how: fc.string({ maxLength: 40 }),
};
const plausible = fc
  .uniqueArray(fc.constantFrom(...Object.keys(fields)), { maxLength: 3 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, fields[key]]))));

type Hostile = { via: "sdk" | "frame"; kind: unknown; payload: unknown; extra?: Record<string, unknown> };

const hostile: fc.Arbitrary<Hostile> = fc.record({
  via: fc.constantFrom<Hostile["via"]>("sdk", "frame"),
  kind: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...everyKind) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 70 }), anything) },
  ),
  payload: fc.oneof(
    { weight: 8, arbitrary: plausible },
    { weight: 2, arbitrary: anything },
    { weight: 1, arbitrary: poison },
    { weight: 1, arbitrary: plausible.chain((p) => poison.map((bad) => ({ ...p, text: bad }))) },
    { weight: 1, arbitrary: fc.integer({ min: MAX_COMMAND_BYTES, max: 40_000 }).map((size) => ({ text: "x".repeat(size) })) },
  ),
  extra: fc.oneof(
    { weight: 7, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("sneaky", "__proto__", "seatId", "host"), anything, { minKeys: 1 }) },
  ),
});

let nextId = 0;

/** Sends one hostile command and checks it is refused with a real error code. */
async function sendHostile(mallory: TestPlayer, command: Hostile): Promise<void> {
  const id = `hostile-${nextId++}`;
  const message = { id, kind: command.kind, payload: command.payload, ...command.extra };
  let answer: Answer;
  try {
    answer = command.via === "sdk" ? await mallory.raw("cmd", message, id) : await mallory.frame(message, id);
  } catch (error) {
    if (error instanceof Error && /pack|serialize|Converting/i.test(error.message)) return; // the client could not even encode it
    throw error;
  }
  sent++;
  expect(answer.ack, JSON.stringify(message, (_k, v) => (typeof v === "bigint" ? `${v}n` : v))?.slice(0, 200)).toBe(false);
  if (answer.ack) return;
  expect(answer.error.code).not.toBe("internal");
  codes.set(answer.error.code, (codes.get(answer.error.code) ?? 0) + 1);
}

describe("a hostile player during whole games of both games", () => {
  for (const game of games) {
    it(`refuses ${DURING + AFTER} generated commands in ${game.definition.id}, changes nothing, and the honest game finishes`, async () => {
      const session = await createSession(server.url, { game: game.definition.id, content: game.content, mode: game.mode, settings: { fillWithBots: true, seats: 4, autoStart: false } });
      const honest = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Honest" });
      const mallory = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Mallory" });
      const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
      const settings = game.definition.settings.parse(game.definition.id === "coast" ? { maxPlayers: 4 } : {});
      const honestGame = playAsBot(honest.room, { definition: game.definition, content: game.data, settings, seed: "honest", seatId: honest.seatId, delayMs: 10 });
      expect(await host.send("start")).toEqual({ ack: true });
      // Mallory's seat is played by a bot: whatever she sends, valid or not, must be refused.
      expect(await host.send("seat.bot", { seat: mallory.seatId })).toEqual({ ack: true });

      await fc.assert(fc.asyncProperty(hostile, (command) => sendHostile(mallory, command)), { numRuns: DURING });
      await honestGame;
      await until(() => host.state.status === "finished", "the honest game finished", 60_000);
      await fc.assert(fc.asyncProperty(hostile, (command) => sendHostile(mallory, command)), { numRuns: AFTER });

      // nothing Mallory sent is in the log, and the log replays to the live state
      const live = await (await fetch(`${server.url}/api/sessions/${session.code}/state`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).json();
      expect(live.alarms).toEqual([]);
      const store = await openStorage({ dataDir: server.dataDir });
      const row = (await store.getSession(session.code))!;
      const log = await store.readLog(session.code);
      await store.close();
      expect(log.filter((entry) => entry.input.type === "command" && String(entry.input.id ?? "").startsWith("hostile-"))).toEqual([]);
      expect(log.filter((entry) => entry.input.type === "command" && entry.input.seatId === mallory.seatId && entry.input.by === "human")).toEqual([]);
      expect(stateHash(replay(game.definition, row, log).session.state)).toBe(live.hash);
      expect(honest.state.status).toBe("finished");
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      expect(server.output).not.toMatch(/uncaught/i);
    }, 300_000);
  }

  it("closes the connection of a frame that is not even msgpack the server can read, and nobody else notices", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const honest = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Honest" });
    const mallory = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Mallory" });
    const closed = new Promise<number>((resolve) => mallory.room.onLeave((code) => resolve(code)));
    mallory.room.reconnection.enabled = false;
    // a map whose key is itself a map: msgpack allows it, the server's decoder refuses it
    sendRawCommand(mallory.room, Uint8Array.from([0x81, 0x81, 0xa1, 0x61, 0x01, 0x02]));
    expect(await closed).toBeGreaterThanOrEqual(4000);
    expect(await honest.send("ready", { ready: true })).toEqual({ ack: true });
  });

  it("sent at least 10,000 generated commands", () => {
    expect(sent).toBeGreaterThanOrEqual(10_000);
  });
});
