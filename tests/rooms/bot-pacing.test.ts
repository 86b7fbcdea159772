import { afterAll, beforeAll, expect, it } from "vitest";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

// Bots wait for the whole phase unless the people have acted: whatever they do first is the person's doing.
beforeAll(async () => {
  server = await ServerProcess.start({ BOT_PACE_SHARE: "1" });
});

afterAll(async () => {
  await server?.stop();
});

const hour = { diagnosisSeconds: 3600, voteSeconds: 3600, leversSeconds: 3600, roadmapSeconds: 3600 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seats = (player: TestPlayer): any[] => [...player.state.seats.values()];
const proposals = (player: TestPlayer): any[] => [...player.state.blockers].flatMap((b: any) => [...b.proposals]);

it("bots are ready robots with names nobody has, wait for the person in each phase and never settle a lever before the person judged it", async () => {
  const session = await createSession(server.url, { game: "evalophobia", mode: "group", settings: { autoStart: false, ...hour } });
  const camille = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Camille" });
  const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
  for (let i = 0; i < 3; i++) expect((await host.send("bot.add")).ack).toBe(true);
  await until(() => seats(camille).length === 4, "three bots");
  const bots = seats(camille).filter((s) => s.controller === "bot");
  expect(bots.every((s) => s.ready)).toBe(true);
  expect(new Set(seats(camille).map((s) => s.name)).size).toBe(4);

  expect((await host.send("start")).ack).toBe(true);
  await until(() => camille.state.phase === "diagnosis", "diagnosis");
  await pause(400);
  expect([...camille.state.board]).toHaveLength(0);
  const me = camille.state.players.get(camille.seatId);
  expect((await camille.send("play", { card: me.reasonHand[0], comment: "" })).ack).toBe(true);
  await until(() => seats(camille).filter((s) => s.controller === "bot").every((s) => s.done), "bots done after the person played");
  expect([...camille.state.board].length).toBeGreaterThan(1);
  expect((await camille.send("done")).ack).toBe(true);

  await until(() => camille.state.phase === "vote", "vote");
  await pause(400);
  expect(seats(camille).some((s) => s.controller === "bot" && s.acted)).toBe(false);
  expect((await camille.send("vote", { reason: camille.state.board[0].reason })).ack).toBe(true);
  expect((await camille.send("done")).ack).toBe(true);

  await until(() => camille.state.phase === "levers", "levers");
  await pause(400);
  expect(proposals(camille)).toHaveLength(0);
  const hand: string[] = [...camille.state.players.get(camille.seatId).leverHand];
  const blocker = camille.state.blockers[0].reason;
  expect((await camille.send("propose", { lever: hand[0], blocker, how: "" })).ack).toBe(true);
  // The bots judge it and propose their own; with three reviewers, the third verdict would settle a bot's lever.
  await until(() => proposals(camille).some((p) => p.by !== camille.seatId), "a bot's proposal", 15_000);
  await pause(400);
  const botProposal = proposals(camille).find((p) => p.by !== camille.seatId);
  expect(botProposal.status).toBe("pending");
  expect((await camille.send("review", { proposal: botProposal.id, accept: true })).ack).toBe(true);
  await until(() => proposals(camille).find((p) => p.id === botProposal.id).status !== "pending", "the bot's lever settled once judged");
  for (const player of [camille, host]) await player.leave();
}, 60_000);

it("a network bot joins as a ready robot, named apart from the people", async () => {
  const session = await createSession(server.url, { game: "evalophobia", mode: "group", settings: { autoStart: false } });
  const alex = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Alex" });
  const robot = await TestPlayer.join(server.url, session.code, { seat: "bot" });
  await until(() => seats(alex).length === 2, "the robot's seat");
  const seat = alex.state.seats.get(robot.seatId);
  expect(seat).toMatchObject({ controller: "bot", ready: true });
  expect(seat.name).not.toBe("Alex");
  for (const player of [alex, robot]) await player.leave();
});
