import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { openStorage } from "../../server/src/persistence/open-storage.ts";
import { createSession, startedTinyGame, TestPlayer, until } from "../support/clients.ts";
import { sendRawCommand } from "../support/raw-frames.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start({ COMMANDS_PER_SECOND: "1000" });
});

afterAll(async () => {
  await server?.stop();
});

interface Integrity {
  seq: number;
  hash: string;
  status: string;
  phase: string;
  alarms: unknown[];
}

async function integrity(code: string, token: string): Promise<Integrity> {
  await fetch(`${server.url}/api/sessions/${code}`); // reopens a finished session's room after a restart
  const response = await fetch(`${server.url}/api/sessions/${code}/state`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json();
}

/** Sends a raw frame with a chosen id and waits for the error that names it. */
async function rawAnswer(player: TestPlayer, id: string, body: unknown | Uint8Array): Promise<string> {
  const before = player.errors.length;
  sendRawCommand(player.room, body);
  await until(() => player.errors.slice(before).some((e) => e.id === id || e.id === null), `answer to ${id}`);
  return player.errors.slice(before).find((e) => e.id === id || e.id === null)!.code;
}

describe("one canonical form", () => {
  it("refuses Date, BigInt, binary, undefined and non-finite values with protocol.bad_message, and changes nothing", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" });
    const before = await integrity(session.code, session.facilitatorToken);
    const poisoned: [string, unknown][] = [
      ["date-payload", { id: "date-payload", kind: "start", payload: new Date() }],
      ["date-deep", { id: "date-deep", kind: "note", payload: { text: new Date() } }],
      ["bigint-payload", { id: "bigint-payload", kind: "extend", payload: { seconds: 2n ** 63n - 1n } }],
      ["binary", { id: "binary", kind: "start", payload: new Uint8Array([1, 2, 3]) }],
      ["nan", { id: "nan", kind: "extend", payload: { seconds: Number.NaN } }],
      ["infinity", { id: "infinity", kind: "extend", payload: { seconds: Number.POSITIVE_INFINITY } }],
      ["small-bigint", { id: "small-bigint", kind: "extend", payload: { seconds: 30n } }],
      ["undefined", { id: "undefined", kind: "start", payload: { x: undefined } }],
      // hand-written msgpack: {id: "ts", kind: "start", payload: <timestamp 32 extension>}
      ["ts", Uint8Array.from([0x83, 0xa2, 0x69, 0x64, 0xa2, 0x74, 0x73, 0xa4, 0x6b, 0x69, 0x6e, 0x64, 0xa5, 0x73, 0x74, 0x61, 0x72, 0x74,
        0xa7, 0x70, 0x61, 0x79, 0x6c, 0x6f, 0x61, 0x64, 0xd6, 0xff, 0, 0, 0, 0])],
    ];
    for (const [id, body] of poisoned) expect(await rawAnswer(host, id, body), id).toBe("protocol.bad_message");
    // A BigInt id is answered too (with a null id), where it used to make the size check throw.
    expect(await rawAnswer(host, "none", { id: 2n ** 63n, kind: "start", payload: {} })).toBe("protocol.bad_message");
    expect(await integrity(session.code, session.facilitatorToken)).toEqual(before);
    expect(host.state.status).toBe("lobby");
    expect(server.output).not.toMatch(/uncaught|BigInt/i);
  });

  it("a start carrying a Date is refused, so a SIGKILL cannot bring the session back different", async () => {
    const session = await createSession(server.url, { game: "tiny" });
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
    await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" });
    expect(await rawAnswer(host, "d", { id: "d", kind: "start", payload: new Date() })).toBe("protocol.bad_message");
    expect(await host.send("start")).toEqual({ ack: true });
    const before = await integrity(session.code, session.facilitatorToken);
    await server.stop("SIGKILL");
    await server.start();
    expect(await integrity(session.code, session.facilitatorToken)).toEqual({ ...before, alarms: [], process: expect.any(String) });
    expect(before.status).toBe("playing");
  }, 60_000);
});

describe("names from clients are own properties only", () => {
  it("answers command.unknown to prototype names, for players and the facilitator", async () => {
    const { session, ada } = await startedTinyGame(server.url);
    const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    for (const kind of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "isPrototypeOf"]) {
      for (const player of [ada, host]) {
        const answer = await player.send(kind, {});
        expect(answer.ack ? "ack" : answer.error.code, `${kind}`).toBe("command.unknown");
      }
    }
    // a payload whose only key is __proto__ (a msgpack map) is an unknown key, not a prototype
    expect(await rawAnswer(ada, "proto-key", { id: "proto-key", kind: "play", payload: JSON.parse('{"__proto__": {"card": 1}}') })).toBe("command.bad_payload");
  });
});

describe("a replay that refuses what the live room accepted", () => {
  it("raises an alarm: logged, and shown by /state", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    const mover = ada.state.turn === ada.seatId ? ada : bob;
    expect(await mover.send("play", { card: 0 })).toEqual({ ack: true });
    await server.stop();
    const store = await openStorage({ dataDir: server.dataDir });
    const log = await store.readLog(session.code);
    // an entry the rules refuse on replay, as a log from a bad version would hold
    await store.commit([{ type: "log", code: session.code, entry: { seq: log.at(-1)!.seq + 1, input: { type: "command", seatId: mover.seatId, host: false, kind: "play", payload: { card: 42 } }, at: Date.now() } }]);
    await store.close();
    await server.start();
    const state = await integrity(session.code, session.facilitatorToken);
    expect(state.alarms).toEqual([{ seq: log.at(-1)!.seq + 1, type: "command", code: "command.bad_payload" }]);
    expect(server.output).toMatch(/ALARM replay of \w+: entry \d+ \(command\)/);
  }, 60_000);
});

/** A command as a generated test sends it: honest or hostile, from a player or the facilitator. */
type Step = { actor: "ada" | "bob" | "host"; kind: string; payload: unknown; poisoned: boolean };

// What msgpack can carry and JSON cannot (a Set or a Map arrives as a plain array or object).
const poison = fc.constantFrom<unknown>(new Date(0), 2n ** 63n, 30n, Number.NaN, Number.NEGATIVE_INFINITY, new Uint8Array([7]), undefined);
const kinds = fc.constantFrom("play", "done", "ready", "start", "pause", "resume", "extend", "skip", "note", "rename", "profile", "end", "bot.add", "__proto__");
const cleanPayload = fc.oneof(
  fc.record({ card: fc.integer({ min: -2, max: 12 }) }),
  fc.record({ ready: fc.boolean() }),
  fc.record({ seconds: fc.integer({ min: 0, max: 4000 }) }),
  fc.record({ text: fc.string({ maxLength: 20 }) }),
  fc.record({ seat: fc.constantFrom("p1", "p2", "p9"), name: fc.string({ maxLength: 30 }) }),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);
const payload = fc.oneof(
  { weight: 4, arbitrary: cleanPayload.map((value) => ({ value, poisoned: false })) },
  { weight: 1, arbitrary: poison.map((value) => ({ value, poisoned: true })) },
  { weight: 1, arbitrary: poison.map((value) => ({ value: { card: value }, poisoned: true })) },
);
const step: fc.Arbitrary<Step> = fc
  .record({ actor: fc.constantFrom<Step["actor"]>("ada", "bob", "host"), kind: kinds, payload })
  .map(({ actor, kind, payload: { value, poisoned } }) => ({ actor, kind, payload: value, poisoned }));

let nextStep = 0;

describe("random valid and invalid commands, then SIGKILL", () => {
  it("comes back with the same log length and state hash, and no alarm, every time", async () => {
    let restarts = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        const session = await createSession(server.url, { game: "tiny", settings: { playSeconds: 3600 } });
        const players = {
          ada: await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" }),
          bob: await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" }),
          host: await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken }),
        };
        for (const { actor, kind, payload, poisoned } of steps) {
          const id = `step-${nextStep++}`;
          const answer = await players[actor].raw("cmd", { id, kind, payload }, id);
          if (poisoned) expect(answer.ack ? "ack" : answer.error.code).toBe("protocol.bad_message");
        }
        const before = await integrity(session.code, session.facilitatorToken);
        for (const player of Object.values(players)) player.room.reconnection.enabled = false;
        await server.stop("SIGKILL");
        await server.start();
        restarts++;
        expect(await integrity(session.code, session.facilitatorToken)).toEqual({ ...before, alarms: [], process: expect.any(String) });
      }),
      { numRuns: 20 },
    );
    expect(restarts).toBe(20);
  }, 240_000);
});
