/**
 * Load benchmark (not part of npm test): N sessions of Evalophobia played at once by network
 * bots over real WebSockets on 127.0.0.1, timing every command from send to ack (the patch is
 * sent before the ack). Usage: npm run bench -- [--sessions 20] [--players 5]
 */
import { parseArgs } from "node:util";
import { Client, type Room } from "@colyseus/sdk";
import { MESSAGE } from "@sgp/shared";
import evalophobia from "../../games/evalophobia/src/index.ts";
import { playAsBot } from "../../server/src/bots/network-bot.ts";
import { createSession } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";
import { readFileSync } from "node:fs";

const { values } = parseArgs({ options: { sessions: { type: "string", default: "20" }, players: { type: "string", default: "5" } } });
const sessionCount = Number(values.sessions);
const players = Number(values.players);
const deck = JSON.parse(readFileSync("games/evalophobia/content/default.json", "utf8"));
const settings = evalophobia.settings.parse({});

/** Times each command: the bot's send is wrapped, its ack closes the measure. */
function timed(room: Room, latencies: number[]): void {
  const sentAt = new Map<number, number>();
  const send = room.send.bind(room);
  room.send = ((type: string, message: { id: number }) => {
    if (type === MESSAGE.command) sentAt.set(message.id, performance.now());
    return send(type as never, message as never);
  }) as typeof room.send;
  room.onMessage(MESSAGE.ack, ({ id }: { id: number }) => {
    const start = sentAt.get(id);
    if (start !== undefined) latencies.push(performance.now() - start);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const server = await ServerProcess.start({ BOT_DELAY_MS: "0" });
try {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: sessionCount }, async (_, s) => {
      const session = await createSession(server.url, { game: "evalophobia", mode: "group", settings: { autoStart: false } });
      const games: Promise<void>[] = [];
      for (let p = 0; p < players; p++) {
        const room = await new Client(server.url).joinById(session.code, { seat: "player", name: `Bot ${p + 1}` });
        timed(room, latencies);
        games.push(playAsBot(room, { definition: evalophobia, content: deck, settings, seed: `${s}:${p}` }));
      }
      const host = await new Client(server.url).joinById(session.code, { seat: "facilitator", token: session.facilitatorToken });
      host.onMessage("*", () => undefined);
      host.send(MESSAGE.command, { id: 1, kind: "start", payload: {} });
      await Promise.all(games);
      await Promise.all([host.leave()]);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`${sessionCount} sessions x ${players} players, ${latencies.length} commands in ${seconds.toFixed(1)} s (${(latencies.length / seconds).toFixed(0)} commands/s)`);
  console.log(`send -> ack: p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`);
} finally {
  await server.stop();
}
process.exit(0);
