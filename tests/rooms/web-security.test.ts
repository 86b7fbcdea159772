import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, startedTinyGame, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

const ALLOWED = "https://partner.example";
let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start({ CORS_ORIGINS: ALLOWED });
});

afterAll(async () => {
  await server?.stop();
});

const json = { "content-type": "application/json" };

function cspOf(response: Response): Map<string, string[]> {
  const header = response.headers.get("content-security-policy") ?? "";
  return new Map(header.split(";").filter(Boolean).map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe("security headers", () => {
  it("are on every page and API answer, Colyseus's matchmaking and errors included", async () => {
    const { code } = await createSession(server.url, { game: "tiny" });
    const answers = await Promise.all([
      fetch(`${server.url}/`),
      fetch(`${server.url}/console?code=${code}`),
      fetch(`${server.url}/health`),
      fetch(`${server.url}/api/games`),
      fetch(`${server.url}/api/sessions/${code}`),
      fetch(`${server.url}/api/sessions/NOSUCH`),
      fetch(`${server.url}/api/nothing-here`),
      fetch(`${server.url}/api/sessions`, { method: "POST", headers: json, body: "{not json" }),
      fetch(`${server.url}/matchmake/joinById/${code}`, { method: "POST", headers: json, body: JSON.stringify({ seat: "screen" }) }),
      fetch(`${server.url}/report-print.js`),
    ]);
    expect(answers.map((a) => a.status)).toEqual(expect.arrayContaining([200, 404, 400]));
    for (const answer of answers) {
      const where = `${answer.url} (${answer.status})`;
      const csp = cspOf(answer);
      expect(csp.get("script-src"), where).toEqual(["'self'"]);
      expect(csp.get("script-src-attr"), where).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors"), where).toEqual(["'none'"]);
      expect(csp.get("object-src"), where).toEqual(["'none'"]);
      expect(csp.get("default-src"), where).toEqual(["'self'"]);
      expect(answer.headers.get("x-content-type-options"), where).toBe("nosniff");
      expect(answer.headers.get("referrer-policy"), where).toBe("no-referrer");
      expect(answer.headers.get("x-frame-options"), where).toBe("DENY");
      expect(answer.headers.get("x-powered-by"), where).toBeNull();
    }
  });

  it("let pages connect to this server's host only (any port: the processes of a cluster), over HTTP and WebSocket", async () => {
    const csp = cspOf(await fetch(`${server.url}/health`));
    const { hostname } = new URL(server.url);
    expect(csp.get("connect-src")).toEqual(["'self'", `http://${hostname}:*`, `ws://${hostname}:*`]);
    // plain HTTP: no upgrade of requests, no HSTS (they would break a stand on a local network)
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect((await fetch(`${server.url}/health`)).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("cross-origin calls", () => {
  it("are answered only for the configured origins, preflights included", async () => {
    const from = (origin: string, init: RequestInit = {}) => fetch(`${server.url}/api/games`, { ...init, headers: { origin, ...(init.headers ?? {}) } });
    const evil = await from("https://evil.example");
    expect(evil.status).toBe(200);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    expect(evil.headers.get("access-control-allow-credentials")).toBeNull();
    const evilPreflight = await from("https://evil.example", { method: "OPTIONS", headers: { "access-control-request-method": "POST" } });
    expect(evilPreflight.headers.get("access-control-allow-origin")).toBeNull();

    const partner = await from(ALLOWED);
    expect(partner.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(partner.headers.get("access-control-allow-credentials")).toBeNull();
    const preflight = await from(ALLOWED, { method: "OPTIONS", headers: { "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
  });
});

describe("matchmaking", () => {
  it("joins a room by its code only: nobody creates a room without the API", async () => {
    const { code } = await createSession(server.url, { game: "tiny" });
    for (const method of ["create", "joinOrCreate", "join"]) {
      const answer = await fetch(`${server.url}/matchmake/${method}/session`, { method: "POST", headers: json, body: JSON.stringify({ code }) });
      expect(answer.status, method).not.toBe(200);
      expect(await answer.text(), method).toContain(`invalid method`);
    }
  });
});

describe("the printable report", () => {
  it("has no inline script nor handler; its style is allowed by hash and its print button works from a script file", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    await facilitator.send("end");
    await until(() => ada.reportToken !== undefined, "report token");
    const page = await fetch(`${server.url}/api/sessions/${session.code}/report?format=html&token=${ada.reportToken}`);
    const html = await page.text();
    expect(html).toContain("data-print");
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const hash = `'sha256-${createHash("sha256").update(style).digest("base64")}'`;
    expect(cspOf(page).get("style-src-elem")).toEqual(["'self'", hash]);
    const src = html.match(/<script src="([^"]+)"/)![1]!;
    expect(src).toBe("/report-print.js");
    const script = await fetch(`${server.url}${src}`);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(await script.text()).toContain("window.print()");
    await bob.leave();
  });
});
