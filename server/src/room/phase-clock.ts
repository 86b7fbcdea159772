import type { Clock, Delayed } from "@colyseus/core";
import type { PhaseTimer } from "@sgp/shared";

/**
 * Runs the current phase's timer on the room's clock. The rules only say how long a phase
 * lasts and whether it is paused (in `state.timer`); this reconciles the real clock with that,
 * and writes `endsAt` (running) or `remainingMs` (paused) back for the clients, which count down
 * to `endsAt` on the server's clock: neither changes while the clock runs, so no patch is sent
 * for the time passing. Expiry is reported, not applied: the room turns it into a logged input
 * like any other.
 */
export class PhaseClock {
  private serial = 0;
  private duration = 0;
  private remaining = 0;
  private endsAt = 0;
  private pending?: Delayed;

  constructor(
    private readonly clock: Clock,
    private readonly onExpire: (phase: string, serial: number) => void,
  ) {}

  sync(timer: PhaseTimer, serial: number, running: boolean): void {
    if (!running || timer.durationMs <= 0) {
      this.stop();
      this.serial = 0;
      timer.endsAt = 0;
      timer.remainingMs = 0;
      return;
    }
    const now = Date.now();
    if (serial !== this.serial) {
      this.stop();
      this.serial = serial;
      this.duration = timer.durationMs;
      this.remaining = timer.durationMs;
    } else if (timer.durationMs !== this.duration) {
      this.remaining = this.currentRemaining(now) + (timer.durationMs - this.duration);
      this.duration = timer.durationMs;
      this.stop();
    }
    if (timer.paused) {
      if (this.pending) {
        this.remaining = this.currentRemaining(now);
        this.stop();
      }
    } else if (!this.pending) {
      this.endsAt = now + this.remaining;
      const phase = timer.phase;
      // Reported after the clock's tick: the expiry patches, and a patch ticks the clock itself.
      this.pending = this.clock.setTimeout(() => queueMicrotask(() => {
        this.pending = undefined;
        this.onExpire(phase, serial);
      }), Math.max(0, this.remaining));
    }
    timer.endsAt = this.pending ? this.endsAt : 0;
    timer.remainingMs = this.pending ? 0 : Math.max(0, this.remaining);
  }

  stop(): void {
    this.pending?.clear();
    this.pending = undefined;
  }

  private currentRemaining(now: number): number {
    return this.pending ? Math.max(0, this.endsAt - now) : this.remaining;
  }
}
