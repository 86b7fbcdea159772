import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { freePort, ServerProcess } from "../support/server-process.ts";
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
  url: string;
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
    const timeout = setTimeout(() => fail(new Error("the server did not report its event-loop lag")), 5000);
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
  const server = new ServerProcess(await freePort(), { BOT_DELAY_MS: "900", RECONNECT_SECONDS: "60" }, undefined, {
    entry: ENTRY[target],
    nodeArgs,
    prefix,
    ipc: true,
  });
  await server.start();
  return {
    url: server.url,
    pids: [server.process!.pid!],
    resetLag: () => server.process!.send("lag:reset"),
    readLag: () => readLag(server),
    stop: () => server.stop(),
  };
}
