/**
 * Load benchmark (not part of npm test): sessions of a game held in one phase, each client sending
 * commands that are always legal at a fixed rate over real WebSockets on 127.0.0.1, timed from
 * send to the sender's own state showing the change. `--baseline` runs the same load against a
 * minimal Colyseus room in the same run. See docs/performance.md.
 */
import { LoadGenerator } from "./load-generator.ts";
import { measureWindow, type Figures, type WindowNotes } from "./measure.ts";
import { parseBenchOptions, type BenchOptions } from "./options.ts";
import { hasTaskset, pinLoadGenerator, startBenchServer, type BenchServer, type BenchTarget } from "./servers.ts";
import { seatTableFor, seatTables, type SeatTable } from "./tables.ts";

const CEILING_STEP = 1000;
const CEILING_MAX = 10_000;
const CEILING_P99_MS = 150;

interface TargetResult {
  figures: Figures;
  ceiling?: number;
}

function report(target: BenchTarget, figures: Figures, notes: WindowNotes): void {
  const latency = figures.p50_ms === null ? "no command" : `p50 ${figures.p50_ms} / p95 ${figures.p95_ms} / p99 ${figures.p99_ms} / max ${figures.max_ms} ms`;
  console.log(
    `${target}: ${figures.clients} clients, ${notes.commands} commands in ${figures.seconds} s; ${latency}; ` +
      `${figures.bytes_per_client_s} B/client/s; server CPU ${figures.server_cpu_pct}%${figures.processes > 1 ? ` (${figures.process_cpu_pct.join("% + ")}%)` : ""}, RSS ${figures.server_rss_mb} MB, ` +
      `loop lag p99 ${figures.loop_lag_p99_ms} ms; ${figures.errors} errors, ${figures.timeouts} timeouts`,
  );
  console.log(
    `  load generator CPU ${notes.loadGeneratorCpuPct}%; machine load average ${notes.loadBefore.join(" ")} before, ${notes.loadAfter.join(" ")} after; ` +
      `RSS samples (MB): ${notes.rssSamples.join(" ")}`,
  );
}

/** Raises the client count step by step on one server until p99 passes the bar; the last count under it is the ceiling. */
async function climb(target: BenchTarget, server: BenchServer, seat: SeatTable, generator: LoadGenerator, options: BenchOptions): Promise<TargetResult> {
  let under: Figures | undefined;
  let last: Figures | undefined;
  for (let clients = CEILING_STEP; clients <= CEILING_MAX; clients += CEILING_STEP) {
    const tables = Math.ceil(clients / options.players) - generator.clientCount / options.players;
    await seatTables(server.urls, seat, tables, options.players, generator);
    const { figures, notes } = await measureWindow(server, generator, options);
    report(target, figures, notes);
    last = figures;
    if (figures.p99_ms === null || figures.p99_ms > CEILING_P99_MS) break;
    under = figures;
  }
  return { figures: under ?? last!, ceiling: under?.clients ?? 0 };
}

/** Starts a server for the target, seats the tables and measures. */
async function run(target: BenchTarget, options: BenchOptions): Promise<TargetResult> {
  const server = await startBenchServer(target, options);
  const generator = new LoadGenerator();
  try {
    const seat = seatTableFor(target, options.game, options.mode);
    if (options.ceiling) return await climb(target, server, seat, generator, options);
    await seatTables(server.urls, seat, options.sessions, options.players, generator);
    const { figures, notes } = await measureWindow(server, generator, options);
    report(target, figures, notes);
    return { figures };
  } finally {
    await generator.close();
    await server.stop();
  }
}

const ratio = (project: number | null, baseline: number | null) => (project === null || !baseline ? null : Math.round((100 * project) / baseline) / 100);

function summary(options: BenchOptions, project: TargetResult, baseline?: TargetResult): Record<string, unknown> {
  const keys = (result: TargetResult, game = options.game, mode = options.mode) => ({
    game,
    mode,
    sessions: result.figures.clients / options.players,
    players: options.players,
    ...result.figures,
    ...(options.ceiling ? { ceiling_clients: result.ceiling } : {}),
  });
  if (!baseline) return keys(project);
  return {
    ...keys(project),
    baseline: keys(baseline, "baseline", "colyseus"),
    ratio: { p99: ratio(project.figures.p99_ms, baseline.figures.p99_ms), cpu: ratio(project.figures.server_cpu_pct, baseline.figures.server_cpu_pct) },
  };
}

const options = parseBenchOptions(process.argv.slice(2));
if (options.pin && !pinLoadGenerator()) console.log("taskset is not installed: the server and the load generator share the cores");
if (options.pin && hasTaskset()) console.log("pinned: server on core 0, load generator on core 1");
seatTableFor("project", options.game, options.mode);
const project = await run("project", options);
const baseline = options.baseline ? await run("baseline", options) : undefined;
const failed = [project, baseline].some((result) => result && result.figures.errors + result.figures.timeouts > 0);
if (failed) console.log("errors or timeouts: this run measured a load that did not work");
console.log(JSON.stringify(summary(options, project, baseline)));
process.exit(failed ? 1 : 0);
