import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

const PRIVATE_NOTE = "Yanis a décroché au deuxième tour";
const SHARED_NOTE = "Belle coopération sur la fin";

describe("who reads what of the report", () => {
  it("players and the big screen get the report link at the end only, and the notes marked for sharing once the debrief is revealed", async () => {
    const session = await createSession(server.url, { game: "tiny", mode: "group", settings: { autoStart: false } });
    const base = `${server.url}/api/sessions/${session.code}/report`;
    const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "=HYPERLINK(\"http://x\")" });
    const bob = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bob" });
    const screen = await TestPlayer.join(server.url, session.code, { seat: "screen" });
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const token = facilitator.welcome.reportToken!;
    expect(token).toBe(new URL(session.reportUrl).searchParams.get("token"));
    for (const onlooker of [ada, bob, screen]) expect(onlooker.welcome.reportToken).toBeUndefined();

    expect(await facilitator.send("start")).toEqual({ ack: true });
    expect(await facilitator.send("note", { text: PRIVATE_NOTE })).toEqual({ ack: true });
    expect(await facilitator.send("note", { text: SHARED_NOTE, share: true })).toEqual({ ack: true });
    await until(() => facilitator.state.desk.notes?.length === 2, "notes on the desk");
    expect([...facilitator.state.desk.notes].map((n: { shared: boolean }) => n.shared)).toEqual([false, true]);

    // mid-game: the players' report is not there yet, by link or by bearer; the facilitator's is
    const early = await fetch(`${base}?format=json&token=${token}`);
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe("report.not_ready");
    expect((await fetch(`${base}?format=json`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(409);
    const live = await (await fetch(`${base}?format=json`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).text();
    expect(live).toContain(PRIVATE_NOTE);
    expect(live).toContain(SHARED_NOTE);
    for (const onlooker of [ada, bob, screen]) expect(onlooker.reportToken).toBeUndefined();

    expect(await facilitator.send("end")).toEqual({ ack: true });
    await until(() => [ada, bob, screen].every((p) => p.reportToken === token), "report token sent at the end");
    const playersReport = () => fetch(`${base}?format=json`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.text());
    const before = await playersReport();
    expect(before).toContain("Points posés");
    expect(before).not.toContain(PRIVATE_NOTE);
    expect(before).not.toContain(SHARED_NOTE);

    expect(await facilitator.send("debrief.reveal")).toEqual({ ack: true });
    await until(() => screen.state.debriefRevealed === true, "debrief revealed");
    const after = await playersReport();
    expect(after).toContain(SHARED_NOTE);
    expect(after).not.toContain(PRIVATE_NOTE);
    const html = await (await fetch(`${base}?format=html&token=${token}`)).text();
    expect(html).toContain(SHARED_NOTE);
    expect(html).not.toContain(PRIVATE_NOTE);
    const full = await (await fetch(`${base}?format=json`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).text();
    expect(full).toContain(PRIVATE_NOTE);

    // a note written after the reveal follows the same rule, and a screen arriving late gets the link at once
    expect(await facilitator.send("note", { text: "Note tardive partagée", share: true })).toEqual({ ack: true });
    expect(await facilitator.send("note", { text: "Note tardive privée" })).toEqual({ ack: true });
    await until(() => facilitator.state.desk.notes?.length === 4, "late notes");
    const late = await playersReport();
    expect(late).toContain("Note tardive partagée");
    expect(late).not.toContain("Note tardive privée");
    const lateScreen = await TestPlayer.join(server.url, session.code, { seat: "screen" });
    expect(lateScreen.welcome.reportToken).toBe(token);

    // the stored reports (a restart serves them from the database) keep the same audiences
    await server.stop();
    await server.start();
    expect(await playersReport()).toBe(late);
  });

  it("neutralises spreadsheet formulas in the CSV export: names and notes starting with = + - @", async () => {
    const session = await createSession(server.url, { game: "tiny", mode: "group", settings: { autoStart: false } });
    const names = ["=1+2", "+33 6 00", "-2+3", "@SUM(A1)"];
    const players = [];
    for (const name of names) players.push(await TestPlayer.join(server.url, session.code, { seat: "player", name }));
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    expect(await facilitator.send("start")).toEqual({ ack: true });
    expect(await facilitator.send("note", { text: "=cmd|' /C calc'!A0", share: true })).toEqual({ ack: true });
    expect(await facilitator.send("end")).toEqual({ ack: true });
    const csv = await (await fetch(`${server.url}/api/sessions/${session.code}/report?format=csv`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).text();
    const cells = csv.replace(/^\uFEFF/, "").split("\r\n").flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)).map((cell) => cell.replace(/^"|"$/g, "").replace(/""/g, '"'));
    for (const name of names) {
      expect(cells).toContain(`'${name}`);
      expect(cells).not.toContain(name);
    }
    expect(cells).toContain(`'=cmd|' /C calc'!A0`);
    // numbers stay numbers: the points column holds plain digits
    expect(cells.filter((cell) => /^\d+$/.test(cell)).length).toBeGreaterThan(0);
    for (const player of players) await player.leave();
  });
});
