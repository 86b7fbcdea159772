import { DatabaseSync } from "node:sqlite";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, startedTinyGame, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

const ADMIN = "correct-horse-battery";
let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start({ ADMIN_PASSWORD: ADMIN, RETENTION_DAYS: "30" });
});

afterAll(async () => {
  await server?.stop();
});

const api = (path: string, init: RequestInit & { bearer?: string } = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { "content-type": "application/json", ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}) } });

describe("facilitator's powers", () => {
  it("keeps notes for the facilitator's eyes until the debrief, renames players, reveals the debrief", async () => {
    const { session, ada, bob } = await startedTinyGame(server.url);
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    expect(await facilitator.send("note", { text: "Bob a bien relancé le groupe", share: true })).toEqual({ ack: true });
    expect(await ada.send("note", { text: "moi aussi" })).toMatchObject({ ack: false, error: { code: "command.facilitator_only" } });
    await until(() => facilitator.state.desk.notes?.length === 1, "facilitator sees the note");
    expect(ada.state.desk.notes?.length ?? 0).toBe(0);
    expect(await facilitator.send("rename", { seat: bob.seatId, name: "Robert" })).toEqual({ ack: true });
    await until(() => ada.state.seats.get(bob.seatId).name === "Robert", "rename seen");
    expect(await facilitator.send("debrief.reveal")).toMatchObject({ ack: false, error: { code: "debrief.not_finished" } });
    expect(await facilitator.send("end")).toEqual({ ack: true });
    expect(await facilitator.send("debrief.reveal")).toEqual({ ack: true });
    await until(() => ada.state.debriefRevealed === true, "debrief shown");
    const token = ada.reportToken;
    const report = await (await api(`/api/sessions/${session.code}/report?format=json&token=${token}`)).json();
    expect(JSON.stringify(report)).toContain("Bob a bien relancé le groupe");
    expect(report.header.participants.map((p: { name: string }) => p.name)).toEqual(["Ada", "Robert"]);
  });
});

describe("history, deletion and retention", () => {
  it("lists the sessions a browser's tokens prove, all of them for the admin, and deletes on request", async () => {
    const mine = await createSession(server.url, { game: "tiny" });
    const other = await createSession(server.url, { game: "tiny" });
    const history = await (await api("/api/sessions/history", { method: "POST", body: JSON.stringify({ sessions: [{ code: mine.code, token: mine.facilitatorToken }, { code: other.code, token: mine.facilitatorToken }] }) })).json();
    expect(history.sessions.map((s: { code: string }) => s.code)).toEqual([mine.code]);
    expect(history.sessions[0]).toMatchObject({ game: "tiny", status: "lobby" });
    expect((await api("/api/sessions/history", { method: "POST", body: JSON.stringify({ sessions: "all" }) })).status).toBe(400);

    expect((await api("/api/admin/sessions")).status).toBe(401);
    expect((await api("/api/admin/sessions", { bearer: "wrong-password" })).status).toBe(403);
    const all = await (await api("/api/admin/sessions", { bearer: ADMIN })).json();
    expect(all.sessions.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining([mine.code, other.code]));

    const player = await TestPlayer.join(server.url, other.code, { seat: "player", name: "Zoé" });
    const left = new Promise((resolve) => player.room.onLeave(resolve));
    expect((await api(`/api/sessions/${other.code}`, { method: "DELETE", bearer: mine.facilitatorToken })).status).toBe(403);
    expect((await api(`/api/sessions/${other.code}`, { method: "DELETE", bearer: other.facilitatorToken })).status).toBe(204);
    await left;
    expect((await api(`/api/sessions/${other.code}`)).status).toBe(404);
    expect((await api(`/api/sessions/${mine.code}`, { method: "DELETE", bearer: ADMIN })).status).toBe(204);
  });

  it("deletes sessions older than the retention period when the server starts", async () => {
    const old = await createSession(server.url, { game: "tiny" });
    const recent = await createSession(server.url, { game: "tiny" });
    await server.stop();
    const db = new DatabaseSync(join(server.dataDir, "sessions.sqlite"));
    db.prepare("UPDATE sessions SET created_at = ? WHERE code = ?").run(Date.now() - 31 * 86_400_000, old.code);
    db.close();
    await server.start();
    expect((await api(`/api/sessions/${old.code}`)).status).toBe(404);
    expect((await api(`/api/sessions/${recent.code}`)).status).toBe(200);
    expect(server.output).toContain("retention: deleted 1 session(s) older than 30 days");
  });
});
