import type { Clock, Delayed } from "@colyseus/core";
import { createRng, decideBotMove, seatView, type ApplyResult, type GameSession, type Rng, type SessionInput } from "@sgp/shared";

/**
 * Plays the bot seats with the game's policy, one move at a time, through the same input path
 * as people (validation, log, patch). A bot whose policy has nothing to do, or whose command is
 * refused, says "done" when the phase ends that way, so a bot never stalls a phase.
 */
export class BotDriver {
  private readonly rng: Rng;
  private pending?: Delayed;
  /** Seats whose policy command, then whose fallback, was refused in the current state; cleared by any change. */
  private refused = new Set<string>();
  private exhausted = new Set<string>();

  constructor(
    private readonly session: GameSession,
    private readonly clock: Clock,
    private readonly delayMs: number,
    private readonly input: (input: SessionInput) => ApplyResult,
  ) {
    this.rng = createRng(`${session.config.seed}:bots`);
  }

  /** Called after every applied input. */
  schedule(): void {
    this.refused.clear();
    this.exhausted.clear();
    if (this.pending || this.session.status !== "playing") return;
    // The move runs after the clock's tick: it patches, and a patch ticks the clock itself.
    this.pending = this.clock.setTimeout(() => queueMicrotask(() => {
      this.pending = undefined;
      this.playOne();
    }), this.delayMs);
  }

  stop(): void {
    this.pending?.clear();
    this.pending = undefined;
  }

  private playOne(): void {
    const { session } = this;
    for (const seat of session.players()) {
      if (session.status !== "playing") return;
      if (seat.controller !== "bot" || this.exhausted.has(seat.id)) continue;
      const command = decideBotMove({
        definition: session.definition,
        view: seatView(session.state, new Set(session.definition.visibleTo(session.state, seat.id))),
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
      const result = this.input({ type: "command", seatId: seat.id, host: false, kind: command.kind, payload: command.payload });
      if (result.ok) return; // the input path schedules the next move
      (this.refused.has(seat.id) ? this.exhausted : this.refused).add(seat.id);
      return this.playOne();
    }
  }
}
