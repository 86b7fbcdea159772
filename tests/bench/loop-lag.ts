/**
 * Preloaded into a benchmarked server (`--import`): measures its event-loop delay and answers
 * the bench over the IPC channel ("lag:reset" starts a window, "lag:read" reports it).
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();

export interface LagReport {
  p99_ms: number;
  mean_ms: number;
  max_ms: number;
  /** process.memoryUsage() in MB, to tell the JavaScript heap from what grows outside it. */
  memory_mb: Record<keyof NodeJS.MemoryUsage, number>;
}

const megabytes = (usage: NodeJS.MemoryUsage) =>
  Object.fromEntries(Object.entries(usage).map(([key, bytes]) => [key, Math.round(bytes / 104857.6) / 10])) as LagReport["memory_mb"];

process.on("message", (message) => {
  if (message === "lag:reset") histogram.reset();
  if (message === "lag:read") {
    const report: LagReport = { p99_ms: histogram.percentile(99) / 1e6, mean_ms: histogram.mean / 1e6, max_ms: histogram.max / 1e6, memory_mb: megabytes(process.memoryUsage()) };
    process.send?.({ lag: report });
  }
});
process.channel?.unref();
