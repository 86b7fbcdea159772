import { Callbacks, Client, CloseCode, type Room } from "@colyseus/sdk";
import { MESSAGE, type BaseState, type ErrorMessage, type KickedMessage, type Locale, type ReportMessage, type WelcomeMessage } from "@sgp/shared";
import { sessionInfo } from "./api.ts";
import { ServerClock } from "./clock.ts";
import { CodedError, joinRefusal } from "./errors.ts";
import { forgetSeat, readSeat, writeSeat } from "./seat-store.ts";

export type ConnectionStatus = "online" | "reconnecting" | "closed";

/** Why the connection closed for good, as a code the i18n layer knows. */
export type CloseReason = "conn.kicked" | "conn.takenOver" | "conn.failed" | "left";

export type StateCallbacks<S extends BaseState = BaseState> = ReturnType<typeof Callbacks.get<S>>;

interface Pending {
  kind: string;
  payload: unknown;
  resolve(): void;
  reject(error: CodedError): void;
  /** Runs only while connected: a command waiting for a reconnection does not time out. */
  timer?: ReturnType<typeof setTimeout>;
}

const endpoint = () => `${location.protocol}//${location.host}`;
const COMMAND_TIMEOUT_MS = 15_000;
/**
 * Colyseus's own reconnection is tried every half second for about the server's reconnection
 * window; once the server refuses it (after a restart), the seat token takes over at once.
 */
const SDK_RECONNECT = { maxRetries: 120, minDelay: 250, maxDelay: 500 };
/** Seat-token attempts: every half second for a minute (a restarting server), then slower. */
const REJOIN_DELAY_MS = (attempt: number) => (attempt === 0 ? 0 : attempt < 120 ? 500 : 5000);
const REJOIN_MAX_ATTEMPTS = 160;

/** Who else may join than a player: the facilitator's console (with its token), or a big screen. */
export type Onlooker = { seat: "facilitator"; token: string } | { seat: "screen" };

/** A stand tablet's place: joining with it gives a friendly name (see docs/kiosk.md). */
export interface KioskPlace {
  table: string;
  tablet: string;
}

type Listener<T> = (value: T) => void;

class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  on(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
}

/**
 * The one connection to a session, shared by every screen: joins, comes back after a drop
 * (Colyseus's reconnection first, then the seat token, which survives a server restart),
 * and sends commands as promises settled by the server's `ack` or `error`.
 */
export class SessionConnection {
  readonly clock = new ServerClock();
  /** Fires when the room object is replaced (a rejoin with the seat token): listeners must re-attach. */
  readonly roomChanged = new Emitter<Room<BaseState>>();
  readonly statusChanged = new Emitter<ConnectionStatus>();
  readonly stateChanged = new Emitter<BaseState>();
  readonly pendingChanged = new Emitter<ReadonlySet<string>>();
  readonly closed = new Emitter<CloseReason>();
  welcome!: WelcomeMessage;
  /** The players' report token: the facilitator's from the welcome, everyone else's once the game is over. */
  reportToken?: string;
  status: ConnectionStatus = "online";
  /** The facilitator's reason, when this seat was removed. */
  kickReason = "";
  private room!: Room<BaseState>;
  /** Command ids are unique per seat across reloads, so that the server can answer a re-sent one without applying it twice. */
  private readonly idPrefix = Math.random().toString(36).slice(2, 10);
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();

  private constructor(
    readonly code: string,
    private readonly locale: () => Locale,
    private readonly onlooker?: Onlooker,
  ) {}

  /** Joins as a player: with the seat token kept in this tab if there is one, else under `name` (or as a stand tablet). */
  static async join(code: string, locale: () => Locale, name?: string, kiosk?: KioskPlace): Promise<SessionConnection> {
    const connection = new SessionConnection(code, locale);
    await connection.connect(name, kiosk);
    return connection;
  }

  /** Joins as the facilitator or as a big screen: no seat token, the same connection otherwise. */
  static async attend(code: string, locale: () => Locale, onlooker: Onlooker): Promise<SessionConnection> {
    const connection = new SessionConnection(code, locale, onlooker);
    await connection.connect();
    return connection;
  }

  get state(): BaseState {
    return this.room.state;
  }

  get callbacks(): StateCallbacks {
    return Callbacks.get(this.room);
  }

  get seatId(): string {
    return this.welcome.seatId;
  }

  /** Kinds of the commands sent and not yet answered. */
  get pendingKinds(): ReadonlySet<string> {
    return new Set([...this.pending.values()].map((p) => p.kind));
  }

  send(kind: string, payload: unknown = {}): Promise<void> {
    const id = `${this.idPrefix}.${this.nextId++}`;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { kind, payload, resolve, reject });
      this.pendingChanged.emit(this.pendingKinds);
      if (this.status === "online") this.transmit(id);
    });
  }

  private transmit(id: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.settle(id, new CodedError("conn.notSent")), COMMAND_TIMEOUT_MS);
    this.room.send(MESSAGE.command, { id, kind: entry.kind, payload: entry.payload });
  }

  /** After a drop, the commands still unanswered go again under their ids: the server answers each once, applies each once. */
  private resendPending(): void {
    for (const id of this.pending.keys()) this.transmit(id);
  }

  private holdPending(): void {
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
  }

  async leave(): Promise<void> {
    forgetSeat(this.code);
    this.status = "closed";
    await this.room.leave(true);
  }

  private async connect(name?: string, kiosk?: KioskPlace): Promise<void> {
    await sessionInfo(this.code);
    const saved = readSeat(this.code);
    const base = { seat: "player" as const, locale: this.locale() };
    const options = this.onlooker
      ? { ...this.onlooker, locale: this.locale() }
      : saved.seatToken
      ? { ...base, seatToken: saved.seatToken, ...(name ? { name } : {}), ...(saved.facilitatorToken ? { facilitatorToken: saved.facilitatorToken } : {}) }
      : kiosk
        ? { seat: "kiosk" as const, table: kiosk.table, tablet: kiosk.tablet, locale: base.locale }
        : { ...base, name, ...(saved.facilitatorToken ? { facilitatorToken: saved.facilitatorToken } : {}) };
    let room: Room<BaseState>;
    try {
      room = await new Client(endpoint()).joinById<BaseState>(this.code, options);
    } catch (error) {
      const refusal = joinRefusal(error);
      if (refusal.code === "join.bad_seat_token") writeSeat(this.code, { seatToken: undefined });
      throw refusal;
    }
    this.welcome = await this.attach(room);
  }

  /** Wires a freshly joined room and waits for its welcome. */
  private attach(room: Room<BaseState>): Promise<WelcomeMessage> {
    this.room = room;
    Object.assign(room.reconnection, SDK_RECONNECT);
    const welcomed = new Promise<WelcomeMessage>((resolve) =>
      room.onMessage(MESSAGE.welcome, (welcome: WelcomeMessage) => {
        this.clock.sync(welcome.serverNow);
        if (welcome.seatToken) writeSeat(this.code, { seatToken: welcome.seatToken });
        this.welcome = welcome;
        this.reportToken = welcome.reportToken ?? this.reportToken;
        resolve(welcome);
      }),
    );
    room.onMessage(MESSAGE.ack, ({ id }: { id: string }) => this.settle(id));
    room.onMessage(MESSAGE.report, ({ reportToken }: ReportMessage) => (this.reportToken = reportToken));
    room.onMessage(MESSAGE.error, (error: ErrorMessage) => {
      if (typeof error.id === "string") this.settle(error.id, new CodedError(error.code, error.params, error.message));
    });
    room.onMessage(MESSAGE.kicked, (message: KickedMessage) => {
      forgetSeat(this.code);
      this.kickReason = message.reason;
      this.close("conn.kicked");
    });
    room.onStateChange((state) => this.stateChanged.emit(state));
    room.onDrop(() => {
      this.holdPending();
      this.setStatus("reconnecting");
    });
    room.onReconnect(() => {
      this.setStatus("online");
      this.resendPending();
    });
    room.onLeave((code, reason) => this.onLeave(code, reason));
    return welcomed;
  }

  private onLeave(code: number, reason?: string): void {
    if (this.status === "closed") return;
    if (reason === "seat.taken_over") return this.close("conn.takenOver");
    if (reason === "kicked") return this.close("conn.kicked");
    if (code === CloseCode.CONSENTED) return this.close("left");
    void this.rejoin();
  }

  /** Past Colyseus's reconnection window (or after a server restart): the seat token brings us back. */
  private async rejoin(): Promise<void> {
    this.holdPending();
    this.setStatus("reconnecting");
    for (let attempt = 0; attempt < REJOIN_MAX_ATTEMPTS; attempt++) {
      await new Promise((r) => setTimeout(r, REJOIN_DELAY_MS(attempt)));
      if (this.status === "closed") return;
      try {
        await this.connect();
        this.setStatus("online");
        this.roomChanged.emit(this.room);
        this.resendPending();
        return;
      } catch (error) {
        if (error instanceof CodedError && error.code !== "network" && error.code !== "internal") break;
      }
    }
    this.close("conn.failed");
  }

  private settle(id: string, error?: CodedError): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    if (error) entry.reject(error);
    else entry.resolve();
    this.pendingChanged.emit(this.pendingKinds);
  }

  private rejectAll(): void {
    for (const id of [...this.pending.keys()]) this.settle(id, new CodedError("conn.notSent"));
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status || this.status === "closed") return;
    this.status = status;
    this.statusChanged.emit(status);
  }

  private close(reason: CloseReason): void {
    if (this.status === "closed") return;
    this.rejectAll();
    this.status = "closed";
    this.statusChanged.emit("closed");
    this.closed.emit(reason);
  }
}
