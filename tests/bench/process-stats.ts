import { readFileSync } from "node:fs";

/** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ, fixed for user space). */
const TICKS_PER_SECOND = 100;

/** User plus system CPU seconds a process has used so far, all its threads included. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces; the fields after it are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export function rssMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : 0;
}

/**
 * Samples the servers' CPU and memory once a second over a measuring window: CPU as a share of
 * one core over the window (in all and per process), RSS summed over the processes at each sample.
 */
export class ProcessSampler {
  readonly rssSamples: number[] = [];
  private cpuAtStart: number[] = [];
  private startedAt = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: number[]) {}

  start(): void {
    this.cpuAtStart = this.pids.map(cpuSeconds);
    this.startedAt = performance.now();
    this.rssSamples.length = 0;
    this.timer = setInterval(() => this.rssSamples.push(this.totalRss()), 1000);
  }

  /** CPU % of one core since start, in all and for each process, and the RSS samples taken. */
  stop(): { cpuPct: number; cpuPctByProcess: number[]; rssMb: number[] } {
    clearInterval(this.timer);
    this.rssSamples.push(this.totalRss());
    const elapsed = (performance.now() - this.startedAt) / 1000;
    const cpuPctByProcess = this.pids.map((pid, i) => (100 * (cpuSeconds(pid) - this.cpuAtStart[i])) / elapsed);
    return { cpuPct: cpuPctByProcess.reduce((sum, pct) => sum + pct, 0), cpuPctByProcess, rssMb: [...this.rssSamples] };
  }

  private totalRss(): number {
    return this.pids.reduce((sum, pid) => sum + rssMegabytes(pid), 0);
  }
}
