import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteDriver } from "../../server/src/persistence/sqlite-driver.ts";
import { SqlStorage } from "../../server/src/persistence/sql-storage.ts";
import { createSession, startedTinyGame, TestPlayer } from "../support/clients.ts";
import { freePort, ServerProcess } from "../support/server-process.ts";

/**
 * tests/fixtures/storage/v0.sqlite was made by the server before migrations existed (commit
 * 630dae7): a finished game of the test game, one in play, one in the lobby; v0.json holds what
 * that server answered about them (report, state hashes, seat tokens).
 */
const fixtures = resolve(import.meta.dirname, "../fixtures/storage");
const before = JSON.parse(readFileSync(join(fixtures, "v0.json"), "utf8"));
// The fixture's sessions were created on the day it was made: keep them from the retention sweep.
const keep = { RETENTION_DAYS: "3650" };

let dataDir: string;
let server: ServerProcess;

async function startOn(env: Record<string, string>): Promise<void> {
  await server?.stop();
  server = new ServerProcess(await freePort(), { ...keep, ...env }, dataDir);
  await server.start();
}

async function get(path: string, token?: string) {
  const response = await fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: response.status, body: await response.json() };
}

async function stored(dir: string) {
  const driver = new SqliteDriver(dir);
  const sessions = await (await SqlStorage.open(driver)).listSessions();
  const contents = Number((await driver.all("SELECT COUNT(*) AS n FROM contents"))[0].n);
  const versions = (await driver.all("SELECT version FROM schema_migrations ORDER BY version")).map((row) => Number(row.version));
  await driver.close();
  return { sessions, contents, versions };
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "sgp-upgrade-"));
  copyFileSync(join(fixtures, "v0.sqlite"), join(dataDir, "sessions.sqlite"));
});

afterAll(async () => {
  await server?.stop();
});

describe("a database made before migrations", () => {
  it("is migrated at start: finished reports, games in play and lobbies come back as they were", async () => {
    await startOn({});
    expect(server.output).toContain("2 sessions reopened");
    const { finished, playing, lobby } = before;
    expect((await get(`/api/sessions/${finished.code}/report?format=json&token=${finished.reportToken}`)).body).toEqual(finished.report);
    expect((await get(`/api/sessions/${playing.code}/state`, playing.facilitatorToken)).body).toMatchObject(playing.integrity);
    expect((await get(`/api/sessions/${lobby.code}/state`, lobby.facilitatorToken)).body).toMatchObject(lobby.integrity);
    const [seatId, seatToken] = Object.entries(playing.seatTokens as Record<string, string>)[0];
    const back = await TestPlayer.join(server.url, playing.code, { seat: "player", seatToken });
    expect(back.seatId).toBe(seatId);
    await back.leave();
    const { sessions, contents, versions } = await stored(dataDir);
    expect(sessions.map((row) => row.rulesVersion)).toEqual([1, 1, 1]);
    expect(contents).toBe(1); // the three sessions' copies of the deck, now stored once
    expect(versions).toEqual([1, 2]);
  });
});

describe("an update of a game's rules", () => {
  it("does not replay old sessions: a finished one keeps its report, an unfinished one is closed with an 'ended by an update' report", async () => {
    await startOn({});
    const { session: inPlay, ada } = await startedTinyGame(server.url);
    const { finished } = before;
    const finishedReport = await fetch(`${server.url}/api/sessions/${finished.code}/report?format=html&token=${finished.reportToken}`).then((r) => r.text());

    await startOn({ TINY_RULES_VERSION: "2" });
    const info = await get(`/api/sessions/${inPlay.code}`);
    expect(info.body.status).toBe("finished");
    const report = await get(`/api/sessions/${inPlay.code}/report?format=json`, inPlay.facilitatorToken);
    expect(report.status).toBe(200);
    expect(report.body.report.sections[0]).toMatchObject({ id: "ended-by-update", title: "Partie arrêtée par une mise à jour" });
    expect(report.body.header.participants).toEqual([{ name: "Ada", bot: false }, { name: "Bob", bot: false }]);
    const english = await get(`/api/sessions/${inPlay.code}/report?format=json&lang=en`, inPlay.facilitatorToken);
    expect(english.body.report.sections[0].title).toBe("Game ended by an update");

    await expect(TestPlayer.join(server.url, inPlay.code, { seat: "player", seatToken: ada.welcome.seatToken!, locale: "en" }))
      .rejects.toThrow("[join.outdated_rules] This session dates from an earlier version of the game");
    const finishedAfter = await fetch(`${server.url}/api/sessions/${finished.code}/report?format=html&token=${finished.reportToken}`).then((r) => r.text());
    expect(finishedAfter).toBe(finishedReport);
    const replay = await get(`/api/sessions/${finished.code}/replay?token=${finished.reportToken}`);
    expect([replay.status, replay.body.error.code]).toEqual([409, "replay.outdated_rules"]);
    expect((await get(`/api/sessions/${inPlay.code}/state`, inPlay.facilitatorToken)).status).toBe(409);

    const fresh = await createSession(server.url, { game: "tiny" });
    const player = await TestPlayer.join(server.url, fresh.code, { seat: "player", name: "Chloé" });
    expect(player.state.status).toBe("lobby");
    await player.leave();
    await server.stop();
    const { sessions: rows } = await stored(dataDir);
    expect(rows.find((row) => row.code === fresh.code)?.rulesVersion).toBe(2);
    expect(rows.find((row) => row.code === inPlay.code)).toMatchObject({ rulesVersion: 1, status: "finished" });
  });
});
