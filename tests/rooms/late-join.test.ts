import { afterAll, beforeAll, expect, it } from "vitest";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

const hour = { diagnosisSeconds: 3600, voteSeconds: 3600, leversSeconds: 3600, roadmapSeconds: 3600 };
const joinRefusal = (promise: Promise<unknown>) => promise.then(() => "joined", (error: Error) => error.message);

it("a facilitated session starts only on the facilitator's command; a latecomer gets a free seat with a hand", async () => {
  const session = await createSession(server.url, { game: "evalophobia", mode: "group", settings: { autoStart: false, ...hour } });
  const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
  const people: TestPlayer[] = [];
  for (const name of ["Ada", "Bilal", "Chloé"]) people.push(await TestPlayer.join(server.url, session.code, { seat: "player", name }));
  for (const person of people) expect((await person.send("ready", { ready: true })).ack).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(host.state.status).toBe("lobby");
  expect(await people[0].send("start")).toMatchObject({ ack: false, error: { code: "command.facilitator_only" } });
  expect((await host.send("start")).ack).toBe(true);
  await until(() => host.state.phase === "diagnosis", "diagnosis");

  const late = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Dan" });
  expect(late.seatId).toBe("p4");
  await until(() => late.state.players?.get("p4")?.reasonHand?.length > 0, "the latecomer's hand");
  expect(host.state.seats.get("p4")).toMatchObject({ name: "Dan", controller: "human" });
  for (const player of [...people, late, host]) await player.leave();
});

it("in a facilitated session a robot's seat goes to a latecomer only through the facilitator's link, a logged seat change", async () => {
  const session = await createSession(server.url, { game: "coast", content: "kiosque", settings: { autoStart: false, fillWithBots: true, seats: 4, negotiationSeconds: 3600, eventSeconds: 3600 } });
  const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
  const ada = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" });
  expect((await host.send("start")).ack).toBe(true);
  await until(() => host.state.status === "playing", "the game");

  expect(await joinRefusal(TestPlayer.join(server.url, session.code, { seat: "player", name: "Bilal" }))).toContain("join.ask_facilitator");
  const bot = [...host.state.seats.values()].find((seat: any) => seat.controller === "bot");
  const handover = (path: string, token = session.facilitatorToken) => fetch(`${server.url}/api/sessions/${session.code}/seats/${path}/handover`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
  expect((await handover(ada.seatId)).status).toBe(409);
  expect((await handover(bot.id, "x".repeat(32))).status).toBe(403);
  const answer = await handover(bot.id);
  expect(answer.status).toBe(200);
  const { url } = await answer.json();
  const seatToken = new URL(url).searchParams.get("seat")!;
  expect(new URL(url).searchParams.get("code")).toBe(session.code);
  const bilal = await TestPlayer.join(server.url, session.code, { seat: "player", seatToken, name: "Bilal" });
  expect(bilal.seatId).toBe(bot.id);
  await until(() => host.state.seats.get(bot.id).controller === "human", "the seat handed over");
  expect(host.state.seats.get(bot.id).name).toBe("Bilal");
  for (const player of [ada, bilal, host]) await player.leave();
});

it("where the players run the table a latecomer takes a robot's seat, never the seat of someone kicked, else hears why", async () => {
  const session = await createSession(server.url, { game: "coast", content: "kiosque", settings: { fillWithBots: true, seats: 4, negotiationSeconds: 3600, eventSeconds: 3600 } });
  const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
  const people: TestPlayer[] = [];
  for (const name of ["Ada", "Bilal", "Chloé", "Dan"]) people.push(await TestPlayer.join(server.url, session.code, { seat: "player", name }));
  for (const person of people) await person.send("ready", { ready: true });
  await until(() => host.state.status === "playing", "the game");
  expect((await host.send("kick", { seat: people[3].seatId, reason: "" })).ack).toBe(true);
  await until(() => host.state.seats.get(people[3].seatId).controller === "bot", "the kicked seat to a robot");
  expect(await joinRefusal(TestPlayer.join(server.url, session.code, { seat: "player", name: "Dan" }))).toContain("join.started");
  expect((await host.send("seat.bot", { seat: people[2].seatId })).ack).toBe(true);
  const eve = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ève" });
  expect(eve.seatId).toBe(people[2].seatId);
  // Chloé's connection was closed when Ève took the seat over.
  for (const player of [people[0], people[1], eve, host]) await player.leave();
});
