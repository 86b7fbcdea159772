import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** GET that also accepts the self-signed certificates of HTTPS tests. */
export function getStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith("https") ? httpsGet : httpGet)(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
  });
}

/** How to start the server: which entry, with which node flags, behind which command (taskset). */
export interface Launch {
  entry: string;
  nodeArgs: string[];
  /** A command the node process runs under, such as `taskset -c 0`. */
  prefix: string[];
  /** Opens an IPC channel to the child (`process.send`). */
  ipc: boolean;
}

const PLATFORM: Launch = { entry: "server/src/main.ts", nodeArgs: [], prefix: [], ipc: false };

/**
 * The real server in a child process on 127.0.0.1, with the test-only game, so that tests can
 * stop it (gently or with SIGKILL) and start it again on the same data.
 */
export class ServerProcess {
  private child?: ChildProcess;
  readonly dataDir: string;
  output = "";

  constructor(
    readonly port: number,
    private readonly env: Record<string, string> = {},
    dataDir?: string,
    private readonly launch: Launch = PLATFORM,
  ) {
    this.dataDir = dataDir ?? mkdtempSync(join(tmpdir(), "sgp-test-"));
  }

  static async start(env: Record<string, string> = {}): Promise<ServerProcess> {
    const server = new ServerProcess(await freePort(), env);
    await server.start();
    return server;
  }

  /** The running child, for its pid and its IPC channel. */
  get process(): ChildProcess | undefined {
    return this.child;
  }

  get url(): string {
    return `${this.env.TLS_CERT ? "https" : "http"}://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const { entry, nodeArgs, prefix, ipc } = this.launch;
    const nodeCommand = [process.execPath, "--import", "tsx", ...nodeArgs, entry];
    const [command, ...args] = [...prefix, ...nodeCommand];
    this.child = spawn(command, args, {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: "127.0.0.1",
        DATA_DIR: this.dataDir,
        PUBLIC_URL: this.url,
        EXTRA_GAME_MODULES: "tests/fixtures/tiny-game/index.ts",
        BOT_DELAY_MS: "0",
        BOT_PACE_SHARE: "0",
        RECONNECT_SECONDS: "3",
        ...this.env,
      },
      stdio: ipc ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.on("data", (chunk) => (this.output += chunk));
    this.child.stderr!.on("data", (chunk) => (this.output += chunk));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      try {
        if ((await getStatus(`${this.url}/health`)) === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not answer /health in time:\n${this.output}`);
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
  }
}
