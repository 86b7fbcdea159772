import type { BenchClient, BenchCommand } from "./tables.ts";

/** A command with no visible effect after this long is a timeout. */
export const TIMEOUT_MS = 5000;
const SWEEP_MS = 250;

interface Driven {
  client: BenchClient;
  /** The command in flight; once timed out it stays until its effect shows, so that the next command is chosen from a state that has caught up. */
  pending?: { command: BenchCommand; sentAt: number; timedOut: boolean };
  timer?: NodeJS.Timeout;
}

/**
 * Drives connected clients at a fixed rate each, with their start times spread over one period,
 * and times every command from its send to the sender's own state showing it. A client whose
 * last command is still pending skips its turn (that wait shows in the latencies or timeouts);
 * a command with no effect after TIMEOUT_MS counts as a timeout, not as a latency.
 */
export class LoadGenerator {
  latencies: number[] = [];
  errors = 0;
  timeouts = 0;
  bytes = 0;
  private readonly driven: Driven[] = [];
  private sweeper?: NodeJS.Timeout;

  add(clients: BenchClient[]): void {
    for (const client of clients) {
      const driven: Driven = { client };
      this.driven.push(driven);
      client.room.onStateChange(() => this.settle(driven));
      client.onRefused(() => {
        this.errors++;
        driven.pending = undefined;
      });
      countBytes(client, (bytes) => (this.bytes += bytes));
    }
  }

  get clientCount(): number {
    return this.driven.length;
  }

  /** Starts every client sending `rate` commands a second. */
  start(rate: number): void {
    const periodMs = 1000 / rate;
    for (const driven of this.driven) {
      driven.timer = setTimeout(() => {
        this.fire(driven);
        driven.timer = setInterval(() => this.fire(driven), periodMs);
      }, Math.random() * periodMs);
    }
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
  }

  /** Forgets what was measured so far: the measuring window starts now. */
  resetWindow(): void {
    this.latencies = [];
    this.errors = 0;
    this.timeouts = 0;
    this.bytes = 0;
  }

  /** Stops sending, then waits for the commands in flight to land or time out. */
  async stop(): Promise<void> {
    for (const driven of this.driven) clearTimeout(driven.timer);
    const deadline = performance.now() + TIMEOUT_MS + SWEEP_MS;
    while (this.driven.some((driven) => driven.pending && !driven.pending.timedOut) && performance.now() < deadline) await new Promise((r) => setTimeout(r, SWEEP_MS));
    clearInterval(this.sweeper);
    this.sweep();
  }

  async close(): Promise<void> {
    await Promise.all(this.driven.map(({ client }) => client.room.leave(true).catch(() => undefined)));
  }

  private fire(driven: Driven): void {
    if (driven.pending) return;
    const command = driven.client.next();
    driven.pending = { command, sentAt: performance.now(), timedOut: false };
    command.send();
  }

  private settle(driven: Driven): void {
    const pending = driven.pending;
    if (!pending || !pending.command.applied()) return;
    if (!pending.timedOut) this.latencies.push(performance.now() - pending.sentAt);
    driven.pending = undefined;
  }

  private sweep(): void {
    const now = performance.now();
    for (const driven of this.driven) {
      const pending = driven.pending;
      if (pending && !pending.timedOut && now - pending.sentAt > TIMEOUT_MS) {
        this.timeouts++;
        pending.timedOut = true;
      }
    }
  }
}

/** Counts the bytes a client receives on its socket (the SDK hands every frame to `events.onmessage`). */
function countBytes(client: BenchClient, add: (bytes: number) => void): void {
  const events = client.room.connection.events;
  const deliver = events.onmessage!;
  events.onmessage = (event: MessageEvent) => {
    add((event.data as ArrayBuffer).byteLength);
    deliver(event);
  };
}
