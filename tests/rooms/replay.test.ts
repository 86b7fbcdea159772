import { afterAll, beforeAll, expect, it } from "vitest";
import evalophobia from "../../games/evalophobia/src/index.ts";
import { playAsBot } from "../../server/src/bots/network-bot.ts";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { allIds, deck, distinctive } from "../support/evalophobia-cards.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

it("steps through a finished game: the timeline in words, the state at each step, and the public view never holds a card still in a hand", async () => {
  const session = await createSession(server.url, { game: "evalophobia", content: "default", mode: "group", settings: { autoStart: false } });
  const reportToken = new URL(session.reportUrl).searchParams.get("token")!;
  const players: TestPlayer[] = [];
  for (const name of ["Ada", "Bilal", "Chloé"]) players.push(await TestPlayer.join(server.url, session.code, { seat: "player", name }));
  const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
  const api = (path: string, bearer?: string) => fetch(`${server.url}/api/sessions/${session.code}${path}`, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});

  expect((await api(`/replay?token=${reportToken}`)).status).toBe(409);
  const settings = evalophobia.settings.parse({});
  const games = players.map((p, i) => playAsBot(p.room, { definition: evalophobia, content: deck, settings, seed: `r${i}`, seatId: p.seatId }));
  expect((await host.send("start")).ack).toBe(true);
  await Promise.all(games);
  await until(() => host.state.status === "finished", "the end");

  expect((await api("/replay?token=nope-nope-nope-nope")).status).toBe(403);
  const timeline = await (await api("/replay?lang=fr", session.facilitatorToken)).json();
  const publicTimeline = await (await api(`/replay?lang=en&token=${reportToken}`)).json();
  expect(timeline.steps.length).toBeGreaterThan(10);
  expect(publicTimeline.steps).toHaveLength(timeline.steps.length);
  expect(timeline.steps[0]).toMatchObject({ step: 1, who: "Ada", what: "rejoint la table" });
  expect(timeline.steps.some((s: any) => s.who === "Animation" && s.what === "lance la partie")).toBe(true);
  expect(timeline.steps.some((s: any) => s.what === "pose une raison sur le tableau de bord")).toBe(true);
  expect(publicTimeline.steps.some((s: any) => s.who === "Facilitator" && s.what === "starts the game")).toBe(true);
  // Words, never a payload: no card id in either timeline.
  const words = JSON.stringify(publicTimeline);
  expect(allIds.filter(distinctive).filter((id) => words.includes(id))).toEqual([]);

  let handsChecked = 0;
  for (const { step } of timeline.steps) {
    const full = (await (await api(`/replay/${step}`, session.facilitatorToken)).json()).state;
    const shown = JSON.stringify((await (await api(`/replay/${step}?token=${reportToken}`)).json()).state);
    const held = Object.values(full.players ?? {}).flatMap((p: any) => [...(p.reasonHand ?? []), ...(p.leverHand ?? [])]).filter(distinctive);
    handsChecked += held.length;
    expect(held.filter((id) => shown.includes(`"${id}"`)), `step ${step}`).toEqual([]);
    expect(shown).not.toContain("reasonHand");
  }
  expect(handsChecked).toBeGreaterThan(0);
  expect((await api(`/replay/999999?token=${reportToken}`)).status).toBe(404);
  for (const player of [...players, host]) await player.leave();
}, 120_000);
