import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalJson, GameSession, seatView } from "@sgp/shared";
import { botsPlay, cmd, ok, refused, startGame } from "../../../tests/support/rules.ts";
import { deckSchema, type Deck } from "./content.ts";
import { isMatch } from "./deck.ts";
import evalophobia from "./index.ts";
import type { EvaloState } from "./state.ts";

const deck = deckSchema.parse(JSON.parse(readFileSync(new URL("../content/default.json", import.meta.url), "utf8"))) as Deck;
const kiosk = deckSchema.parse(JSON.parse(readFileSync(new URL("../content/kiosk.json", import.meta.url), "utf8"))) as Deck;

type Session = GameSession<EvaloState>;

function newGame(mode: string, humans: number, opts: { bots?: number; seed?: string; settings?: Record<string, unknown>; content?: Deck } = {}): Session {
  return startGame<Session>(evalophobia, { contentId: "default", content: opts.content ?? deck, mode, seed: opts.seed, settings: opts.settings }, humans, opts.bots);
}

const hand = (session: Session, seat: string) => [...session.state.players.get(seat)!.reasonHand];
const levers = (session: Session, seat: string) => [...session.state.players.get(seat)!.leverHand];

describe("group game", () => {
  it("deals private hands and shows each seat only its own", () => {
    const session = newGame("group", 4);
    expect(session.state.phase).toBe("diagnosis");
    for (const seat of ["p1", "p2", "p3", "p4"]) expect(hand(session, seat)).toHaveLength(6);
    const all = ["p1", "p2", "p3", "p4"].flatMap((s) => hand(session, s));
    expect(new Set(all).size).toBe(24);
    const view = seatView(session.state, new Set(evalophobia.visibleTo(session.state, "p1")));
    expect(view.players.p1.reasonHand).toHaveLength(6);
    expect(view.players.p2.reasonHand).toBeUndefined();
    expect(view.players.p2.reasonCount).toBe(6);
  });

  it("plays every phase with bots to a roadmap and a report", () => {
    const session = newGame("group", 0, { bots: 6 });
    botsPlay(session);
    expect(session.status).toBe("finished");
    expect(session.state.blockers).toHaveLength(3);
    expect(session.state.revealed).toBe(true);
    const report = evalophobia.report(session.state, session.ctx as never, "players");
    expect(report.sections.map((s) => s.id)).toEqual(expect.arrayContaining(["result", "roadmap", "dashboard"]));
    const accepted = [...session.state.blockers].flatMap((b) => b.proposals.filter((p) => p.status === "accepted"));
    expect(accepted.length).toBeGreaterThan(0);
  });

  it("swaps up to two cards once, never getting a swapped card straight back", () => {
    const session = newGame("group", 3);
    const [a, b, c] = hand(session, "p1");
    refused(session, cmd("p1", "swap", { cards: [a, b, c] }), "evalophobia.too_many_swaps");
    refused(session, cmd("p1", "swap", { cards: ["no-such-card"] }), "evalophobia.not_in_hand");
    ok(session, cmd("p1", "swap", { cards: [a, b] }));
    const after = hand(session, "p1");
    expect(after).toHaveLength(6);
    expect(after).not.toContain(a);
    expect(after).not.toContain(b);
    refused(session, cmd("p1", "swap", { cards: [after[0]] }), "evalophobia.already_swapped");
  });

  it("reshuffles the discards into an empty pile with the seeded RNG", () => {
    const small = { ...kiosk, settings: { ...kiosk.settings, reasonHandSize: 7, swapLimit: 2, maxPlayers: 3 } } as Deck;
    const session = newGame("group", 3, { content: small });
    expect(session.state.reasonPile.length).toBe(24 - 21);
    for (const seat of ["p1", "p2", "p3"]) ok(session, cmd(seat, "swap", { cards: hand(session, seat).slice(0, 2) }));
    // 3 left, 6 wanted: the pile ran out and the first discards came back shuffled
    const inHands = ["p1", "p2", "p3"].flatMap((s) => hand(session, s));
    expect(inHands).toHaveLength(21);
    expect(new Set(inHands).size).toBe(21);
  });

  it("plays reasons with comments, +1s others' reasons, and requires a reason before done", () => {
    const session = newGame("group", 3);
    refused(session, cmd("p1", "done"), "evalophobia.play_one_first");
    const card = hand(session, "p1")[0];
    ok(session, cmd("p1", "play", { card, comment: "Ici, c'est flagrant" }));
    refused(session, cmd("p1", "plusOne", { reason: card }), "evalophobia.own_reason");
    ok(session, cmd("p2", "plusOne", { reason: card }));
    refused(session, cmd("p2", "plusOne", { reason: card }), "evalophobia.already_plus_one");
    refused(session, cmd("p1", "play", { card, comment: "" }), "evalophobia.not_in_hand");
    refused(session, cmd("p2", "play", { card: hand(session, "p2")[0], comment: "x".repeat(300) }), "command.bad_payload");
    expect(session.state.board[0].comment).toBe("Ici, c'est flagrant");
    ok(session, cmd("p1", "done"));
  });

  it("keeps votes hidden until the reveal and breaks ties by +1, then by a seeded draw", () => {
    const session = newGame("group", 3, { settings: { blockers: 2 } });
    const cards = ["p1", "p2", "p3"].map((s) => hand(session, s)[0]);
    ["p1", "p2", "p3"].forEach((s, i) => ok(session, cmd(s, "play", { card: cards[i], comment: "" })));
    ok(session, cmd("p2", "plusOne", { reason: cards[0] }));
    ["p1", "p2", "p3"].forEach((s) => ok(session, cmd(s, "done")));
    expect(session.state.phase).toBe("vote");
    // everyone gives one coupon to each reason: a three-way tie on votes
    for (const s of ["p1", "p2", "p3"]) for (const c of cards) ok(session, cmd(s, "vote", { reason: c }));
    refused(session, cmd("p1", "vote", { reason: cards[0] }), "evalophobia.no_coupon_left");
    const view = seatView(session.state, new Set(evalophobia.visibleTo(session.state, "p2")));
    expect(view.players.p1.votes).toBeUndefined();
    expect(session.state.board.every((b) => b.votes === 0)).toBe(true);
    ["p1", "p2", "p3"].forEach((s) => ok(session, cmd(s, "done")));
    expect(session.state.revealed).toBe(true);
    expect(session.state.board.map((b) => b.votes)).toEqual([3, 3, 3]);
    expect(session.state.blockers[0].reason).toBe(cards[0]); // the only +1
    expect([...session.state.tie].sort()).toEqual([cards[1], cards[2]].sort());
    expect(session.state.tieDrawn).toBe(true);
    expect(cards).toContain(session.state.blockers[1].reason);
    // the facilitator may settle the tie otherwise
    const drawn = session.state.blockers[1].reason;
    const other = drawn === cards[1] ? cards[2] : cards[1];
    refused(session, cmd("p1", "settle", { out: drawn, in: other }), "command.facilitator_only");
    ok(session, cmd("facilitator", "settle", { out: drawn, in: other }, true));
    expect(session.state.blockers[1].reason).toBe(other);
  });

  it("deals lever hands holding a matched lever, accepts by majority, rejects on a tie, and accepts an unmatched lever too", () => {
    const session = newGame("group", 3, { seed: "levers" });
    botsPlay(session, undefined, 400, () => session.state.phase === "levers");
    // bots played diagnosis and vote for the humans: now in levers with everyone still to act
    expect(session.state.phase).toBe("levers");
    const blockers = session.state.blockers.map((b) => b.reason);
    for (const seat of ["p1", "p2", "p3"]) expect(levers(session, seat).some((l) => blockers.some((r) => isMatch(deck, l, r)))).toBe(true);

    const unmatched = levers(session, "p1").find((l) => !isMatch(deck, l, blockers[0]))!;
    ok(session, cmd("p1", "propose", { lever: unmatched, blocker: blockers[0], how: "Dès le prochain comité" }));
    const first = session.state.blockers[0].proposals[0];
    expect(first.matched).toBe(false);
    refused(session, cmd("p1", "review", { proposal: first.id, accept: true }), "evalophobia.own_proposal");
    ok(session, cmd("p2", "review", { proposal: first.id, accept: true }));
    expect(first.status).toBe("pending");
    ok(session, cmd("p3", "review", { proposal: first.id, accept: true }));
    expect(first.status).toBe("accepted"); // the booklet is advice, not law

    const second = levers(session, "p2")[0];
    ok(session, cmd("p2", "propose", { lever: second, blocker: blockers[1], how: "" }));
    const proposal = session.state.blockers[1].proposals[0];
    ok(session, cmd("p1", "review", { proposal: proposal.id, accept: true }));
    ok(session, cmd("p3", "review", { proposal: proposal.id, accept: false }));
    expect(proposal.status).toBe("rejected"); // 1 to 1 among the others: a tie rejects
    refused(session, cmd("p3", "review", { proposal: proposal.id, accept: true }), "evalophobia.already_decided");

    ok(session, cmd("p3", "redraw"));
    refused(session, cmd("p3", "redraw"), "evalophobia.no_redraw_left");
  });

  it("ends phases on their timers when a player never acts", () => {
    const session = newGame("group", 4, { settings: { diagnosisSeconds: 60 } });
    botsPlay(session, ["p1", "p2", "p3"], 50);
    expect(session.state.phase).toBe("diagnosis");
    expect(session.state.timer.durationMs).toBe(60_000);
    ok(session, { type: "timer.expired", phase: "diagnosis", serial: session.phaseSerial });
    expect(session.state.phase).toBe("vote");
    botsPlay(session, ["p1", "p2", "p3"], 50);
    ok(session, { type: "timer.expired", phase: "vote", serial: session.phaseSerial });
    expect(session.state.phase).toBe("levers");
    expect(session.state.blockers.length).toBeGreaterThan(0);
  });

  it("caps the players at what the deck can deal", () => {
    const session = new GameSession(evalophobia, { code: "X", contentId: "kiosk", content: kiosk, mode: "group", seed: "s", settings: {} });
    expect(session.mode.maxPlayers).toBe(6);
  });
});

describe("pair game", () => {
  it("needs both players to pick the same priorities, showing both choices when they differ", () => {
    const session = newGame("pair", 2, { settings: { blockers: 2 } });
    const cards = [...hand(session, "p1").slice(0, 2), ...hand(session, "p2").slice(0, 1)];
    ok(session, cmd("p1", "play", { card: cards[0], comment: "" }));
    ok(session, cmd("p1", "play", { card: cards[1], comment: "" }));
    ok(session, cmd("p2", "play", { card: cards[2], comment: "" }));
    ok(session, cmd("p1", "done"));
    ok(session, cmd("p2", "done"));
    expect(session.state.phase).toBe("agree");
    refused(session, cmd("p1", "pick", { reasons: [cards[0]] }), "evalophobia.pick_count");
    ok(session, cmd("p1", "pick", { reasons: [cards[0], cards[1]] }));
    ok(session, cmd("p2", "pick", { reasons: [cards[0], cards[2]] }));
    expect(session.state.phase).toBe("agree");
    expect(session.state.disagreement.get("p1")).toBe(`${cards[0]},${cards[1]}`);
    ok(session, cmd("p2", "pick", { reasons: [cards[1], cards[0]] }));
    expect(session.state.phase).toBe("levers");
    expect(session.state.blockers.map((b) => b.reason).sort()).toEqual([cards[0], cards[1]].sort());
  });

  it("plays to the end with bots", () => {
    const session = newGame("pair", 0, { bots: 2 });
    botsPlay(session);
    expect(session.status).toBe("finished");
  });
});

describe("solo game", () => {
  it("walks through reasons, lights the dashboard, picks blockers, chooses among offers, builds the roadmap", () => {
    const session = newGame("solo", 1, { settings: { soloReasons: 6, blockers: 2, soloLeverOffers: 4 } });
    expect(session.state.phase).toBe("sort");
    refused(session, cmd("p1", "done"), "evalophobia.keep_one_first");
    for (let i = 0; i < 6; i++) ok(session, cmd("p1", "sort", { keep: i % 2 === 0 }));
    expect(session.state.phase).toBe("pick");
    expect(session.state.board).toHaveLength(3);
    const kept = session.state.board.map((b) => b.reason);
    ok(session, cmd("p1", "pick", { reasons: [kept[2], kept[0]] }));
    expect(session.state.phase).toBe("offers");
    for (const blocker of session.state.blockers) {
      expect(blocker.offers).toHaveLength(4);
      expect(blocker.offers.filter((l) => isMatch(deck, l, blocker.reason)).length).toBeGreaterThanOrEqual(2);
    }
    const [b1, b2] = session.state.blockers;
    refused(session, cmd("p1", "choose", { blocker: b1.reason, levers: ["not-offered"] }), "evalophobia.not_offered");
    ok(session, cmd("p1", "choose", { blocker: b1.reason, levers: [b1.offers[0], b1.offers[1]] }));
    ok(session, cmd("p1", "choose", { blocker: b2.reason, levers: [b2.offers[3]] }));
    expect(session.state.phase).toBe("roadmap");
    ok(session, cmd("p1", "done"));
    expect(session.status).toBe("finished");
    const solo = evalophobia.report(session.state, session.ctx as never, "players");
    const report = JSON.stringify(solo);
    expect(report).toContain("Préchauffage terminé");
    // Laid out for one person: their result, no vote nor +1 column.
    const result = solo.sections.find((section) => section.id === "result")!;
    expect(result.title).toEqual({ fr: "Votre résultat", en: "Your result" });
    const table = result.blocks.find((block) => block.type === "table") as { columns: { id: string }[] };
    expect(table.columns.map((column) => column.id)).toEqual(["blocker", "light"]);
  });

  it("plays to the end with a bot", () => {
    const session = newGame("solo", 0, { bots: 1 });
    botsPlay(session);
    expect(session.status).toBe("finished");
  });

  it("replays exactly from the same seed and inputs", () => {
    const run = () => {
      const session = newGame("group", 0, { bots: 5, seed: "replay" });
      botsPlay(session);
      return canonicalJson(session.state);
    };
    expect(run()).toBe(run());
  });
});
