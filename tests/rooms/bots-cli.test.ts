import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSession } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

function runBots(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/bots.ts", ...args], {
      env: { ...process.env, EXTRA_GAME_MODULES: "tests/fixtures/tiny-game/index.ts" },
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

it("plays a whole game of the test game with network bots (hour-long timers) and exits 0", async () => {
  const session = await createSession(server.url, { game: "tiny", settings: { autoStart: false, playSeconds: 3600, wrapSeconds: 3600 } });
  const result = await runBots(["--url", server.url, "--code", session.code, "--count", "4", `--facilitator-token=${session.facilitatorToken}`, "--instant"]);
  expect(result.output).toContain(`session ${session.code}: game finished`);
  expect(result.code).toBe(0);
  const state = await (await fetch(`${server.url}/api/sessions/${session.code}/state`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).json();
  expect(state).toMatchObject({ status: "finished" });
}, 60_000);

it("finishes an Evalophobia group game of six bots and a solo game, with hour-long timers", async () => {
  const hour = { diagnosisSeconds: 3600, voteSeconds: 3600, leversSeconds: 3600, roadmapSeconds: 3600 };
  const group = await createSession(server.url, { game: "evalophobia", mode: "group", settings: { autoStart: false, ...hour } });
  const solo = await createSession(server.url, { game: "evalophobia", mode: "solo", settings: hour });
  const [groupRun, soloRun] = await Promise.all([
    runBots(["--url", server.url, "--code", group.code, "--count", "6", `--facilitator-token=${group.facilitatorToken}`, "--instant"]),
    runBots(["--url", server.url, "--code", solo.code, "--count", "1", `--facilitator-token=${solo.facilitatorToken}`, "--instant"]),
  ]);
  expect(groupRun.output).toContain("game finished");
  expect(groupRun.code).toBe(0);
  expect(soloRun.code).toBe(0);
}, 90_000);

it("finishes both Trait de côte scenarios with bots only, with hour-long timers", async () => {
  const hour = { negotiationSeconds: 3600, eventSeconds: 3600, seaSeconds: 3600, reportSeconds: 3600, autoStart: false };
  const kiosk = await createSession(server.url, { game: "coast", content: "kiosque", settings: hour });
  const sablecourt = await createSession(server.url, { game: "coast", content: "sablecourt", settings: hour });
  const runs = await Promise.all([
    runBots(["--url", server.url, "--code", kiosk.code, "--count", "4", `--facilitator-token=${kiosk.facilitatorToken}`, "--instant"]),
    runBots(["--url", server.url, "--code", sablecourt.code, "--count", "6", `--facilitator-token=${sablecourt.facilitatorToken}`, "--instant"]),
  ]);
  for (const run of runs) {
    expect(run.output).toContain("game finished");
    expect(run.code).toBe(0);
  }
}, 120_000);

it("explains its usage when arguments are missing", async () => {
  const result = await runBots(["--url", server.url]);
  expect(result.code).toBe(2);
  expect(result.output).toContain("npm run bots -- --url");
});
