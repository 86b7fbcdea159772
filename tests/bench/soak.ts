/**
 * Soak (not part of npm test or CI): the bench's load at its target, 2,000 clients (400 tables of
 * 5), held for ten minutes on one server, with one measuring window a minute. Each minute prints
 * p99, RSS, the JavaScript heap and what lives outside it, and the event loop's worst stall, so
 * that growth or stalls show when they start. `npm run soak -- [--minutes 10] [bench flags]`.
 */
import { LoadGenerator } from "./load-generator.ts";
import { measureWindow } from "./measure.ts";
import { parseBenchOptions } from "./options.ts";
import { startBenchServer } from "./servers.ts";
import { seatTableFor, seatTables } from "./tables.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--minutes");
const minutes = at < 0 ? 10 : Number(args[at + 1]);
if (!Number.isInteger(minutes) || minutes <= 0) throw new Error(`--minutes must be a positive integer, not "${args[at + 1]}"`);
const benchArgs = at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
const options = parseBenchOptions(["--sessions", "400", "--players", "5", "--seconds", "60", ...benchArgs]);

const server = await startBenchServer("project", options);
const generator = new LoadGenerator();
const rows: Record<string, number | null>[] = [];
let failed = false;
try {
  await seatTables(server.urls, seatTableFor("project", options.game, options.mode), options.sessions, options.players, generator);
  console.log(`soak: ${generator.clientCount} clients, ${options.rate} command/s each, ${minutes} windows of ${options.seconds} s`);
  for (let minute = 1; minute <= minutes; minute++) {
    const { figures } = await measureWindow(server, generator, options);
    const { max_ms, memory_mb } = await server.readLag();
    const row = {
      minute, clients: figures.clients, p99_ms: figures.p99_ms, max_ms: figures.max_ms, rss_mb: figures.server_rss_mb,
      heap_used_mb: memory_mb.heapUsed, heap_total_mb: memory_mb.heapTotal, external_mb: memory_mb.external, array_buffers_mb: memory_mb.arrayBuffers,
      loop_lag_p99_ms: figures.loop_lag_p99_ms, loop_stall_max_ms: Math.round(max_ms), cpu_pct: figures.server_cpu_pct, errors: figures.errors, timeouts: figures.timeouts,
    };
    rows.push(row);
    failed ||= figures.errors + figures.timeouts > 0;
    console.log(Object.entries(row).map(([key, value]) => `${key} ${value}`).join(", "));
  }
} finally {
  await generator.close();
  await server.stop();
}
console.log(JSON.stringify({ game: options.game, mode: options.mode, clients: rows[0]?.clients, minutes: rows }));
process.exit(failed ? 1 : 0);
