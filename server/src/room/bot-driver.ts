import type { Clock, Delayed } from "@colyseus/core";
import { createRng, seatView, type ApplyResult, type BotCommand, type GameSession, type Rng, type SessionInput } from "@sgp/shared";

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
    this.pending = this.clock.setTimeout(() => {
      this.pending = undefined;
      this.playOne();
    }, this.delayMs);
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
      const command = (this.refused.has(seat.id) ? null : this.policy(seat.id)) ?? this.fallback(seat.id);
      if (!command) continue;
      const result = this.input({ type: "command", seatId: seat.id, host: false, kind: command.kind, payload: command.payload });
      if (result.ok) return; // the input path schedules the next move
      (this.refused.has(seat.id) ? this.exhausted : this.refused).add(seat.id);
      return this.playOne();
    }
  }

  private policy(seatId: string): BotCommand | null {
    const { session } = this;
    const definition = session.definition;
    const visible = new Set(definition.visibleTo(session.state, seatId));
    return definition.bot({
      view: seatView(session.state, visible),
      me: seatId,
      content: session.config.content,
      settings: session.gameSettings,
      rng: this.rng,
    });
  }

  /** With nothing to play, a bot ends its phase the way people do. */
  private fallback(seatId: string): BotCommand | null {
    const phase = this.session.definition.phases[this.session.state.phase];
    const seat = this.session.state.seats.get(seatId);
    if (phase?.endsWhenAllDone && seat && !seat.done) return { kind: "done", payload: {} };
    this.exhausted.add(seatId);
    return null;
  }
}
