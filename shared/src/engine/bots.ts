import type { BotCommand, GameDefinition, SeatView } from "../game.ts";
import type { Rng } from "../rng.ts";

export interface BotTurn {
  definition: GameDefinition;
  view: SeatView<any>;
  me: string;
  content: unknown;
  settings: unknown;
  rng: Rng;
  /** The policy's command was just refused in this very state: fall back. */
  policyRefused?: boolean;
}

/**
 * What a bot does now: the game's policy, or, when it has nothing (or was refused), "done" in a
 * phase that ends that way. Used by the server's bot driver and by the network bots alike.
 */
export function decideBotMove(turn: BotTurn): BotCommand | null {
  const { definition, view, me } = turn;
  if (view.status !== "playing") return null;
  const command = turn.policyRefused ? null : definition.bot({ view, me, content: turn.content, settings: turn.settings, rng: turn.rng });
  if (command) return command;
  const phase = definition.phases[view.phase];
  return phase?.endsWhenAllDone && view.seats?.[me] && !view.seats[me].done ? { kind: "done", payload: {} } : null;
}
