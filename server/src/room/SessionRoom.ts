import { CloseCode, Room, ServerError, type Client, type Deferred, type Delayed } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import {
  DEFAULT_LOCALE,
  FACILITATOR_SEAT,
  type GameSession,
  MAX_COMMAND_BYTES,
  MESSAGE,
  commandMessageSchema,
  errorMessage,
  freeBotName,
  friendlyName,
  joinOptionsSchema,
  ownValue,
  ruleError,
  type ApplyResult,
  type BaseState,
  type ErrorMessage,
  type GameDefinition,
  type JoinOptions,
  type Locale,
  type ReportAudience,
  type ReportMessage,
  type RuleError,
  type SessionInput,
  type WelcomeMessage,
} from "@sgp/shared";
import type { SessionRow, Write } from "../persistence/storage.ts";
import { buildReport, endedByUpdateReports, finalReports, type StoredReportDocument } from "../sessions/reports.ts";
import { replay, stateHash, type ReplayAlarm } from "../sessions/replay.ts";
import { hashToken, newToken, tokenMatches } from "../sessions/tokens.ts";
import { AnsweredCommands } from "./answered-commands.ts";
import { BotDriver } from "./bot-driver.ts";
import { PhaseClock } from "./phase-clock.ts";
import { toPlainJson } from "./plain-json.ts";
import { RateLimiter } from "./rate-limiter.ts";
import type { RoomDeps } from "./room-deps.ts";
import type { RoomIntegrity } from "./session-rooms.ts";

/** Who a connection is, once joined. */
interface Occupant {
  seatId: string;
  kind: WelcomeMessage["kind"];
  host: boolean;
  locale: Locale;
  /** The objects whose hidden fields this connection currently sees. */
  visible: Set<object>;
  /** A network bot, which plays its own seat. */
  bot?: boolean;
}

type SessionClient = Client & { userData?: Occupant };

const ROOM_IDLE_MINUTES = 120;
const FINISHED_ROOM_IDLE_MINUTES = 10;

/** Thrown from onJoin: the SDK shows `[code] message`, which the client parses back. */
function joinError(error: RuleError, locale: Locale, definition?: GameDefinition): ServerError {
  const catalogues = definition ? [definition.messages] : [];
  return new ServerError(4403, `[${error.code}] ${errorMessage(error, locale, ...catalogues)}`);
}

/**
 * The one room that hosts a session of any registered game. Its room id is the session's join
 * code. It adapts the pure GameSession to Colyseus: it parses, checks and logs every input,
 * sends the patch at once, keeps each seat's view of hidden fields, runs timers and bots.
 */
export class SessionRoom extends Room<{ state: BaseState }> {
  private session!: GameSession;
  private row!: SessionRow;
  private seq = 0;
  private phaseClock!: PhaseClock;
  private bots!: BotDriver;
  private limiter!: RateLimiter;
  private screenCount = 0;
  /** What the stored reports were last built from, once the game is over. */
  private savedReports = "";
  private idleTimer?: Delayed;
  private deps!: RoomDeps;
  /** Resolves once this room's latest write is committed. */
  private committed: Promise<void> = Promise.resolve();
  private syncPending = false;
  private seatsToRefresh: Set<string> | "all" = new Set();
  /** The session began under other rules than the running ones: it is not replayed, joins are refused. */
  private outdated = false;
  private readonly answered = new AnsweredCommands();
  /** Entries of the log the replay refused at this room's creation (never skipped in silence). */
  private alarms: ReplayAlarm[] = [];
  /** Seats whose dropped connection may still come back through Colyseus's reconnection. */
  private readonly reconnections = new Map<string, Deferred<Client>>();
  /** The timer was paused because the only person playing left: their return resumes it. */
  private pausedForAbsence = false;

  /** `deps` comes from the room type's definition (server.ts), `code` from the server's open call. */
  override async onCreate(options: { code?: string; deps: RoomDeps }): Promise<void> {
    this.deps = options.deps;
    const { storage, catalogue, config } = this.deps;
    const row = options.code ? await storage.getSession(options.code) : undefined;
    if (!row) throw new Error(`no session ${options.code}`);
    const definition = catalogue.games.get(row.game);
    if (!definition) throw new Error(`session ${row.code} is for game ${row.game}, which is not registered`);
    this.row = row;
    this.roomId = row.code;
    this.autoDispose = false;
    this.patchRate = null;
    this.limiter = new RateLimiter(config.COMMANDS_PER_SECOND, config.COMMANDS_PER_SECOND * 2);
    if (row.rulesVersion !== definition.rulesVersion) return this.closeOutdated(definition);
    const rememberAck = (input: SessionInput) => input.type === "command" && input.id !== undefined && this.answered.remember(input.seatId, input.id, { ok: true });
    ({ session: this.session, seq: this.seq, alarms: this.alarms } = replay(definition, row, await storage.readLog(row.code), rememberAck));
    for (const seat of this.session.state.seats.values()) seat.connected = seat.controller === "bot";
    this.state = this.session.state;
    this.phaseClock = new PhaseClock(this.clock, (phase, serial) => this.input({ type: "timer.expired", phase, serial }));
    this.bots = new BotDriver(
      this.session,
      this.clock,
      { delayMs: config.BOT_DELAY_MS, share: config.BOT_PACE_SHARE },
      (input) => this.input(input),
      (seatId) => this.heldByNetworkBot(seatId),
    );
    this.onMessage("*", (client: SessionClient, type: string | number, message: unknown) => this.onClientMessage(client, type, message));
    this.afterChange();
    this.disposeWhenIdle();
  }

  /**
   * A session of other rules keeps the report it has (a finished one) or gets one saying an update
   * ended it (an unfinished one); the room only refuses joins, then closes.
   */
  private async closeOutdated(definition: GameDefinition): Promise<void> {
    this.outdated = true;
    if (this.row.status !== "finished") {
      const { storage } = this.deps;
      const log = await storage.readLog(this.row.code);
      await storage.commit([...endedByUpdateReports(definition, this.row, log), { type: "status", code: this.row.code, status: "finished", at: Date.now() }]);
      console.log(`session ${this.row.code}: ended by the update of ${definition.id} to rules version ${definition.rulesVersion} (it began under ${this.row.rulesVersion})`);
      this.row = { ...this.row, status: "finished" };
    }
    this.disposeWhenIdle();
  }

  /**
   * The report as it stands now, before the end (called through the matchmaker, from any process);
   * none for the players before the game is over: what it would tell is not all public yet.
   */
  liveReport(audience: ReportAudience): StoredReportDocument | null {
    if (audience !== "facilitator" && this.session.status !== "finished") return null;
    return buildReport(this.session, this.row, audience);
  }

  /** Where the session stands, for operators and tests: the log's length and the state's hash. */
  integrity(): Omit<RoomIntegrity, "process"> {
    return { seq: this.seq, status: this.session.status, phase: this.state.phase, hash: stateHash(this.state), alarms: this.alarms };
  }

  get definition(): GameDefinition {
    return this.session.definition;
  }

  // --- joining -------------------------------------------------------------------------------

  override async onJoin(client: SessionClient, rawOptions: unknown): Promise<void> {
    const requestedLocale = (rawOptions as { locale?: unknown } | undefined)?.locale;
    const fallbackLocale: Locale = requestedLocale === "en" ? "en" : DEFAULT_LOCALE;
    if (this.outdated) throw joinError(ruleError("join.outdated_rules"), fallbackLocale);
    const parsed = joinOptionsSchema.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${i.path.join(".") || "seat"}: ${i.message}`).join("; ");
      throw joinError(ruleError("join.bad_options", { details }), fallbackLocale, this.definition);
    }
    const options = parsed.data;
    const locale = options.locale ?? DEFAULT_LOCALE;
    const { seatId, kind, host, seatToken } = await this.claimSeat(options, locale);
    // The welcome carries the seat token: it leaves only once the seat is on disk.
    await this.committed.catch(() => {
      throw joinError(ruleError("internal"), locale, this.definition);
    });

    for (const other of this.clients as Iterable<SessionClient>) {
      if (other !== client && other.userData?.seatId === seatId && kind === "player") {
        other.userData = undefined; // the newest connection holds the seat; the older one is closed
        other.leave(CloseCode.CONSENTED, "seat.taken_over");
      }
    }
    client.userData = { seatId, kind, host, locale, visible: new Set(), ...(options.seat === "bot" ? { bot: true } : {}) };
    client.view = new StateView();
    this.refreshView(client);
    this.setConnected(seatId, kind, true);
    this.idleTimer?.clear();
    this.afterChange();
    const reportToken = kind === "facilitator" || this.session.status === "finished" ? this.row.reportToken : undefined;
    const welcome: WelcomeMessage = { seatId, kind, host, serverNow: Date.now(), ...(reportToken ? { reportToken } : {}), ...(seatToken ? { seatToken } : {}) };
    client.send(MESSAGE.welcome, welcome);
  }

  /** Decides which seat a join takes, applying (and logging) the seat change it implies. */
  private async claimSeat(options: JoinOptions, locale: Locale): Promise<{ seatId: string; kind: WelcomeMessage["kind"]; host: boolean; seatToken?: string }> {
    const fail = (code: string, params?: Record<string, string | number>) => joinError(ruleError(code, params), locale, this.definition);
    switch (options.seat) {
      case "facilitator":
        if (!tokenMatches(options.token, this.row.facilitatorTokenHash)) throw fail("join.bad_facilitator_token");
        return { seatId: FACILITATOR_SEAT, kind: "facilitator", host: true };
      case "screen":
        return { seatId: `screen-${++this.screenCount}`, kind: "screen", host: false };
      case "bot": {
        const seatId = this.session.nextSeatId();
        const name = freeBotName(this.session.players().map((seat) => seat.name));
        this.inputOrThrow({ type: "seat.join", seatId, name, controller: "bot", host: false }, locale);
        return { seatId, kind: "player", host: false };
      }
      case "kiosk": {
        if (!(await this.deps.kioskOwns(this.row.code, options.table, options.tablet))) throw fail("join.kiosk_unknown", { table: options.table });
        const taken = [...this.state.seats.values()].map((seat) => seat.name);
        return this.claimPlayerSeat({ seatToken: options.seatToken, name: friendlyName(taken, Math.random()) }, false, locale);
      }
      case "player": {
        const host = options.facilitatorToken !== undefined && tokenMatches(options.facilitatorToken, this.row.facilitatorTokenHash);
        if (options.facilitatorToken !== undefined && !host) throw fail("join.bad_facilitator_token");
        return this.claimPlayerSeat(options, host, locale);
      }
    }
  }

  /** A player's seat: the one its seat token names, or a new one under the given name. */
  private async claimPlayerSeat(options: { seatToken?: string; name?: string }, host: boolean, locale: Locale) {
    if (options.seatToken) {
      const seatId = await this.deps.storage.findSeatByToken(this.row.code, hashToken(options.seatToken));
      const seat = seatId ? this.state.seats.get(seatId) : undefined;
      if (!seatId || !seat) throw joinError(ruleError("join.bad_seat_token"), locale, this.definition);
      if (seat.controller === "bot") this.inputOrThrow({ type: "seat.controller", seatId, controller: "human", ...(options.name ? { name: options.name } : {}) }, locale);
      this.resumeAfterAbsence();
      return { seatId, kind: "player" as const, host: host || seat.host, seatToken: options.seatToken };
    }
    const name = options.name!;
    const seatId = this.takeSeat(name, host, locale);
    const seatToken = newToken();
    this.write({ type: "seat-token", code: this.row.code, tokenHash: hashToken(seatToken), seatId, name });
    return { seatId, kind: "player" as const, host, seatToken };
  }

  /**
   * A new player: a fresh seat in the lobby, or once the game has started a free seat where the
   * game allows it; else a bot's seat (never a kicked person's), which in a facilitated session
   * only the facilitator gives (see seatHandover); else the reason why not.
   */
  private takeSeat(name: string, host: boolean, locale: Locale): string {
    const seatId = this.session.nextSeatId();
    const joined = this.input({ type: "seat.join", seatId, name, controller: "human", host }, { deferPatch: true });
    if (joined.ok) return seatId;
    if (this.session.status !== "playing") throw joinError(joined.error, locale, this.definition);
    const botSeat = this.session.players().find((seat) => seat.controller === "bot" && !this.session.isKicked(seat.id));
    if (!botSeat) throw joinError(joined.error, locale, this.definition);
    if (isFacilitated(this.session)) throw joinError(ruleError("join.ask_facilitator"), locale, this.definition);
    this.inputOrThrow({ type: "seat.controller", seatId: botSeat.id, controller: "human", name }, locale);
    return botSeat.id;
  }

  /**
   * The facilitator gives a bot's seat to a person: a seat link they open to take it over (the
   * change of controller is logged when they join). Null when the seat is not a bot's.
   */
  async seatHandover(seatId: string): Promise<string | null> {
    const seat = this.outdated ? undefined : this.state.seats.get(seatId);
    if (!seat || seat.controller !== "bot" || this.session.status !== "playing") return null;
    const seatToken = newToken();
    this.write({ type: "seat-token", code: this.row.code, tokenHash: hashToken(seatToken), seatId, name: seat.name });
    await this.committed;
    return seatToken;
  }

  private inputOrThrow(input: SessionInput, locale: Locale): void {
    const result = this.input(input, { deferPatch: true });
    if (!result.ok) throw joinError(result.error, locale, this.definition);
  }

  // --- leaving -------------------------------------------------------------------------------

  override async onDrop(client: SessionClient): Promise<void> {
    const occupant = client.userData;
    if (!occupant) return;
    this.setConnected(occupant.seatId, occupant.kind, false);
    this.broadcastPatch();
    const grace = this.deps.config.RECONNECT_SECONDS;
    const reconnection = this.allowReconnection(client, grace);
    const person = occupant.kind === "player" && !occupant.bot;
    if (person) this.reconnections.set(occupant.seatId, reconnection);
    // Rejects with `false` when the grace period ends, with an error when refused or closing; onLeave follows.
    const expired = await reconnection.then(() => false, (reason: unknown) => reason === false);
    if (this.reconnections.get(occupant.seatId) === reconnection) this.reconnections.delete(occupant.seatId);
    if (expired && person) this.seatAbandoned(occupant.seatId);
  }

  override onReconnect(client: SessionClient): void {
    const occupant = client.userData;
    if (!occupant) return;
    // The seat may have changed hands while the reconnection was on its way.
    if (occupant.kind === "player" && !occupant.bot && this.state.seats.get(occupant.seatId)?.controller !== "human") throw new ServerError(4403, "seat.not_yours");
    this.setConnected(occupant.seatId, occupant.kind, true);
    this.afterChange();
  }

  /** Colyseus's reconnection is refused to a seat that was kicked or given to a bot: only its seat token may take it back. */
  private refuseStaleReconnections(): void {
    for (const [seatId, reconnection] of this.reconnections) {
      if (this.state.seats.get(seatId)?.controller === "human") continue;
      this.reconnections.delete(seatId);
      reconnection.reject(new ServerError(4403, "seat.not_yours"));
    }
  }

  /**
   * A person stayed away past the reconnection window: a bot plays their seat so that no phase
   * waits forever (the seat token takes it back). When nobody else plays, the game pauses instead.
   */
  private seatAbandoned(seatId: string): void {
    const seat = this.state.seats.get(seatId);
    const held = [...(this.clients as Iterable<SessionClient>)].some((c) => c.userData?.seatId === seatId);
    if (held || this.session.status !== "playing" || seat?.controller !== "human") return;
    const othersPlaying = this.session.players().some((other) => other.id !== seatId && other.controller === "human");
    if (othersPlaying && this.session.platform.botsAllowed) {
      this.input({ type: "seat.controller", seatId, controller: "bot" });
    } else if (!this.state.timer.paused && this.state.timer.durationMs > 0) {
      this.pausedForAbsence = this.input({ type: "command", seatId: FACILITATOR_SEAT, host: true, kind: "pause", payload: {} }).ok;
    }
  }

  private resumeAfterAbsence(): void {
    if (!this.pausedForAbsence) return;
    this.pausedForAbsence = false;
    if (this.state.timer.paused) this.input({ type: "command", seatId: FACILITATOR_SEAT, host: true, kind: "resume", payload: {} }, { deferPatch: true });
  }

  override onLeave(client: SessionClient, code?: number): void {
    this.limiter.forget(client.sessionId);
    this.disposeWhenIdle();
    const occupant = client.userData;
    if (!occupant) return;
    client.view?.dispose();
    const stillHeld = [...(this.clients as Iterable<SessionClient>)].some((c) => c !== client && c.userData?.seatId === occupant.seatId);
    if (stillHeld) return;
    this.setConnected(occupant.seatId, occupant.kind, false);
    const seat = this.state.seats.get(occupant.seatId);
    // A player who chose to leave gives the seat up (removed in the lobby, to a bot in a game).
    if (code === CloseCode.CONSENTED && occupant.kind === "player" && this.session.status !== "finished" && (seat?.controller === "human" || this.session.status === "lobby")) {
      this.input({ type: "seat.leave", seatId: occupant.seatId });
    } else {
      this.broadcastPatch();
      this.bots.schedule(); // a network bot gone: the server plays its seat
    }
  }

  /**
   * A room nobody is in is closed after a while, to free memory over a long day; its session is
   * on disk, and GET /api/sessions/:code reopens it from its log when someone comes back.
   */
  private disposeWhenIdle(): void {
    if (this.clients.length > 0) return;
    this.idleTimer?.clear();
    const minutes = this.row.status === "finished" ? FINISHED_ROOM_IDLE_MINUTES : ROOM_IDLE_MINUTES;
    this.idleTimer = this.clock.setTimeout(() => {
      if (this.clients.length === 0) void this.disconnect();
    }, minutes * 60_000);
  }

  /** Staff reset a stand table: the game ends now, as if its facilitator had ended it. */
  endByStaff(): void {
    if (this.outdated) return;
    this.input({ type: "command", seatId: FACILITATOR_SEAT, host: true, kind: "end", payload: {} });
  }

  /** Colyseus wraps every hook and timer in a try/catch once this exists: one bad input never stops the process. */
  override onUncaughtException(error: Error, method: string): void {
    // A refused join is the join's answer, not a failure: one line, never a stack.
    const refusal = (error as { cause?: unknown }).cause;
    if (method === "onJoin" && refusal instanceof ServerError) return console.warn(`session ${this.roomId}: join refused: ${refusal.message}`);
    console.error(`session ${this.roomId}: uncaught error in ${method}`, error);
  }

  override onDispose(): void {
    this.phaseClock?.stop();
    this.bots?.stop();
  }

  private heldByNetworkBot(seatId: string): boolean {
    return [...(this.clients as Iterable<SessionClient>)].some((client) => client.userData?.bot && client.userData.seatId === seatId);
  }

  private setConnected(seatId: string, kind: WelcomeMessage["kind"], connected: boolean): void {
    if (kind === "facilitator") this.state.facilitatorConnected = connected;
    const seat = this.state.seats.get(seatId);
    if (seat && seat.controller === "human") seat.connected = connected;
  }

  // --- commands ------------------------------------------------------------------------------

  /**
   * A client's message becomes plain JSON before anything else looks at it: what is validated
   * here is exactly what the log keeps and a replay feeds back. A command id already answered
   * for this seat gets the same answer again and is not applied twice.
   */
  private onClientMessage(client: SessionClient, type: string | number, message: unknown): void {
    const occupant = client.userData;
    const locale = occupant?.locale ?? DEFAULT_LOCALE;
    const plain = toPlainJson(message);
    const id = extractId(message);
    const refuse = (error: RuleError) => this.sendError(client, id, error, locale);
    if (!occupant) return;
    if (!this.limiter.allow(client.sessionId)) return refuse(ruleError("protocol.rate_limited"));
    if (type !== MESSAGE.command) return refuse(ruleError("protocol.unknown_message", { type: String(type).slice(0, 40) }));
    if (!plain.ok) return refuse(ruleError("protocol.bad_message"));
    if (plain.bytes > MAX_COMMAND_BYTES) return refuse(ruleError("protocol.too_large", { size: plain.bytes, max: MAX_COMMAND_BYTES }));
    const parsed = commandMessageSchema.safeParse(plain.value);
    if (!parsed.success) return refuse(ruleError("protocol.bad_message"));
    const { kind, payload } = parsed.data;
    if (occupant.kind === "screen") return refuse(ruleError("command.spectator"));
    const earlier = this.answered.outcome(occupant.seatId, parsed.data.id);
    const result = earlier ?? this.input({ type: "command", seatId: occupant.seatId, host: occupant.host, kind, payload: payload ?? {}, by: occupant.bot ? "bot" : "human", id: parsed.data.id });
    if (!earlier) this.answered.remember(occupant.seatId, parsed.data.id, result);
    if (!result.ok) return refuse(result.error);
    if (kind === "kick" && !earlier) this.write({ type: "revoke-seat", code: this.row.code, seatId: (payload as { seat: string }).seat });
    void this.committed.then(() => {
      client.send(MESSAGE.ack, { id: parsed.data.id });
      if (kind === "kick" && !earlier) this.disconnectKicked(payload as { seat: string; reason?: string });
    }, () => undefined);
  }

  /** A kicked player is told why, loses their seat token, and is disconnected. */
  private disconnectKicked({ seat, reason }: { seat: string; reason?: string }): void {
    for (const other of this.clients as Iterable<SessionClient>) {
      if (other.userData?.seatId !== seat) continue;
      other.userData = undefined;
      other.send(MESSAGE.kicked, { reason: reason ?? "" });
      other.leave(CloseCode.CONSENTED, "kicked");
    }
  }

  private sendError(client: Client, id: ErrorMessage["id"], error: RuleError, locale: Locale): void {
    const message: ErrorMessage = { id, code: error.code, params: error.params ?? {}, message: errorMessage(error, locale, this.definition.messages) };
    client.send(MESSAGE.error, message);
  }

  /**
   * The one path of every change: apply to the rules, log, then sync views, clock, bots and
   * patch. A refused input changes nothing and is not logged.
   */
  private input(input: SessionInput, options: { deferPatch?: boolean } = {}): ApplyResult {
    const before = { serial: this.session.phaseSerial, status: this.session.status };
    let result: ApplyResult;
    try {
      result = this.session.apply(input);
    } catch (error) {
      console.error(`session ${this.row.code}: ${input.type} failed`, error);
      return { ok: false, error: ruleError("internal") };
    }
    if (!result.ok) return result;
    this.seq++;
    this.write({ type: "log", code: this.row.code, entry: { seq: this.seq, input, at: Date.now() } });
    if (!options.deferPatch) this.afterCommit(this.viewsConcerned(input, before));
    return result;
  }

  /** The one seat whose view an applied input may change, or undefined when it may change anyone's. */
  private viewsConcerned(input: SessionInput, before: { serial: number; status: string }): string | undefined {
    if (input.type !== "command") return undefined;
    const command = ownValue(this.definition.commands, input.kind);
    if (!command || command.changesViews) return undefined;
    if (this.session.phaseSerial !== before.serial || this.session.status !== before.status) return undefined;
    return input.seatId;
  }

  /** Queues a write in this turn's group commit. If the database fails, the room closes: its log is the truth. */
  private write(write: Write): void {
    const committed = this.deps.writer.write(write);
    if (committed === this.committed) return;
    this.committed = committed;
    committed.catch((error: unknown) => {
      if (this.committed !== committed) return;
      console.error(`session ${this.row.code}: could not log; closing the room so that it reopens from its log`, error);
      void this.disconnect(CloseCode.SERVER_SHUTDOWN);
    });
  }

  /**
   * Patches, views, clock and bots follow a change once it is committed: nobody sees what the log
   * could lose. The changes of one commit are synced together, views of the seats they concern.
   */
  private afterCommit(onlySeat: string | undefined): void {
    if (onlySeat === undefined) this.seatsToRefresh = "all";
    else if (this.seatsToRefresh !== "all") this.seatsToRefresh.add(onlySeat);
    if (this.syncPending) return;
    this.syncPending = true;
    const wait = (): void => {
      const committed = this.committed;
      committed.then(() => {
        if (committed !== this.committed) return wait();
        const seats = this.seatsToRefresh;
        this.syncPending = false;
        this.seatsToRefresh = new Set();
        this.afterChange(seats);
      }, () => undefined);
    };
    wait();
  }

  /** Syncs views, clock and bots after a change, and sends the patch; views of the given seats alone when not "all". */
  private afterChange(seats: ReadonlySet<string> | "all" = "all"): void {
    this.persistStatus();
    this.refuseStaleReconnections();
    for (const client of this.clients as Iterable<SessionClient>) {
      if (seats === "all" || seats.has(client.userData?.seatId ?? "")) this.refreshView(client);
    }
    this.phaseClock.sync(this.state.timer, this.session.phaseSerial, this.session.status !== "finished");
    this.broadcastPatch();
    this.bots.schedule();
  }

  private persistStatus(): void {
    const status = this.session.status;
    if (status === "finished") this.saveReports();
    if (status === this.row.status) return;
    this.write({ type: "status", code: this.row.code, status, at: Date.now() });
    this.row = { ...this.row, status };
    if (status === "finished") this.sendReportToken();
  }

  /** The stored reports follow the debrief: its reveal and any note added after the end. */
  private saveReports(): void {
    const version = `${this.state.debriefRevealed} ${this.state.desk.notes.length}`;
    if (version === this.savedReports) return;
    for (const report of finalReports(this.session, this.row)) this.write(report);
    this.savedReports = version;
  }

  /** Players and screens learn the report's token only once the game is over. */
  private sendReportToken(): void {
    const message: ReportMessage = { reportToken: this.row.reportToken };
    for (const client of this.clients as Iterable<SessionClient>) if (client.userData && client.userData.kind !== "facilitator") client.send(MESSAGE.report, message);
  }

  private refreshView(client: SessionClient): void {
    const occupant = client.userData;
    if (!occupant || !client.view) return;
    const next = new Set<object>(occupant.kind === "screen" ? [] : this.definition.visibleTo(this.state, occupant.seatId));
    if (occupant.kind === "facilitator") for (const object of [this.state.desk, ...this.state.desk.notes]) next.add(object);
    for (const object of occupant.visible) if (!next.has(object)) client.view.remove(object as never);
    for (const object of next) if (!occupant.visible.has(object)) client.view.add(object as never);
    occupant.visible = next;
  }
}

/** A facilitator runs the table: they start the game and give bots' seats (a kiosk counts down by itself). */
function isFacilitated(session: GameSession): boolean {
  return !session.platform.autoStart && !session.platform.lobbySeconds;
}

function extractId(message: unknown): ErrorMessage["id"] {
  const id = (message as { id?: unknown } | null)?.id;
  return (typeof id === "string" && id.length <= 64) || (typeof id === "number" && Number.isInteger(id) && id >= 0) ? id : null;
}
