import { spawn, type ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import { lookup, wrongCodes } from "../support/limits.ts";
import { freePort, ServerProcess } from "../support/server-process.ts";

// A Redis of its own (redis-server comes with tests/cluster/services.sh): its counters start at zero.
describe("with Redis, several processes", () => {
  it("share their counters: a sweep spread over two processes is throttled as from one", async () => {
    const redisPort = await freePort();
    let one: ServerProcess | undefined;
    let two: ServerProcess | undefined;
    const redis: ChildProcess = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 300));
      const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` };
      const first = await ServerProcess.start(env);
      one = first;
      const second = new ServerProcess(await freePort(), env, first.dataDir);
      two = second;
      await second.start();
      const halves = await Promise.all([
        Promise.all(wrongCodes(30, 0).map((c) => lookup(first, c))),
        Promise.all(wrongCodes(30, 30).map((c) => lookup(second, c))),
      ]);
      const answered = halves.flat().filter((s) => s !== 429);
      expect(answered).toHaveLength(20);
    } finally {
      await Promise.all([one, two].map((server) => server?.stop()));
      redis.kill();
    }
  });
});
