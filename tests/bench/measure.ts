import { loadavg } from "node:os";
import type { LoadGenerator } from "./load-generator.ts";
import type { BenchOptions } from "./options.ts";
import { ProcessSampler } from "./process-stats.ts";
import type { BenchServer } from "./servers.ts";

/** Commands sent before the window opens, so that it measures a steady state. */
const WARMUP_PERIODS = 2;
const IDLE_SETTLE_MS = 2000;

/** One measuring window, in the keys of the bench's last line. */
export interface Figures {
  clients: number;
  seconds: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  max_ms: number | null;
  bytes_per_client_s: number;
  server_cpu_pct: number;
  /** Server processes, and each one's CPU (% of one core) in the order they started. */
  processes: number;
  process_cpu_pct: number[];
  server_rss_mb: number;
  loop_lag_p99_ms: number;
  errors: number;
  timeouts: number;
}

/** What the window saw besides its figures: for the human report only. */
export interface WindowNotes {
  commands: number;
  rssSamples: number[];
  loadBefore: number[];
  loadAfter: number[];
  loadGeneratorCpuPct: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)], 2);
}

/** Runs the load on the clients already seated (none with --idle) and measures one window. */
export async function measureWindow(server: BenchServer, generator: LoadGenerator, options: BenchOptions): Promise<{ figures: Figures; notes: WindowNotes }> {
  if (options.idle) await sleep(IDLE_SETTLE_MS);
  else {
    generator.start(options.rate);
    await sleep((WARMUP_PERIODS * 1000) / options.rate);
  }
  generator.resetWindow();
  server.resetLag();
  const sampler = new ProcessSampler(server.pids);
  const loadBefore = loadavg();
  const ownCpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  sampler.start();
  await sleep(options.seconds * 1000);
  const { cpuPct, cpuPctByProcess, rssMb } = sampler.stop();
  const elapsed = (performance.now() - startedAt) / 1000;
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const bytes = generator.bytes;
  const lag = await server.readLag();
  await generator.stop();
  const sorted = generator.latencies.sort((a, b) => a - b);
  const clients = generator.clientCount;
  return {
    figures: {
      clients,
      seconds: options.seconds,
      p50_ms: percentile(sorted, 50),
      p95_ms: percentile(sorted, 95),
      p99_ms: percentile(sorted, 99),
      max_ms: sorted.length ? round(sorted.at(-1)!, 2) : null,
      bytes_per_client_s: round(bytes / clients / elapsed),
      server_cpu_pct: round(cpuPct),
      processes: server.pids.length,
      process_cpu_pct: cpuPctByProcess.map((pct) => round(pct)),
      server_rss_mb: round(Math.max(...rssMb)),
      loop_lag_p99_ms: round(lag.p99_ms, 2),
      errors: generator.errors,
      timeouts: generator.timeouts,
    },
    notes: {
      commands: sorted.length,
      rssSamples: rssMb.map((mb) => round(mb)),
      loadBefore: loadBefore.map((l) => round(l, 2)),
      loadAfter: loadavg().map((l) => round(l, 2)),
      loadGeneratorCpuPct: round((100 * (ownCpu.user + ownCpu.system)) / 1e6 / elapsed),
    },
  };
}
