import { ruleError } from "@sgp/shared";
import { z } from "zod";
import { isMatch } from "./deck.ts";
import { drawCard, drawMatching } from "./piles.ts";
import { Blocker, BoardReason, LeverProposal, type EvaloState } from "./state.ts";
import type { Command, Ctx } from "./rules.ts";

const cardId = z.string().min(1).max(48);

/** Solo: reasons come one at a time; the player keeps those that ring true. */
export function showNextReason(state: EvaloState, ctx: Ctx): void {
  state.soloCurrent = state.soloSeen < ctx.settings.soloReasons ? (drawCard({ pile: state.reasonPile, discard: state.reasonDiscard }, ctx.rng) ?? "") : "";
}

export const sortReason: Command<{ keep: boolean }> = {
  payload: z.object({ keep: z.boolean() }).strict(),
  apply(state, ctx, seatId, { keep }) {
    if (!state.soloCurrent) return ruleError("evalophobia.no_card_on_show");
    if (keep) state.board.push(new BoardReason({ reason: state.soloCurrent, by: seatId }));
    else state.reasonDiscard.push(state.soloCurrent);
    state.soloSeen++;
    showNextReason(state, ctx);
  },
};

export function soloSortOver(state: EvaloState): boolean {
  return state.soloCurrent === "";
}

/** Solo: each blocker is offered a few levers, mostly ones the booklet matches. */
export function offerLevers(state: EvaloState, ctx: Ctx): void {
  const piles = { pile: state.leverPile, discard: state.leverDiscard };
  const offered = new Set<string>();
  for (const blocker of state.blockers) {
    const count = ctx.settings.soloLeverOffers;
    const matchedWanted = Math.max(1, Math.ceil((count * 3) / 4));
    for (let i = 0; i < count; i++) {
      const wantMatch = i < matchedWanted;
      const lever = drawMatching(piles, ctx.rng, (l) => !offered.has(l) && isMatch(ctx.content, l, blocker.reason) === wantMatch) ?? drawCard(piles, ctx.rng);
      if (!lever) break;
      offered.add(lever);
      blocker.offers.push(lever);
    }
    // Order the offers so that matched ones do not always come first.
    const shuffled = ctx.rng.shuffle([...blocker.offers]);
    blocker.offers.clear();
    blocker.offers.push(...shuffled);
  }
}

export const chooseLevers: Command<{ blocker: string; levers: string[] }> = {
  payload: z.object({ blocker: cardId, levers: z.array(cardId).min(1).max(8) }).strict(),
  apply(state, ctx, seatId, { blocker: reason, levers }) {
    const blocker = state.blockers.find((b) => b.reason === reason);
    if (!blocker) return ruleError("evalophobia.not_a_blocker");
    if (new Set(levers).size !== levers.length || levers.some((l) => !blocker.offers.includes(l))) return ruleError("evalophobia.not_offered");
    blocker.proposals.clear();
    for (const lever of levers) {
      blocker.proposals.push(
        new LeverProposal({ id: `l${++state.proposalCount}`, lever, by: seatId, status: "accepted", decidedBy: "group", matched: isMatch(ctx.content, lever, reason) }),
      );
    }
  },
};

export function everyBlockerGreen(state: EvaloState): boolean {
  return state.blockers.length > 0 && state.blockers.every((b: Blocker) => b.proposals.some((p) => p.status === "accepted"));
}
