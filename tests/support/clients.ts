import { Client, type Room } from "@colyseus/sdk";
import { MESSAGE, type ErrorMessage, type JoinOptions, type WelcomeMessage } from "@sgp/shared";
import { sendRawCommand } from "./raw-frames.ts";

export type Answer = { ack: true } | { ack: false; error: ErrorMessage };

/** Command ids unique across every player of a test file: the server remembers each seat's ids. */
let lastCommandId = 0;

/** A real SDK client in a session, with helpers to send commands and await their answers. */
export class TestPlayer {
  welcome!: WelcomeMessage;
  /** The report token, from the welcome or from the message sent at the end of the game. */
  reportToken?: string;
  readonly errors: ErrorMessage[] = [];
  private readonly waiting = new Map<string | number, (answer: Answer) => void>();
  private welcomed!: Promise<WelcomeMessage>;

  private constructor(readonly room: Room) {
    this.welcomed = new Promise((resolve) =>
      room.onMessage(MESSAGE.welcome, (w: WelcomeMessage) => {
        this.reportToken = w.reportToken;
        resolve((this.welcome = w));
      }),
    );
    room.onMessage(MESSAGE.report, ({ reportToken }: { reportToken: string }) => (this.reportToken = reportToken));
    room.onMessage(MESSAGE.ack, ({ id }: { id: string | number }) => this.settle(id, { ack: true }));
    room.onMessage(MESSAGE.error, (error: ErrorMessage) => {
      this.errors.push(error);
      if (error.id !== null) this.settle(error.id, { ack: false, error });
    });
    room.onMessage(MESSAGE.kicked, () => undefined);
  }

  static async join(url: string, code: string, options: JoinOptions): Promise<TestPlayer> {
    const room = await new Client(url).joinById(code, options);
    const player = new TestPlayer(room);
    await player.welcomed;
    return player;
  }

  get state(): any {
    return this.room.state;
  }

  get seatId(): string {
    return this.welcome.seatId;
  }

  send(kind: string, payload: unknown = {}): Promise<Answer> {
    const id = ++lastCommandId;
    return this.raw("cmd", { id, kind, payload }, id);
  }

  /** Sends any msgpack body as a `cmd` frame, past the SDK, and waits for the answer to `id`. */
  frame(body: unknown, id: string | number): Promise<Answer> {
    return this.answerTo(id, `frame ${String(id)}`, () => sendRawCommand(this.room, body));
  }

  /** Sends any message at all, as a hostile client would, and waits for the answer to `id`. */
  raw(type: string, message: unknown, id: string | number | null): Promise<Answer> {
    if (id === null) {
      this.room.send(type as never, message as never);
      return Promise.resolve({ ack: true });
    }
    return this.answerTo(id, `${type} ${String(id)}`, () => this.room.send(type as never, message as never));
  }

  private answerTo(id: string | number, what: string, send: () => void): Promise<Answer> {
    const answer = new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${what}`)), 10_000);
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
    });
    try {
      send();
    } catch (error) {
      this.settle(id, { ack: true });
      throw error; // the client could not even encode it
    }
    return answer;
  }

  async leave(): Promise<void> {
    await this.room.leave(true);
  }

  private settle(id: string | number, answer: Answer): void {
    this.waiting.get(id)?.(answer);
    this.waiting.delete(id);
  }
}

export async function createSession(url: string, body: Record<string, unknown>): Promise<{ code: string; facilitatorToken: string; joinUrl: string; reportUrl: string }> {
  const response = await fetch(`${url}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`create session: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Waits until the predicate holds on fresh state (patches arrive asynchronously). */
export async function until(predicate: () => boolean, what = "condition", timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Two players, Ada and Bob, in a started game of the test game. */
export async function startedTinyGame(url: string, settings: Record<string, unknown> = {}) {
  const session = await createSession(url, { game: "tiny", mode: "group", settings });
  const ada = await TestPlayer.join(url, session.code, { seat: "player", name: "Ada" });
  const bob = await TestPlayer.join(url, session.code, { seat: "player", name: "Bob" });
  for (const player of [ada, bob]) {
    const answer = await player.send("ready", { ready: true });
    if (!answer.ack) throw new Error(`ready refused: ${answer.error.code}`);
  }
  await until(() => ada.state.status === "playing" && bob.state.status === "playing", "game start");
  return { session, ada, bob };
}
