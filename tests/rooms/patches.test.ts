import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { framesOf } from "../support/frames.ts";
import { ServerProcess } from "../support/server-process.ts";

/** The first byte of a state patch frame (Colyseus' ROOM_STATE_PATCH). */
const PATCH_FRAME = 15;

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

async function joinAll(code: string, names: string[]): Promise<TestPlayer[]> {
  const players: TestPlayer[] = [];
  for (const name of names) players.push(await TestPlayer.join(server.url, code, { seat: "player", name }));
  return players;
}

describe("patches carry only what changed", () => {
  it("a private vote patches its voter alone, and the running timer patches no one", async () => {
    const session = await createSession(server.url, { game: "evalophobia", mode: "group", settings: { voteSeconds: 600 } });
    const [ada, bob, cleo] = await joinAll(session.code, ["Ada", "Bob", "Cléo"]);
    for (const player of [ada, bob, cleo]) expect(await player.send("ready", { ready: true })).toEqual({ ack: true });
    await until(() => ada.state.phase === "diagnosis", "diagnosis");
    for (const player of [ada, bob, cleo]) {
      expect(await player.send("play", { card: player.state.players.get(player.seatId).reasonHand[0], comment: "" })).toEqual({ ack: true });
      expect(await player.send("done")).toEqual({ ack: true });
    }
    await until(() => [ada, bob, cleo].every((p) => p.state.phase === "vote" && p.state.timer.endsAt > 0), "the vote, timed");
    const endsAt = ada.state.timer.endsAt;
    const reason: string = ada.state.board[0].reason;
    // Her first command of the phase shows everyone that she has acted; the next ones are hers alone.
    expect(await ada.send("vote", { reason })).toEqual({ ack: true });
    await until(() => [bob, cleo].every((p) => p.state.seats.get(ada.seatId).acted), "Ada has acted");
    const framesBefore = [bob, cleo].map((p) => framesOf(p.room).length);

    expect(await ada.send("unvote", { reason })).toEqual({ ack: true });
    expect(ada.state.players.get(ada.seatId).votes.has(reason)).toBe(false);
    // A refused command answers after any patch sent before it: what arrived until then is all there was.
    for (const player of [bob, cleo]) expect((await player.send("unvote", { reason })).ack).toBe(false);

    // Colyseus still sends every client a frame per patch: for them, its header byte alone.
    const patchFrames = (player: TestPlayer, before: number) => framesOf(player.room).slice(before).filter((frame) => frame[0] === PATCH_FRAME);
    expect(patchFrames(bob, framesBefore[0]).map((frame) => frame.length)).toEqual([1]);
    expect(patchFrames(cleo, framesBefore[1]).map((frame) => frame.length)).toEqual([1]);
    expect(ada.state.timer.endsAt).toBe(endsAt);
    expect(ada.state.timer.remainingMs).toBe(0);
  });

  it("a role the facilitator moves shows its secret objectives to the seat that receives it", async () => {
    const session = await createSession(server.url, { game: "coast", content: "kiosque", settings: { autoStart: false, negotiationSeconds: 3600 } });
    const [nour, yann] = await joinAll(session.code, ["Nour", "Yann"]);
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    expect(await facilitator.send("start")).toEqual({ ack: true });
    await until(() => [nour, yann].every((p) => p.state.seats.get(p.seatId)?.role), "roles dealt");
    const secretOf = (player: TestPlayer, role: string): unknown[] => JSON.parse(player.state.roles.get(role)?.secret || "[]");
    const yannsRole: string = yann.state.seats.get(yann.seatId).role;
    expect(secretOf(nour, yannsRole)).toEqual([]);

    expect(await facilitator.send("assign", { seat: nour.seatId, role: yannsRole })).toEqual({ ack: true });
    await until(() => nour.state.seats.get(nour.seatId).role === yannsRole, "the role moved");
    expect(secretOf(nour, yannsRole).length).toBeGreaterThan(0);
  });
});
