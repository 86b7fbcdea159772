import type { Room } from "@colyseus/sdk";
import { botWaitMs, createRng, decideBotMove, MESSAGE, type ErrorMessage, type GameDefinition, type WelcomeMessage } from "@sgp/shared";

const SLOW_DOWN_MS = 300;

export interface NetworkBotOptions {
  definition: GameDefinition;
  content: unknown;
  settings: unknown;
  seed: string;
  /** The seat, when the welcome was already read by someone else. */
  seatId?: string;
  /** Pause before each move, so people can follow (0: instant). */
  delayMs?: number;
  /** Share of a timed phase the bot waits for people who have not acted (0: never waits). */
  paceShare?: number;
}

/**
 * Plays one seat over the network with the game's bot policy, from the state this client
 * receives (what the seat may see): after every change (and a pause), one command, then wait
 * for its answer; paced like the server's bots. Resolves when the game is finished. Register it
 * before the welcome arrives, or pass seatId.
 */
export function playAsBot(room: Room, options: NetworkBotOptions): Promise<void> {
  const { definition, content, settings } = options;
  const delayMs = options.delayMs ?? 0;
  const share = options.paceShare ?? 0;
  return new Promise((resolve) => {
    const rng = createRng(options.seed);
    let me = options.seatId ?? "";
    let serverOffset = 0;
    let busy = false;
    let waiting: ReturnType<typeof setTimeout> | undefined;
    let refusedAt = "";
    // Ids unique across this seat's connections: the server answers an id it has seen without applying it again.
    const idPrefix = `bot-${Math.random().toString(36).slice(2, 10)}`;
    let nextId = 1;
    const pending = new Map<string, (answer: "ok" | "refused" | "slow down") => void>();
    room.onMessage(MESSAGE.welcome, (welcome: WelcomeMessage) => {
      me = welcome.seatId;
      serverOffset = welcome.serverNow - Date.now();
      poke();
    });
    room.onMessage(MESSAGE.ack, ({ id }: { id: string }) => pending.get(id)?.("ok"));
    room.onMessage(MESSAGE.error, (error: ErrorMessage) => {
      if (typeof error.id === "string") pending.get(error.id)?.(error.code === "protocol.rate_limited" ? "slow down" : "refused");
    });
    room.onMessage(MESSAGE.report, () => undefined); // a bot reads no report
    room.onStateChange(() => poke());
    // A command whose answer the drop swallowed goes again under its id: answered, not applied, twice.
    let inFlight: { id: string; kind: string; payload: unknown } | undefined;
    room.onReconnect(() => inFlight && room.send(MESSAGE.command, inFlight));
    poke();

    /** Looks again after the pause (a change during it does not push it back). */
    function poke(after = delayMs): void {
      if ((room.state as any)?.status === "finished") return resolve();
      if (waiting) return;
      waiting = setTimeout(() => {
        waiting = undefined;
        void act();
      }, after);
    }

    async function act(): Promise<void> {
      if (!me || busy || !room.state) return;
      const view = (room.state as any).toJSON();
      if (view.status === "finished") return resolve();
      const wait = botWaitMs(view, me, { share, now: Date.now() + serverOffset });
      if (wait === Infinity) return; // until someone acts: a change pokes again
      if (wait > 0) return poke(wait);
      const stamp = JSON.stringify(view);
      const move = decideBotMove({ definition, view, me, content, settings, rng, policyRefused: refusedAt === stamp });
      if (!move) return;
      busy = true;
      const id = `${idPrefix}.${nextId++}`;
      const answer = await new Promise<"ok" | "refused" | "slow down">((done) => {
        pending.set(id, done);
        inFlight = { id, kind: move.kind, payload: move.payload };
        room.send(MESSAGE.command, inFlight);
      });
      pending.delete(id);
      inFlight = undefined;
      busy = false;
      // The server's flood guard asks to slow down: the same move, a moment later.
      if (answer === "slow down") return poke(SLOW_DOWN_MS);
      // A refusal is retried once with the fallback ("done"), then waits for the next change.
      if (answer === "refused") refusedAt = refusedAt === stamp ? "" : stamp;
      if (answer === "ok" || refusedAt) poke();
    }
  });
}
