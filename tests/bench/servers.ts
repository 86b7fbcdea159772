import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort, ServerProcess } from "../support/server-process.ts";
import { TEST_REDIS_URL } from "../cluster/cluster.ts";
import type { LagReport } from "./loop-lag.ts";
import type { BenchOptions } from "./options.ts";

/** What the bench measures: the project's server, or the bare framework's baseline room. */
export type BenchTarget = "project" | "baseline";

const ENTRY: Record<BenchTarget, string> = {
  project: "server/src/main.ts",
  baseline: "tests/bench/baseline-server.ts",
};
const SERVER_CORE = "0";
const LOAD_CORE = "1";

export interface BenchServer {
  /** Each server process's address (one but with --processes). */
  urls: string[];
  /** Every server process, for CPU and memory sampling. */
  pids: number[];
  resetLag(): void;
  readLag(): Promise<LagReport>;
  stop(): Promise<void>;
}

let tasksetPresent: boolean | undefined;
export function hasTaskset(): boolean {
  if (tasksetPresent === undefined) {
    try {
      execFileSync("taskset", ["-V"], { stdio: "ignore" });
      tasksetPresent = true;
    } catch {
      tasksetPresent = false;
    }
  }
  return tasksetPresent;
}

/** The load generator (this process, all its threads) keeps to the core the server does not use. */
export function pinLoadGenerator(): boolean {
  if (!hasTaskset()) return false;
  execFileSync("taskset", ["-a", "-p", "-c", LOAD_CORE, String(process.pid)], { stdio: "ignore" });
  return true;
}

function readLag(server: ServerProcess): Promise<LagReport> {
  const child = server.process!;
  return new Promise((done, fail) => {
    const timeout = setTimeout(() => fail(new Error("the server did not report its event-loop lag")), 30_000);
    const listen = (message: { lag?: LagReport }) => {
      if (!message.lag) return;
      clearTimeout(timeout);
      child.off("message", listen);
      done(message.lag);
    };
    child.on("message", listen);
    child.send("lag:read");
  });
}

/** Starts the server under test in its own process, pinned to its core with --pin. */
export async function startBenchServer(target: BenchTarget, options: BenchOptions): Promise<BenchServer> {
  const nodeArgs = ["--import", "./tests/bench/loop-lag.ts"];
  if (options.profile) {
    const dir = resolve(options.profile, target);
    mkdirSync(dir, { recursive: true });
    nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${dir}`);
  }
  const prefix = options.pin && hasTaskset() ? ["taskset", "-c", SERVER_CORE] : [];
  const launch = { entry: ENTRY[target], nodeArgs, prefix, ipc: true };
  // Every bench session is created from this one address: lift the per-address creation limit.
  const env = { BOT_DELAY_MS: "900", RECONNECT_SECONDS: "60", LIMIT_SESSIONS_CREATED: "1000000", ...(options.processes > 1 ? clusterEnv() : {}) };
  const dataDir = mkdtempSync(join(tmpdir(), "sgp-bench-"));
  const servers = await Promise.all(Array.from({ length: options.processes }, async () => new ServerProcess(await freePort(), env, dataDir, launch)));
  for (const server of servers) await server.start();
  return {
    urls: servers.map((server) => server.url),
    pids: servers.map((server) => server.process!.pid!),
    resetLag: () => servers.forEach((server) => server.process!.send("lag:reset")),
    readLag: async () => worstLag(await Promise.all(servers.map(readLag))),
    stop: async () => void (await Promise.all(servers.map((server) => server.stop()))),
  };
}

/** Several processes share one Redis and one database: REDIS_URL and DATABASE_URL when set, else the test Redis and one SQLite file on this disk. */
function clusterEnv(): Record<string, string> {
  return {
    REDIS_URL: process.env.REDIS_URL ?? TEST_REDIS_URL,
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  };
}

function worstLag(reports: LagReport[]): LagReport {
  return reports.reduce((worst, report) => (report.p99_ms > worst.p99_ms ? report : worst));
}
