import type { ShellContext } from "@sgp/client/game";
import type { EvaloState } from "../src/state.ts";
import type { DeckView } from "./deck.ts";

export type Shell = ShellContext<EvaloState>;

/** How many blockers are to be chosen: the setting, or fewer when the board holds fewer reasons. */
export function blockerCount(shell: Shell, deck: DeckView): number {
  return Math.max(1, Math.min(deck.settings.blockers, shell.state.board.length));
}

/** What this player is expected to do now, from the state alone. */
export function instruction(shell: Shell, deck: DeckView): string {
  const { state, seatId } = shell;
  const { t } = shell.i18n;
  const me = state.players.get(seatId);
  if (!state.seats.has(seatId)) return t("evalo.watching");
  if (state.seats.get(seatId)?.done && state.phase !== "roadmap") return t("evalo.waiting");
  switch (state.phase) {
    case "sort":
      return t("evalo.sort.do");
    case "pick":
      return t("evalo.pick.do", { count: blockerCount(shell, deck) });
    case "agree":
      if (state.disagreement.size > 0) return t("evalo.agree.differ");
      return me && me.picks.length > 0 ? t("evalo.agree.waiting") : t("evalo.agree.do", { count: blockerCount(shell, deck) });
    case "offers": {
      const open = state.blockers.findIndex((b) => b.proposals.length === 0);
      return t("evalo.offers.do", { index: Math.max(0, open) + 1, count: state.blockers.length });
    }
    case "diagnosis":
      if (!me || me.reasonsPlayed === 0) return t("evalo.diagnosis.do", { max: deck.settings.maxReasonsOnBoard });
      return me.reasonsPlayed >= deck.settings.maxReasonsOnBoard || me.reasonHand.length === 0 ? t("evalo.diagnosis.full") : t("evalo.diagnosis.more");
    case "vote": {
      const used = me ? [...me.votes.values()].reduce((a, b) => a + b, 0) : 0;
      return used >= deck.settings.votesPerPlayer ? t("evalo.vote.over") : t("evalo.vote.do", { max: deck.settings.maxVotesPerReason });
    }
    case "levers": {
      const toReview = state.blockers.some((b) => b.proposals.some((p) => p.status === "pending" && p.by !== seatId && !p.approvals.includes(seatId) && !p.rejections.includes(seatId)));
      return toReview ? t("evalo.levers.review") : t("evalo.levers.do");
    }
    case "roadmap":
      return state.seats.get(seatId)?.done ? t("evalo.waiting") : t("evalo.roadmap.do");
    default:
      return "";
  }
}
