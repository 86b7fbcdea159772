import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import coast from "../../games/coast/src/index.ts";
import { publicScenario, scenarioSchema } from "../../games/coast/src/content.ts";
import { playAsBot } from "../../server/src/bots/network-bot.ts";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { containsText, framesOf } from "../support/frames.ts";
import { ServerProcess } from "../support/server-process.ts";

const scenario = scenarioSchema.parse(JSON.parse(readFileSync("games/coast/content/kiosk.json", "utf8")));
const secretTexts = (roleId: string) =>
  scenario.roles.find((r) => r.id === roleId)!.secretObjectives.flatMap((o) => (typeof o.text === "string" ? [o.text] : [o.text.fr, o.text.en ?? o.text.fr]));

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

describe("Trait de côte over the network", () => {
  it("plays the kiosk scenario to the debrief with two people and two bots; secret objectives reach only their owner and the facilitator", async () => {
    const session = await createSession(server.url, { game: "coast", content: "kiosque", settings: { fillWithBots: true, seats: 4, autoStart: false, negotiationSeconds: 3600 } });
    const people = [await TestPlayer.join(server.url, session.code, { seat: "player", name: "Nour" }), await TestPlayer.join(server.url, session.code, { seat: "player", name: "Yann" })];
    const screen = await TestPlayer.join(server.url, session.code, { seat: "screen" });
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const settings = coast.settings.parse({ maxPlayers: 4 });
    const games = people.map((p, i) => playAsBot(p.room, { definition: coast, content: publicScenario(scenario), settings, seed: `person-${i}`, seatId: p.seatId }));
    expect(await facilitator.send("start")).toEqual({ ack: true });
    await until(() => [...facilitator.state.seats.values()].every((s: { role: string }) => s.role !== ""), "roles dealt");
    // The natural-risks fund holds one round's money in the first round, for every client.
    await until(() => facilitator.state.riskFund > 0 && screen.state.riskFund > 0, "the fund's money");
    expect(facilitator.state.round === 1 ? facilitator.state.riskFund : scenario.money.riskFund!.perRound).toBe(scenario.money.riskFund!.perRound);
    expect(screen.state.round === 1 ? screen.state.riskFund : scenario.money.riskFund!.perRound).toBe(scenario.money.riskFund!.perRound);
    expect([...facilitator.state.seats.values()].map((s: { controller: string }) => s.controller).sort()).toEqual(["bot", "bot", "human", "human"]);
    await Promise.all(games);
    await until(() => facilitator.state.status === "finished", "debrief", 60_000);
    expect(facilitator.state.history.length).toBe(scenario.territory.rounds);

    const roleOf = (p: TestPlayer) => facilitator.state.seats.get(p.seatId).role as string;
    for (const person of people) {
      const mine = roleOf(person);
      expect(JSON.parse(person.state.roles.get(mine).secret).length).toBe(scenario.roles.find((r) => r.id === mine)!.secretObjectives.length);
      const others = scenario.roles.filter((r) => r.id !== mine).flatMap((r) => secretTexts(r.id));
      for (const frame of framesOf(person.room)) for (const text of others) expect(containsText(frame, text), `${person.seatId} received "${text}"`).toBe(false);
      for (const role of person.state.roles.values()) if (role !== person.state.roles.get(mine)) expect(role.secret ?? "[]").toBe("[]");
    }
    const all = scenario.roles.flatMap((r) => secretTexts(r.id));
    for (const frame of framesOf(screen.room)) for (const text of all) expect(containsText(frame, text)).toBe(false);
    for (const role of facilitator.state.roles.values()) expect(JSON.parse(role.secret).length).toBeGreaterThan(0);

    // the content players download never holds a secret objective either
    const content = await (await fetch(`${server.url}/api/sessions/${session.code}/content`)).text();
    for (const text of all) expect(content).not.toContain(text);

    const token = people[0].reportToken;
    const playersReport = await (await fetch(`${server.url}/api/sessions/${session.code}/report?format=json&token=${token}`)).text();
    for (const text of all) expect(playersReport).not.toContain(text);
    const fullReport = await (await fetch(`${server.url}/api/sessions/${session.code}/report?format=json&lang=fr`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).text();
    expect(all.some((text) => fullReport.includes(text))).toBe(true);
  }, 90_000);

  it("creates a series of tables on one seed in one request; its debrief puts them side by side", async () => {
    const create = (tables: number) =>
      fetch(`${server.url}/api/series`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ game: "coast", content: "kiosque", settings: { fillWithBots: true, seats: 3, autoStart: false }, tables }),
      });
    expect((await create(1)).status).toBe(400);
    const response = await create(2);
    expect(response.status).toBe(201);
    const { series, sessions } = (await response.json()) as { series: string; sessions: { code: string; facilitatorToken: string }[] };
    expect(sessions).toHaveLength(2);
    for (const [i, session] of sessions.entries()) {
      const info = await (await fetch(`${server.url}/api/sessions/${session.code}`)).json();
      expect(info.settings.series).toEqual({ id: series, table: i + 1, tables: 2 });
    }
    const desks = await Promise.all(sessions.map((s) => TestPlayer.join(server.url, s.code, { seat: "facilitator", token: s.facilitatorToken })));
    for (const desk of desks) expect(await desk.send("start")).toEqual({ ack: true });
    await until(() => desks.every((desk) => desk.state.status === "finished"), "both tables finished", 60_000);
    const weather = (desk: TestPlayer) => [...desk.state.history].map((r: { event: string; surge: number }) => `${r.event}:${r.surge}`);
    expect(weather(desks[1])).toEqual(weather(desks[0]));

    const token = desks[1].welcome.reportToken;
    const compared = await (await fetch(`${server.url}/api/sessions/${sessions[1].code}/series?format=json&lang=fr&token=${token}`)).json();
    const table = compared.report.sections[0].blocks.find((b: { type: string }) => b.type === "table");
    expect(table.rows.map((r: { code: string }) => r.code)).toEqual(sessions.map((s) => s.code));
    expect(table.columns.map((c: { label: string }) => c.label)).toContain("Inondés sans projets");
    expect(table.rows[0].floodedIdle).toBe(table.rows[1].floodedIdle);
    expect((await fetch(`${server.url}/api/sessions/${sessions[0].code}/series?format=json&token=wrong`)).status).toBe(403);

    const single = await createSession(server.url, { game: "coast", content: "kiosque" });
    const alone = await fetch(`${server.url}/api/sessions/${single.code}/series`, { headers: { authorization: `Bearer ${single.facilitatorToken}` } });
    expect(alone.status).toBe(404);
    expect((await alone.json()).error.code).toBe("series.none");
    await Promise.all(desks.map((desk) => desk.leave()));
  }, 90_000);
});
