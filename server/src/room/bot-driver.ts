import type { Clock, Delayed } from "@colyseus/core";
import { botWaitMs, createRng, decideBotMove, seatView, type ApplyResult, type GameSession, type Rng, type SessionInput } from "@sgp/shared";

export interface BotPacing {
  /** Pause before a bot plays, so people can follow. */
  delayMs: number;
  /** Share of a timed phase after which bots stop waiting for people who have not acted. */
  share: number;
}

/**
 * Plays the bot seats with the game's policy, one move at a time, through the same input path
 * as people (validation, log, patch). A bot whose policy has nothing to do, or whose command is
 * refused, says "done" when the phase ends that way, so a bot never stalls a phase. Bots wait
 * for the people at the table (see botWaitMs). Seats held by a network bot are left to it.
 */
export class BotDriver {
  private readonly rng: Rng;
  private pending?: Delayed;
  private wakeUp?: Delayed;
  /** Seats whose policy command, then whose fallback, was refused in the current state; cleared by any change. */
  private refused = new Set<string>();
  private exhausted = new Set<string>();

  constructor(
    private readonly session: GameSession,
    private readonly clock: Clock,
    private readonly pacing: BotPacing,
    private readonly input: (input: SessionInput) => ApplyResult,
    private readonly playedRemotely: (seatId: string) => boolean,
  ) {
    this.rng = createRng(`${session.config.seed}:bots`);
  }

  /** Called after every applied input. */
  schedule(): void {
    this.refused.clear();
    this.exhausted.clear();
    this.wakeUp?.clear();
    this.wakeUp = undefined;
    if (this.pending || this.session.status !== "playing" || !this.hasBotSeat()) return;
    // The move runs after the clock's tick: it patches, and a patch ticks the clock itself.
    this.pending = this.clock.setTimeout(() => queueMicrotask(() => {
      this.pending = undefined;
      this.playOne();
    }), this.pacing.delayMs);
  }

  private hasBotSeat(): boolean {
    for (const seat of this.session.state.seats.values()) if (seat.controller === "bot") return true;
    return false;
  }

  stop(): void {
    this.pending?.clear();
    this.pending = undefined;
    this.wakeUp?.clear();
    this.wakeUp = undefined;
  }

  private playOne(): void {
    const { session } = this;
    let soonest = Infinity;
    for (const seat of session.players()) {
      if (session.status !== "playing") return;
      if (seat.controller !== "bot" || this.exhausted.has(seat.id) || this.playedRemotely(seat.id)) continue;
      const view = seatView(session.state, new Set(session.definition.visibleTo(session.state, seat.id)));
      const wait = botWaitMs(view, seat.id, { share: this.pacing.share, now: Date.now() });
      if (wait > 0) {
        soonest = Math.min(soonest, wait);
        continue;
      }
      const command = decideBotMove({
        definition: session.definition,
        view,
        me: seat.id,
        content: session.config.content,
        settings: session.gameSettings,
        rng: this.rng,
        policyRefused: this.refused.has(seat.id),
      });
      if (!command) {
        this.exhausted.add(seat.id);
        continue;
      }
      const result = this.input({ type: "command", seatId: seat.id, host: false, kind: command.kind, payload: command.payload, by: "bot" });
      if (result.ok) return; // the input path schedules the next move
      (this.refused.has(seat.id) ? this.exhausted : this.refused).add(seat.id);
      return this.playOne();
    }
    // Bots waiting for people look again once their share of the phase has passed.
    if (soonest !== Infinity) {
      this.wakeUp = this.clock.setTimeout(() => queueMicrotask(() => {
        this.wakeUp = undefined;
        this.playOne();
      }), soonest);
    }
  }
}
