import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@colyseus/sdk";
import { afterAll, describe, expect, it } from "vitest";
import { createSession } from "../support/clients.ts";
import { lookup, wrongCodes } from "../support/limits.ts";
import { freePort, ServerProcess } from "../support/server-process.ts";

const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

async function start(env: Record<string, string> = {}, dataDir?: string, port?: number): Promise<ServerProcess> {
  const server = new ServerProcess(port ?? (await freePort()), env, dataDir);
  await server.start();
  running.push(server);
  return server;
}

/** A WebSocket handshake on Colyseus's room path; resolves with the HTTP status (101 when accepted). */
function socketStatus(server: ServerProcess, roomId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/someprocess/${roomId}?sessionId=x`, {
      headers: { connection: "Upgrade", upgrade: "websocket", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==", "sec-websocket-version": "13" },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("upgrade", (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on("error", reject);
    req.end();
  });
}

const refusalLines = (server: ServerProcess, limit: string) => server.output.split("\n").filter((line) => line.startsWith(`limit ${limit}:`));

describe("a sweep of join codes from one address, with the default limits", () => {
  it("answers at most 30 of 300 wrong codes without 429, then every code alike, and logs it once", async () => {
    const server = await start();
    const { code } = await createSession(server.url, { game: "tiny" });
    expect(await lookup(server, code)).toBe(200);
    const started = Date.now();
    const statuses = await Promise.all(wrongCodes(300).map((c) => lookup(server, c)));
    const answered = statuses.filter((s) => s !== 429);
    expect(answered.length).toBeLessThanOrEqual(30);
    expect(answered.every((s) => s === 404)).toBe(true);
    expect(statuses.filter((s) => s === 429)).toHaveLength(300 - answered.length);
    console.log(`sweep of 300 wrong codes: ${answered.length} answered 404, ${300 - answered.length} answered 429, in ${Date.now() - started} ms`);
    // once over the limit, a real code is refused too: the answers tell nothing
    expect(await lookup(server, code)).toBe(429);
    const refused = await fetch(`${server.url}/api/sessions/${code}`, { headers: { "accept-language": "en" } });
    expect((await refused.json()).error).toMatchObject({ code: "request.rate_limited", message: expect.stringContaining("Too many attempts") });
    // the matchmaking route and the room sockets count against the same address
    expect((await fetch(`${server.url}/matchmake/joinById/${code}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(429);
    expect(await socketStatus(server, code)).toBe(429);
    // without a trusted proxy, a forwarded-for header changes nothing
    expect(await lookup(server, code, { "x-forwarded-for": "203.0.113.9" })).toBe(429);
    await expect.poll(() => refusalLines(server, "unknown-codes").length).toBe(1);
  });

  it("counts joins over WebSocket and matchmaking with unknown codes in the same counter", async () => {
    const server = await start();
    const { code } = await createSession(server.url, { game: "tiny" });
    const codes = wrongCodes(30, 1000);
    const sockets = [];
    for (const c of codes.slice(0, 10)) sockets.push(await socketStatus(server, c));
    expect(sockets).toEqual(Array(10).fill(404));
    const joins = [];
    for (const c of codes.slice(10, 20)) joins.push(await new Client(server.url).joinById(c, { seat: "screen" }).then(() => "joined", (e: Error) => e.message));
    expect(joins.every((message) => /not found/.test(message))).toBe(true);
    // 20 unknown codes: the limit. The 21st guess, and any join after it, is refused.
    expect(await socketStatus(server, codes[20]!)).toBe(429);
    await expect(new Client(server.url).joinById(code, { seat: "screen" })).rejects.toThrow();
    expect(await lookup(server, code)).toBe(429);
  });
});

describe("behind a trusted proxy", () => {
  it("counts each forwarded client address on its own", async () => {
    const server = await start({ TRUST_PROXY: "loopback", LIMIT_UNKNOWN_CODES: "3" });
    const from = (address: string) => ({ "x-forwarded-for": address });
    const first = await Promise.all(wrongCodes(5).map((c) => lookup(server, c, from("203.0.113.1"))));
    expect(first.filter((s) => s === 404)).toHaveLength(3);
    expect(await lookup(server, wrongCodes(1, 50)[0]!, from("203.0.113.2"))).toBe(404);
    expect(refusalLines(server, "unknown-codes")[0]).toContain("203.0.113.1");
  });
});

describe("the other limits, each a setting", () => {
  it("session creation, admin password and staff PIN failures, uploads; sessions per process; content file size", async () => {
    const contentDir = mkdtempSync(join(tmpdir(), "sgp-limits-"));
    writeFileSync(join(contentDir, "huge.json"), `{"game":"tiny","pad":"${"x".repeat(4000)}"}`);
    const server = await start({
      ADMIN_PASSWORD: "admin-password",
      CONTENT_DIR: contentDir,
      LIMIT_SESSIONS_CREATED: "4",
      LIMIT_ADMIN_FAILURES: "3",
      LIMIT_UPLOADS: "2",
      MAX_SESSIONS: "3",
      MAX_CONTENT_BYTES: "2048",
    });
    const create = () => fetch(`${server.url}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ game: "tiny" }) });
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await create());
    expect(created.map((r) => r.status)).toEqual([201, 201, 201, 503, 429]);
    expect((await created[3]!.json()).error.code).toBe("server.full");

    const admin = (password: string) => fetch(`${server.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${password}` } }).then((r) => r.status);
    expect(await admin("admin-password")).toBe(200);
    expect(await admin("admin-password")).toBe(200);
    expect([await admin("guess-one"), await admin("guess-two"), await admin("guess-three")]).toEqual([403, 403, 403]);
    expect(await admin("guess-four")).toBe(429);
    expect(await admin("admin-password")).toBe(429);
    const pin = await fetch(`${server.url}/api/kiosk/A/staff`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "check", pin: "0000" }) });
    expect(pin.status).toBe(429);

    const check = () => fetch(`${server.url}/api/content/check`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ game: "tiny" }) }).then((r) => r.status);
    expect([await check(), await check(), await check()]).toEqual([200, 200, 429]);

    const games = await (await fetch(`${server.url}/api/games`)).json();
    const huge = games.refused.find((r: { file: string }) => r.file.endsWith("huge.json"));
    expect(huge.problems[0]).toMatchObject({ code: "content.too_large", message: { fr: expect.stringContaining("Kio, 2 au plus"), en: expect.stringContaining("KiB, at most 2") } });
  });
});

describe("refused joins", () => {
  it("are logged in one line each, without a stack", async () => {
    const server = await start();
    const { code } = await createSession(server.url, { game: "tiny" });
    const before = server.output.length;
    for (let i = 0; i < 3; i++) await expect(new Client(server.url).joinById(code, { seat: "facilitator", token: "not-the-facilitator-token" })).rejects.toThrow(/join.bad_facilitator_token/);
    await expect.poll(() => server.output.slice(before).split("\n").filter((l) => l.includes("join refused")).length).toBe(3);
    const log = server.output.slice(before).trim().split("\n");
    expect(log).toHaveLength(3);
    expect(log.every((line) => line === `session ${code}: join refused: [join.bad_facilitator_token] Le lien d'animation n'est pas valable pour cette session.`)).toBe(true);
  });
});
