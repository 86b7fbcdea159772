import { ArraySchema } from "@colyseus/schema";
import { ruleError, type CommandDefinition, type GameContext, type RuleError } from "@sgp/shared";
import { z } from "zod";
import type { Deck, Settings } from "./content.ts";
import { isMatch } from "./deck.ts";
import { drawCard, drawMatching } from "./piles.ts";
import { BoardReason, Blocker, EvaloPlayer, LeverProposal, type EvaloState } from "./state.ts";

export type Ctx = GameContext<Deck, Settings>;
export type Command<P> = CommandDefinition<EvaloState, Deck, Settings, P>;

export const COMMENT_MAX = 140;
const commentSchema = z.string().trim().max(COMMENT_MAX).default("");
const cardId = z.string().min(1).max(48);

export function player(state: EvaloState, seatId: string): EvaloPlayer {
  const found = state.players.get(seatId);
  if (!found) throw new Error(`no player for seat ${seatId}`);
  return found;
}

function removeFrom(cards: ArraySchema<string>, card: string): boolean {
  const index = cards.indexOf(card);
  if (index < 0) return false;
  cards.splice(index, 1);
  return true;
}

function syncCounts(p: EvaloPlayer): void {
  p.reasonCount = p.reasonHand.length;
  p.leverCount = p.leverHand.length;
}

const reasonPile = (state: EvaloState) => ({ pile: state.reasonPile, discard: state.reasonDiscard });
const leverPile = (state: EvaloState) => ({ pile: state.leverPile, discard: state.leverDiscard });

// --- setup and dealing -------------------------------------------------------------------------

export function setup(state: EvaloState, ctx: Ctx): void {
  state.reasonPile.push(...ctx.rng.shuffle(ctx.content.reasons.map((r) => r.id)));
  state.leverPile.push(...ctx.rng.shuffle(ctx.content.levers.map((l) => l.id)));
  for (const seat of ctx.players()) state.players.set(seat.id, new EvaloPlayer({ seat: seat.id }));
}

export function dealReasons(state: EvaloState, ctx: Ctx): void {
  for (const seat of ctx.players()) dealReasonHand(state, ctx, player(state, seat.id));
}

function dealReasonHand(state: EvaloState, ctx: Ctx, p: EvaloPlayer): void {
  p.swapsLeft = ctx.settings.swapLimit;
  for (let i = 0; i < ctx.settings.reasonHandSize; i++) {
    const card = drawCard(reasonPile(state), ctx.rng);
    if (card) p.reasonHand.push(card);
  }
  syncCounts(p);
}

/** Lever hands hold at least one lever the booklet matches to a blocker, when the deck has one. */
export function dealLevers(state: EvaloState, ctx: Ctx): void {
  for (const seat of ctx.players()) dealLeverHand(state, ctx, player(state, seat.id));
}

function dealLeverHand(state: EvaloState, ctx: Ctx, p: EvaloPlayer): void {
  p.redrawsLeft = ctx.settings.leverRedraws;
  fillLeverHand(state, ctx, p, state.blockers.map((b) => b.reason));
}

/** Someone arriving during the game gets a place at the table and the hand the current phase deals. */
export function joinLate(state: EvaloState, ctx: Ctx, seatId: string): void {
  const p = new EvaloPlayer({ seat: seatId });
  state.players.set(seatId, p);
  if (state.phase === "diagnosis") dealReasonHand(state, ctx, p);
  if (state.phase === "levers") dealLeverHand(state, ctx, p);
}

function fillLeverHand(state: EvaloState, ctx: Ctx, p: EvaloPlayer, blockerReasons: string[]): void {
  const matchesABlocker = (lever: string) => blockerReasons.some((reason) => isMatch(ctx.content, lever, reason));
  if (!p.leverHand.some(matchesABlocker)) {
    const matched = drawMatching(leverPile(state), ctx.rng, matchesABlocker);
    if (matched) p.leverHand.push(matched);
  }
  while (p.leverHand.length < ctx.settings.leverHandSize) {
    const card = drawCard(leverPile(state), ctx.rng);
    if (!card) break;
    p.leverHand.push(card);
  }
  syncCounts(p);
}

// --- diagnosis ---------------------------------------------------------------------------------

export const swap: Command<{ cards: string[] }> = {
  payload: z.object({ cards: z.array(cardId).min(1).max(12) }).strict(),
  apply(state, ctx, seatId, { cards }) {
    const p = player(state, seatId);
    if (p.swapped) return ruleError("evalophobia.already_swapped");
    if (cards.length > p.swapsLeft) return ruleError("evalophobia.too_many_swaps", { max: p.swapsLeft });
    if (new Set(cards).size !== cards.length || cards.some((c) => !p.reasonHand.includes(c))) return ruleError("evalophobia.not_in_hand");
    for (const card of cards) removeFrom(p.reasonHand, card);
    // Draw first, then discard: a swapped card never comes straight back.
    for (let i = 0; i < cards.length; i++) {
      const drawn = drawCard(reasonPile(state), ctx.rng);
      if (drawn) p.reasonHand.push(drawn);
    }
    state.reasonDiscard.push(...cards);
    p.swapped = true;
    p.swapsLeft = 0;
    syncCounts(p);
  },
};

export const playReason: Command<{ card: string; comment: string }> = {
  payload: z.object({ card: cardId, comment: commentSchema }).strict(),
  apply(state, ctx, seatId, { card, comment }) {
    const p = player(state, seatId);
    if (!p.reasonHand.includes(card)) return ruleError("evalophobia.not_in_hand");
    if (p.reasonsPlayed >= ctx.settings.maxReasonsOnBoard) return ruleError("evalophobia.board_limit", { max: ctx.settings.maxReasonsOnBoard });
    removeFrom(p.reasonHand, card);
    p.reasonsPlayed++;
    state.board.push(new BoardReason({ reason: card, by: seatId, comment }));
    syncCounts(p);
  },
};

export const plusOne: Command<{ reason: string }> = {
  payload: z.object({ reason: cardId }).strict(),
  apply(state, _ctx, seatId, { reason }) {
    const entry = state.board.find((b) => b.reason === reason);
    if (!entry) return ruleError("evalophobia.not_on_board");
    if (entry.by === seatId) return ruleError("evalophobia.own_reason");
    if (entry.plusOnes.includes(seatId)) return ruleError("evalophobia.already_plus_one");
    entry.plusOnes.push(seatId);
  },
};

export function mustHavePlayed(state: EvaloState, _ctx: Ctx, seatId: string): RuleError | void {
  const p = player(state, seatId);
  if (p.reasonsPlayed === 0 && p.reasonHand.length > 0) return ruleError("evalophobia.play_one_first");
}

// --- vote (group) ------------------------------------------------------------------------------

const totalVotes = (p: EvaloPlayer) => [...p.votes.values()].reduce((a, b) => a + b, 0);

export const vote: Command<{ reason: string }> = {
  payload: z.object({ reason: cardId }).strict(),
  apply(state, ctx, seatId, { reason }) {
    const p = player(state, seatId);
    if (!state.board.some((b) => b.reason === reason)) return ruleError("evalophobia.not_on_board");
    if (totalVotes(p) >= ctx.settings.votesPerPlayer) return ruleError("evalophobia.no_coupon_left", { max: ctx.settings.votesPerPlayer });
    const current = p.votes.get(reason) ?? 0;
    if (current >= ctx.settings.maxVotesPerReason) return ruleError("evalophobia.vote_limit", { max: ctx.settings.maxVotesPerReason });
    p.votes.set(reason, current + 1);
  },
};

export const unvote: Command<{ reason: string }> = {
  payload: z.object({ reason: cardId }).strict(),
  apply(state, _ctx, seatId, { reason }) {
    const p = player(state, seatId);
    const current = p.votes.get(reason) ?? 0;
    if (current === 0) return ruleError("evalophobia.no_vote_there");
    if (current === 1) p.votes.delete(reason);
    else p.votes.set(reason, current - 1);
  },
};

/** Reveals every vote at once and picks the priority blockers. */
export function revealVotes(state: EvaloState, ctx: Ctx): void {
  for (const entry of state.board) {
    entry.votes = [...state.players.values()].reduce((sum, p) => sum + (p.votes.get(entry.reason) ?? 0), 0);
  }
  state.revealed = true;
  chooseBlockers(state, ctx, (entry) => [entry.votes, entry.plusOnes.length]);
}

/**
 * The top reasons become blockers, ranked by the keys given; those still tied at the cut-off
 * are drawn with the seeded RNG, and the draw is shown (the facilitator may settle it otherwise).
 */
function chooseBlockers(state: EvaloState, ctx: Ctx, keys: (entry: BoardReason) => number[]): void {
  const wanted = Math.min(ctx.settings.blockers, state.board.length);
  const compare = (a: BoardReason, b: BoardReason) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
    return 0;
  };
  const ranked = [...state.board].sort(compare);
  const chosen = ranked.slice(0, wanted);
  state.tie.clear();
  state.tieDrawn = false;
  if (wanted > 0 && wanted < ranked.length && compare(ranked[wanted - 1], ranked[wanted]) === 0) {
    const cutoff = ranked[wanted - 1];
    const tied = ranked.filter((entry) => compare(entry, cutoff) === 0);
    const sure = chosen.filter((entry) => compare(entry, cutoff) !== 0);
    const drawn = ctx.rng.shuffle([...tied]).slice(0, wanted - sure.length);
    chosen.splice(0, chosen.length, ...sure, ...drawn);
    state.tie.push(...tied.map((entry) => entry.reason));
    state.tieDrawn = true;
  }
  state.blockers.clear();
  for (const entry of chosen.sort(compare)) {
    state.blockers.push(new Blocker({ reason: entry.reason, votes: entry.votes, plusOnes: entry.plusOnes.length }));
  }
}

/** The facilitator settles a tie otherwise than the draw did: one tied reason replaces another. */
export const settleTie: Command<{ out: string; in: string }> = {
  payload: z.object({ out: cardId, in: cardId }).strict(),
  by: "facilitator",
  apply(state, _ctx, _seat, payload) {
    const index = state.blockers.findIndex((b) => b.reason === payload.out);
    if (index < 0 || !state.tie.includes(payload.out) || !state.tie.includes(payload.in)) return ruleError("evalophobia.not_tied");
    if (state.blockers.some((b) => b.reason === payload.in)) return ruleError("evalophobia.already_blocker");
    if (state.blockers[index].proposals.length > 0) return ruleError("evalophobia.blocker_in_use");
    const entry = state.board.find((b) => b.reason === payload.in)!;
    state.blockers.splice(index, 1, new Blocker({ reason: entry.reason, votes: entry.votes, plusOnes: entry.plusOnes.length }));
    state.tieDrawn = false;
  },
};

// --- agreement (pair) and picks (solo) ---------------------------------------------------------

export const pick: Command<{ reasons: string[] }> = {
  payload: z.object({ reasons: z.array(cardId).min(1).max(6) }).strict(),
  apply(state, ctx, seatId, { reasons }) {
    const wanted = Math.min(ctx.settings.blockers, state.board.length);
    if (reasons.length !== wanted || new Set(reasons).size !== reasons.length) return ruleError("evalophobia.pick_count", { count: wanted });
    if (reasons.some((r) => !state.board.some((b) => b.reason === r))) return ruleError("evalophobia.not_on_board");
    const p = player(state, seatId);
    p.picks.clear();
    p.picks.push(...reasons);
    const players = [...state.players.values()];
    if (players.some((other) => other.picks.length === 0)) return;
    const first = [...players[0].picks].sort().join(",");
    if (players.every((other) => [...other.picks].sort().join(",") === first)) {
      chooseBlockers(state, ctx, (entry) => [reasons.indexOf(entry.reason) >= 0 ? 1 : 0, entry.plusOnes.length]);
      return;
    }
    // Not the same priorities: show both choices so that the pair can talk it over.
    state.disagreement.clear();
    for (const other of players) state.disagreement.set(other.seat, [...other.picks].join(","));
  },
};

/** At the end of the agreement time, the reasons most picked (then most +1'd) win. */
export function settlePicks(state: EvaloState, ctx: Ctx): void {
  if (state.blockers.length > 0) return;
  const picked = (reason: string) => [...state.players.values()].filter((p) => p.picks.includes(reason)).length;
  chooseBlockers(state, ctx, (entry) => [picked(entry.reason), entry.plusOnes.length]);
}

// --- levers ------------------------------------------------------------------------------------

function blockerFor(state: EvaloState, reason: string): Blocker | undefined {
  return state.blockers.find((b) => b.reason === reason);
}

export const proposeLever: Command<{ lever: string; blocker: string; how: string }> = {
  payload: z.object({ lever: cardId, blocker: cardId, how: commentSchema }).strict(),
  apply(state, ctx, seatId, { lever, blocker, how }) {
    const p = player(state, seatId);
    const target = blockerFor(state, blocker);
    if (!target) return ruleError("evalophobia.not_a_blocker");
    if (!p.leverHand.includes(lever)) return ruleError("evalophobia.not_in_hand");
    removeFrom(p.leverHand, lever);
    syncCounts(p);
    const proposal = new LeverProposal({ id: `l${++state.proposalCount}`, lever, by: seatId, how, matched: isMatch(ctx.content, lever, blocker) });
    target.proposals.push(proposal);
    resolveProposal(proposal, ctx);
  },
};

function findProposal(state: EvaloState, id: string): LeverProposal | undefined {
  for (const blocker of state.blockers) {
    const found = blocker.proposals.find((p) => p.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Majority of the other players; a tie rejects. Decided as soon as the outcome is certain (undefined until then). */
export function groupVerdict(others: number, yes: number, no: number): boolean | undefined {
  if (others === 0 || yes * 2 > others) return true;
  if ((others - no) * 2 <= others) return false; // a majority is out of reach
  return undefined;
}

function resolveProposal(proposal: LeverProposal, ctx: Ctx, final = false): void {
  if (proposal.status !== "pending") return;
  const others = ctx.players().filter((s) => s.id !== proposal.by).length;
  const yes = proposal.approvals.length;
  const no = proposal.rejections.length;
  const undecided = others - yes - no;
  // Once time is up, the verdicts given decide.
  const accepted = groupVerdict(others, yes, no) ?? (final ? yes > no : undefined);
  if (accepted === undefined) return;
  proposal.status = accepted ? "accepted" : "rejected";
  proposal.decidedBy = final && undecided > 0 ? "time" : "group";
}

export const reviewLever: Command<{ proposal: string; accept: boolean }> = {
  payload: z.object({ proposal: z.string().min(1).max(12), accept: z.boolean() }).strict(),
  apply(state, ctx, seatId, { proposal: id, accept }) {
    const proposal = findProposal(state, id);
    if (!proposal) return ruleError("evalophobia.no_such_proposal");
    if (proposal.by === seatId) return ruleError("evalophobia.own_proposal");
    if (proposal.status !== "pending") return ruleError("evalophobia.already_decided");
    if (proposal.approvals.includes(seatId) || proposal.rejections.includes(seatId)) return ruleError("evalophobia.already_reviewed");
    (accept ? proposal.approvals : proposal.rejections).push(seatId);
    resolveProposal(proposal, ctx);
  },
};

export const decideLever: Command<{ proposal: string; accept: boolean }> = {
  payload: z.object({ proposal: z.string().min(1).max(12), accept: z.boolean() }).strict(),
  by: "facilitator",
  apply(state, _ctx, _seat, { proposal: id, accept }) {
    const proposal = findProposal(state, id);
    if (!proposal) return ruleError("evalophobia.no_such_proposal");
    proposal.status = accept ? "accepted" : "rejected";
    proposal.decidedBy = "facilitator";
  },
};

export const redraw: Command<Record<string, never>> = {
  payload: z.object({}).strict(),
  apply(state, ctx, seatId) {
    const p = player(state, seatId);
    if (p.redrawsLeft <= 0) return ruleError("evalophobia.no_redraw_left");
    const old = [...p.leverHand];
    p.leverHand.clear();
    fillLeverHand(state, ctx, p, state.blockers.map((b) => b.reason));
    state.leverDiscard.push(...old);
    p.redrawsLeft--;
  },
};

/** When the lever phase ends, pending proposals are decided by the votes cast so far. */
export function closeLevers(state: EvaloState, ctx: Ctx): void {
  for (const blocker of state.blockers) for (const proposal of blocker.proposals) resolveProposal(proposal, ctx, true);
}

export const annotate: Command<{ blocker: string; note: string }> = {
  payload: z.object({ blocker: cardId, note: z.string().trim().max(280) }).strict(),
  by: "facilitator",
  apply(state, _ctx, _seat, { blocker, note }) {
    const target = blockerFor(state, blocker);
    if (!target) return ruleError("evalophobia.not_a_blocker");
    target.note = note;
  },
};

export function isGreen(blocker: Blocker): boolean {
  return blocker.proposals.some((p) => p.status === "accepted");
}

