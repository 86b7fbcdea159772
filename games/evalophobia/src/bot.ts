import type { BotCommand, BotInput } from "@sgp/shared";
import type { Deck, Settings } from "./content.ts";
import { categoryCounts, deckIndex, isMatch } from "./deck.ts";
import { groupVerdict } from "./rules.ts";
import type { EvaloState } from "./state.ts";

type Input = BotInput<EvaloState, Deck, Settings>;
type View = Input["view"];
type BoardEntry = View["board"][number];

const byPlusOnes = (a: BoardEntry, b: BoardEntry) => b.plusOnes.length - a.plusOnes.length || a.reason.localeCompare(b.reason);

/**
 * Simple, explainable choices: reasons from the categories the board lacks, +1 and votes for what
 * the table already shares, levers the booklet matches to a blocker. Null means "nothing more
 * to do here", and the driver then says done.
 */
export function botPolicy(input: Input): BotCommand | null {
  const { view } = input;
  switch (view.phase) {
    case "diagnosis":
      return diagnose(input);
    case "vote":
      return voteLikeTheTable(input);
    case "agree":
    case "pick":
      return pickPriorities(input);
    case "levers":
      return proposeOrReview(input);
    case "sort":
      return sortCard(input);
    case "offers":
      return chooseOffers(input);
    default:
      return null;
  }
}

function diagnose({ view, me, content, settings }: Input): BotCommand | null {
  const mine = view.players[me];
  const hand: string[] = mine?.reasonHand ?? [];
  const lit = categoryCounts(content, view.board.map((b) => b.reason));
  const category = (id: string) => deckIndex(content).reasons.get(id)?.category ?? "";
  if (mine && mine.reasonsPlayed < Math.min(2, settings.maxReasonsOnBoard) && hand.length > 0) {
    // A table names its blockers in many families: the card from the least lit category goes first.
    const lightOf = (id: string) => lit.get(category(id)) ?? 0;
    const card = hand.reduce((best, id) => (lightOf(id) < lightOf(best) ? id : best));
    return { kind: "play", payload: { card, comment: "" } };
  }
  const shared = view.board.filter((b) => b.by !== me && !b.plusOnes.includes(me)).sort(byPlusOnes)[0];
  const plusOnesGiven = view.board.filter((b) => b.plusOnes.includes(me)).length;
  if (shared && plusOnesGiven < 2) return { kind: "plusOne", payload: { reason: shared.reason } };
  return null;
}

function voteLikeTheTable({ view, me, settings }: Input): BotCommand | null {
  const votes: Record<string, number> = view.players[me]?.votes ?? {};
  const used = Object.values(votes).reduce((a, b) => a + b, 0);
  if (used >= settings.votesPerPlayer) return null;
  const ranked = [...view.board].sort(byPlusOnes);
  const target = ranked.find((b) => !votes[b.reason]) ?? ranked.find((b) => votes[b.reason] < settings.maxVotesPerReason);
  return target ? { kind: "vote", payload: { reason: target.reason } } : null;
}

function pickPriorities({ view, me, settings }: Input): BotCommand | null {
  const wanted = Math.min(settings.blockers, view.board.length);
  const mine: string[] = view.players[me]?.picks ?? [];
  // In a pair, an agreeable bot adopts the other player's priorities once they are shown.
  const other = Object.entries(view.disagreement ?? {}).find(([seat]) => seat !== me)?.[1];
  const picks = other ? other.split(",") : [...view.board].sort(byPlusOnes).slice(0, wanted).map((b) => b.reason);
  if (mine.length > 0 && [...mine].sort().join(",") === [...picks].sort().join(",")) return null;
  return picks.length === wanted ? { kind: "pick", payload: { reasons: picks } } : null;
}

function proposeOrReview({ view, me, content }: Input): BotCommand | null {
  for (const blocker of view.blockers) {
    const pending = blocker.proposals.find((p) => p.status === "pending" && p.by !== me && !p.approvals.includes(me) && !p.rejections.includes(me));
    if (!pending) continue;
    const accept = pending.matched || blocker.proposals.every((p) => p.status !== "accepted");
    if (!wouldDecideBeforePeople(view, pending, accept)) return { kind: "review", payload: { proposal: pending.id, accept } };
  }
  const hand: string[] = view.players[me]?.leverHand ?? [];
  const proposedByMe = view.blockers.flatMap((b) => b.proposals).filter((p) => p.by === me).length;
  if (proposedByMe >= 2) return null;
  for (const blocker of view.blockers) {
    if (blocker.proposals.some((p) => p.status !== "rejected")) continue;
    const lever = hand.find((id) => isMatch(content, id, blocker.reason));
    if (lever) return { kind: "propose", payload: { lever, blocker: blocker.reason, how: "" } };
  }
  const mine = view.players[me];
  const needsMatch = view.blockers.some((b) => !b.proposals.some((p) => p.status !== "rejected"));
  if (needsMatch && mine && mine.redrawsLeft > 0) return { kind: "redraw", payload: {} };
  return null;
}

/** A bot's verdict must not settle a proposal that a person at the table has not judged yet. */
function wouldDecideBeforePeople(view: View, proposal: View["blockers"][number]["proposals"][number], accept: boolean): boolean {
  const reviewers = Object.values(view.seats).filter((seat) => seat.id !== proposal.by);
  const answered = new Set([...proposal.approvals, ...proposal.rejections]);
  if (!reviewers.some((seat) => seat.controller === "human" && !answered.has(seat.id))) return false;
  const yes = proposal.approvals.length + (accept ? 1 : 0);
  const no = proposal.rejections.length + (accept ? 0 : 1);
  return groupVerdict(reviewers.length, yes, no) !== undefined;
}

function sortCard({ view, content, rng }: Input): BotCommand | null {
  if (!view.soloCurrent) return null;
  const lit = categoryCounts(content, view.board.map((b) => b.reason));
  const category = deckIndex(content).reasons.get(view.soloCurrent)?.category ?? "";
  return { kind: "sort", payload: { keep: (lit.get(category) ?? 0) > 0 || rng.next() < 0.35 } };
}

function chooseOffers({ view, content }: Input): BotCommand | null {
  const open = view.blockers.find((b) => b.proposals.length === 0);
  if (!open) return null;
  const matched = open.offers.filter((id) => isMatch(content, id, open.reason));
  return { kind: "choose", payload: { blocker: open.reason, levers: matched.length > 0 ? matched.slice(0, 2) : open.offers.slice(0, 1) } };
}
