import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import evalophobia from "../../games/evalophobia/src/index.ts";
import { playAsBot } from "../../server/src/bots/network-bot.ts";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { allIds, deck, distinctive } from "../support/evalophobia-cards.ts";
import { containsText, framesOf, onFrameDecoded } from "../support/frames.ts";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

interface Observer {
  player: TestPlayer;
  everHeld: Set<string>;
  /** For each frame decoded after joining: the cards public or held by this seat at that time. */
  allowed: Map<Uint8Array, Set<string>>;
  sawVotesEarly: boolean;
}

function observe(player: TestPlayer): Observer {
  const observer: Observer = { player, everHeld: new Set(), allowed: new Map(), sawVotesEarly: false };
  const record = () => {
    const state = player.state;
    const mine = state.players?.get(player.seatId);
    for (const id of [...(mine?.reasonHand ?? []), ...(mine?.leverHand ?? [])]) observer.everHeld.add(id);
    if (!state.revealed) {
      for (const [seat, p] of state.players?.entries() ?? []) if (seat !== player.seatId && p.votes !== undefined && p.votes.size > 0) observer.sawVotesEarly = true;
    }
  };
  onFrameDecoded(player.room, (bytes) => {
    record();
    const state = player.state;
    const visible = new Set<string>(observer.everHeld);
    for (const entry of state.board ?? []) visible.add(entry.reason);
    for (const blocker of state.blockers ?? []) for (const proposal of blocker.proposals) visible.add(proposal.lever);
    const last = framesOf(player.room).at(-1);
    if (last) observer.allowed.set(last, visible);
    void bytes;
  });
  return observer;
}

describe("Evalophobia over the network", () => {
  it("plays a group game of five to the roadmap; no client ever receives another's hand or an early vote", async () => {
    const session = await createSession(server.url, { game: "evalophobia", content: "default", mode: "group", settings: { autoStart: false } });
    const players: TestPlayer[] = [];
    for (const name of ["Ada", "Bilal", "Chloé", "Dan", "Élise"]) players.push(await TestPlayer.join(server.url, session.code, { seat: "player", name }));
    const observers = players.map(observe);
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    const settings = evalophobia.settings.parse({});
    const games = players.map((p, i) => playAsBot(p.room, { definition: evalophobia, content: deck, settings, seed: `p${i}`, seatId: p.seatId }));
    expect(await facilitator.send("start")).toEqual({ ack: true });

    // Élise reloads in the middle of the vote: her seat token gives her seat and hand back.
    await until(() => facilitator.state.phase === "vote", "vote phase", 20_000);
    const elise = players[4];
    const hand = [...elise.state.players.get(elise.seatId).reasonHand];
    elise.room.reconnection.enabled = false;
    (elise.room.connection as any).transport.ws.close();
    const back = await TestPlayer.join(server.url, session.code, { seat: "player", seatToken: elise.welcome.seatToken! });
    expect(back.seatId).toBe(elise.seatId);
    expect([...back.state.players.get(back.seatId).reasonHand]).toEqual(hand);
    const backGame = playAsBot(back.room, { definition: evalophobia, content: deck, settings, seed: "back", seatId: back.seatId });

    await Promise.race([Promise.all([...games.slice(0, 4), backGame]), until(() => facilitator.state.status === "finished", "finished", 60_000)]);
    await until(() => facilitator.state.status === "finished", "finished", 60_000);
    expect(facilitator.state.blockers.length).toBe(3);

    const report = await (await fetch(`${server.url}/api/sessions/${session.code}/report?format=json`, { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).json();
    expect(report.header.participants.map((p: { name: string }) => p.name)).toEqual(["Ada", "Bilal", "Chloé", "Dan", "Élise"]);
    expect(report.report.sections.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(["result", "roadmap", "dashboard"]));
    expect(report.report.sections.find((s: { id: string }) => s.id === "result").blocks[1].rows).toHaveLength(3);

    // The wire: no frame carries a card of another player's hand before that card is public.
    let checked = 0;
    for (const observer of observers.slice(0, 4)) {
      expect(observer.sawVotesEarly).toBe(false);
      const others = observers.filter((o) => o !== observer);
      const secret = new Set([...others.flatMap((o) => [...o.everHeld])].filter((id) => !observer.everHeld.has(id) && distinctive(id)));
      for (const frame of framesOf(observer.player.room)) {
        const allowed = observer.allowed.get(frame) ?? new Set<string>();
        for (const id of secret) {
          if (allowed.has(id)) continue;
          expect(containsText(frame, id), `${observer.player.seatId} received ${id}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // and the big-screen seat or the facilitator never see a hand in their decoded state
    for (const p of facilitator.state.players.values()) expect(p.reasonHand === undefined || p.reasonHand.length === 0).toBe(true);
  }, 90_000);

  it("finishes a solo game with one network bot", async () => {
    const session = await createSession(server.url, { game: "evalophobia", content: "kiosk", mode: "solo" });
    const solo = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Visiteur" });
    const kiosk = JSON.parse(readFileSync("games/evalophobia/content/kiosk.json", "utf8"));
    const settings = evalophobia.settings.parse(kiosk.settings);
    const game = playAsBot(solo.room, { definition: evalophobia, content: kiosk, settings, seed: "solo", seatId: solo.seatId });
    expect(await solo.send("ready", { ready: true })).toEqual({ ack: true });
    await game;
    expect(solo.state.status).toBe("finished");
    expect(solo.state.blockers.length).toBeGreaterThan(0);
  }, 60_000);
});

describe("Evalophobia and a crash", () => {
  it("goes on after SIGKILL mid-game with the same state hash, seats and hands; a finished session's report stays byte-identical", async () => {
    const finished = await createSession(server.url, { game: "evalophobia", content: "kiosk", mode: "solo" });
    const soloPlayer = await TestPlayer.join(server.url, finished.code, { seat: "player", name: "Solo" });
    const kiosk = JSON.parse(readFileSync("games/evalophobia/content/kiosk.json", "utf8"));
    const soloGame = playAsBot(soloPlayer.room, { definition: evalophobia, content: kiosk, settings: evalophobia.settings.parse(kiosk.settings), seed: "solo", seatId: soloPlayer.seatId });
    await soloPlayer.send("ready", { ready: true });
    await soloGame;
    const reportUrl = `${server.url}/api/sessions/${finished.code}/report?format=html&token=${soloPlayer.reportToken}`;
    const reportBefore = await (await fetch(reportUrl)).text();

    const session = await createSession(server.url, { game: "evalophobia", content: "default", mode: "group", settings: { autoStart: false } });
    const players: TestPlayer[] = [];
    for (const name of ["Ana", "Ben", "Cyr"]) players.push(await TestPlayer.join(server.url, session.code, { seat: "player", name }));
    const facilitator = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
    await facilitator.send("start");
    await until(() => players.every((p) => p.state.players?.get(p.seatId)?.reasonHand?.length > 0), "hands dealt");
    for (const p of players) await p.send("play", { card: p.state.players.get(p.seatId).reasonHand[0], comment: "" });
    await until(() => facilitator.state.board.length === 3, "three reasons on the board");
    const hands = players.map((p) => [...p.state.players.get(p.seatId).reasonHand]);
    const stateUrl = `${server.url}/api/sessions/${session.code}/state`;
    const auth = { headers: { authorization: `Bearer ${session.facilitatorToken}` } };
    const before = await (await fetch(stateUrl, auth)).json();

    await server.stop("SIGKILL");
    await server.start();

    expect(await (await fetch(stateUrl, auth)).json()).toEqual({ ...before, process: expect.any(String) }); // a new process
    expect(await (await fetch(reportUrl)).text()).toBe(reportBefore);
    const back = await Promise.all(players.map((p) => TestPlayer.join(server.url, session.code, { seat: "player", seatToken: p.welcome.seatToken! })));
    expect(back.map((p) => p.seatId)).toEqual(players.map((p) => p.seatId));
    expect(back.map((p) => [...p.state.players.get(p.seatId).reasonHand])).toEqual(hands);
    const settings = evalophobia.settings.parse({});
    await Promise.all(back.map((p, i) => playAsBot(p.room, { definition: evalophobia, content: deck, settings, seed: `after-${i}`, seatId: p.seatId })));
    expect(back[0].state.status).toBe("finished");
  }, 90_000);
});
