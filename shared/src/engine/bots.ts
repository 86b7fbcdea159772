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

/** How bots pace themselves so people can follow and act. */
export interface BotPace {
  /** Share of a timed phase after which bots stop waiting for the people who have not acted (0 = never wait). */
  share: number;
  /** The server's clock now, in epoch ms (the timer's `endsAt` is on it). */
  now: number;
}

/**
 * How long a bot waits before it may act: 0 now, Infinity until someone acts. In a phase where
 * people play, a bot acts only once each connected person has acted, or once the pace's share of
 * the phase's time has passed; on its own turn it never waits (nobody else can move).
 */
export function botWaitMs(view: SeatView<any>, me: string, pace: BotPace): number {
  if (pace.share <= 0 || view.turn === me) return 0;
  const people = Object.values(view.seats ?? {}).filter((seat: any) => seat.controller === "human" && seat.connected);
  if (people.every((seat: any) => seat.acted)) return 0;
  const { durationMs, endsAt, remainingMs, paused } = view.timer ?? {};
  if (!durationMs || durationMs <= 0) return Infinity;
  const remaining = paused || !endsAt ? remainingMs : Math.max(0, endsAt - pace.now);
  const wait = remaining - (1 - Math.min(1, pace.share)) * durationMs;
  if (wait <= 0) return 0;
  return paused ? Infinity : wait;
}
