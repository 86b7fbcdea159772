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
}

process.on("message", (message) => {
  if (message === "lag:reset") histogram.reset();
  if (message === "lag:read") {
    const report: LagReport = { p99_ms: histogram.percentile(99) / 1e6, mean_ms: histogram.mean / 1e6, max_ms: histogram.max / 1e6 };
    process.send?.({ lag: report });
  }
});
process.channel?.unref();
