import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const OPERATIONS = resolve(import.meta.dirname, "../../docs/operations.md");

/** The nginx configuration of docs/operations.md, as an operator would copy it. */
export function documentedNginxConfig(): string {
  const match = /```nginx\n([\s\S]*?)```/.exec(readFileSync(OPERATIONS, "utf8"));
  if (!match) throw new Error("docs/operations.md has no nginx configuration");
  return match[1];
}

/**
 * nginx from Debian's package, running the documented configuration on 127.0.0.1 with the
 * documented processes' addresses replaced by the test's, in a throwaway prefix directory.
 */
export class Nginx {
  private child?: ChildProcess;
  readonly dir = mkdtempSync(join(tmpdir(), "sgp-nginx-"));
  output = "";

  constructor(
    readonly port: number,
    private readonly upstreams: Record<string, string>,
  ) {
    chmodSync(this.dir, 0o777); // worker processes may run as nobody
    mkdirSync(join(this.dir, "logs"), { mode: 0o777 });
    let site = documentedNginxConfig().replace("listen 80;", `listen 127.0.0.1:${port};`);
    for (const [documented, actual] of Object.entries(upstreams)) site = site.replaceAll(documented, actual);
    writeFileSync(join(this.dir, "site.conf"), site);
    const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${join(this.dir, kind)};`).join(" ");
    writeFileSync(
      join(this.dir, "nginx.conf"),
      `pid ${join(this.dir, "nginx.pid")};\nerror_log ${join(this.dir, "logs/error.log")};\nevents {}\nhttp {\n  access_log off;\n  ${temp}\n  include ${join(this.dir, "site.conf")};\n}\n`,
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private args(...extra: string[]): string[] {
    return ["-p", this.dir, "-c", join(this.dir, "nginx.conf"), ...extra];
  }

  /** `nginx -t`: its exit code and what it said. */
  check(): { status: number | null; output: string } {
    const result = spawnSync("nginx", this.args("-t"), { encoding: "utf8" });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  async start(): Promise<void> {
    this.child = spawn("nginx", this.args("-g", "daemon off;"), { stdio: ["ignore", "pipe", "pipe"] });
    this.child.stderr!.on("data", (chunk) => (this.output += chunk));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`nginx exited: ${this.output}`);
      if (await fetch(`${this.url}/health`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not answer in time: ${this.output}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM"); // fast shutdown: open WebSockets would hold a graceful one for an hour
    await exited;
  }
}
