import { ruleError, type PhaseDefinition } from "@sgp/shared";
import type { Deck, Settings } from "./content.ts";
import { closeLevers, dealLevers, dealReasons, mustHavePlayed, revealVotes, settlePicks } from "./rules.ts";
import { everyBlockerGreen, offerLevers, showNextReason, soloSortOver } from "./solo.ts";
import type { EvaloState } from "./state.ts";

type Phase = PhaseDefinition<EvaloState, Deck, Settings>;

const roadmap: Phase = {
  commands: ["annotate"],
  endsWhenAllDone: true,
  timerSeconds: (s) => s.roadmapSeconds,
  next: () => null,
};

const levers: Phase = {
  commands: ["propose", "review", "decide", "redraw", "settle"],
  endsWhenAllDone: true,
  timerSeconds: (s) => s.leversSeconds,
  enter: dealLevers,
  exit: closeLevers,
  next: () => "roadmap",
};

/** Group (3 to 8) and pair: diagnosis, then vote (group) or agreement (pair), levers, roadmap. */
export const phases: Record<string, Phase> = {
  diagnosis: {
    commands: ["swap", "play", "plusOne"],
    endsWhenAllDone: true,
    canBeDone: mustHavePlayed,
    timerSeconds: (s) => s.diagnosisSeconds,
    enter: dealReasons,
    next: (_state, ctx) => (ctx.mode.id === "pair" ? "agree" : "vote"),
  },
  vote: {
    commands: ["vote", "unvote"],
    endsWhenAllDone: true,
    timerSeconds: (s) => s.voteSeconds,
    exit: revealVotes,
    next: () => "levers",
  },
  agree: {
    commands: ["pick", "plusOne"],
    timerSeconds: (s) => s.voteSeconds,
    isOver: (state) => state.blockers.length > 0,
    exit: settlePicks,
    next: () => "levers",
  },
  levers,
  roadmap,

  // Solo: sort the reasons one by one, pick the blockers, choose levers among offers.
  sort: {
    commands: ["sort"],
    endsWhenAllDone: true,
    canBeDone: (state) => (state.board.length === 0 ? ruleError("evalophobia.keep_one_first") : undefined),
    enter: showNextReason,
    isOver: soloSortOver,
    exit: (state) => {
      if (state.soloCurrent) state.reasonDiscard.push(state.soloCurrent);
      state.soloCurrent = "";
    },
    next: (state) => (state.board.length === 0 ? null : "pick"),
  },
  pick: {
    commands: ["pick"],
    isOver: (state) => state.blockers.length > 0,
    exit: settlePicks,
    next: () => "offers",
  },
  offers: {
    commands: ["choose"],
    endsWhenAllDone: true,
    enter: offerLevers,
    isOver: everyBlockerGreen,
    next: () => "roadmap",
  },
};

export function firstPhase(mode: string): string {
  return mode === "solo" ? "sort" : "diagnosis";
}
