import { z } from "zod";
import { ruleError, type RuleError } from "../errors.ts";
import type { GameContext, GameDefinition, ModeDefinition } from "../game.ts";
import { FACILITATOR_PLATFORM_COMMANDS, platformCommandSchemas, type PlatformCommandKind } from "../protocol.ts";
import { ownValue } from "../own.ts";
import { createRng, type Rng } from "../rng.ts";
import { DeskNote, Seat, type BaseState, type SessionStatus } from "../state.ts";
import { FACILITATOR_SEAT, type SessionInput } from "./inputs.ts";
import { platformSettingsSchema, type PlatformSettings } from "./settings.ts";
import { freeBotName, SEAT_COLORS } from "./seating.ts";

export interface SessionConfig {
  code: string;
  contentId: string;
  content: unknown;
  mode: string;
  seed: string;
  /** Platform and game settings together, as given when the session was created. */
  settings: Record<string, unknown>;
}

export type ApplyResult = { ok: true } | { ok: false; error: RuleError };

const OK: ApplyResult = { ok: true };
const refuse = (code: string, params?: Record<string, string | number>): ApplyResult => ({ ok: false, error: ruleError(code, params) });

/**
 * One game session as pure data: a game definition, its fixed inputs (content, settings, seed)
 * and the state that every input changes. The room feeds it live inputs; a replay feeds it the
 * log. It knows nothing of the network, the clock or the database.
 */
export class GameSession<S extends BaseState = BaseState> {
  readonly state: S;
  readonly mode: ModeDefinition;
  readonly platform: PlatformSettings;
  readonly gameSettings: unknown;
  readonly ctx: GameContext<any, any>;
  /** Counts phase entries, so that a timer expiry names exactly the phase instance it ends. */
  phaseSerial = 0;
  /** The game was set up (it may have been ended from the lobby, with nothing dealt). */
  started = false;
  private readonly rng: Rng;
  private seatCounter = 0;
  /** The game is starting: the bots it seats must not start it again from their own join. */
  private starting = false;
  private readonly kicked = new Set<string>();

  constructor(
    readonly definition: GameDefinition<S>,
    readonly config: SessionConfig,
  ) {
    const declared = definition.modes.find((m) => m.id === config.mode);
    if (!declared) throw new Error(`game ${definition.id} has no mode ${config.mode}`);
    const { platform, game } = splitSettings(definition, config.content, config.settings);
    const cap = definition.maxPlayers?.(game) ?? declared.maxPlayers;
    const mode = { ...declared, maxPlayers: Math.max(declared.minPlayers, Math.min(declared.maxPlayers, cap)) };
    this.mode = mode;
    this.platform = platform;
    this.gameSettings = game;
    this.rng = createRng(config.seed);
    this.state = definition.createState();
    const state = this.state;
    state.code = config.code;
    state.game = definition.id;
    state.content = config.contentId;
    state.mode = mode.id;
    state.status = "lobby";
    state.phase = "lobby";
    this.ctx = {
      content: config.content,
      settings: game,
      mode,
      rng: this.rng,
      players: () => this.players(),
    };
  }

  get status(): SessionStatus {
    return this.state.status as SessionStatus;
  }

  players(): Seat[] {
    return [...this.state.seats.values()].sort((a, b) => a.order - b.order);
  }

  nextSeatId(): string {
    return `p${this.seatCounter + 1}`;
  }

  apply(input: SessionInput): ApplyResult {
    switch (input.type) {
      case "seat.join":
        return this.join(input.seatId, input.name, input.controller, input.host ?? false);
      case "seat.leave":
        return this.leave(input.seatId);
      case "seat.controller":
        return this.changeController(input.seatId, input.controller, input.name);
      case "command":
        return this.command(input);
      case "timer.expired":
        if (this.status === "finished" || input.phase !== this.state.timer.phase || input.serial !== this.phaseSerial) {
          return refuse("timer.none");
        }
        if (this.status === "lobby") return this.start();
        this.endPhase();
        this.settle();
        return OK;
    }
  }

  // --- seats -------------------------------------------------------------------------------

  private join(seatId: string, name: string, controller: "human" | "bot", host: boolean): ApplyResult {
    if (this.status === "finished") return refuse("join.finished");
    const late = this.status === "playing";
    if (late && !this.definition.joinLate) return refuse("join.started");
    if (this.state.seats.has(seatId) || seatId !== this.nextSeatId()) return refuse("seat.unknown", { seat: seatId });
    if (this.state.seats.size >= this.mode.maxPlayers) return refuse(late ? "join.started" : "join.full", { max: this.mode.maxPlayers });
    if (controller === "bot" && !this.platform.botsAllowed) return refuse("seat.bot_not_allowed");
    const seat = this.addSeat(seatId, name, controller, host);
    if (late) {
      const error = this.definition.joinLate!(this.state, this.ctx, seatId);
      if (error) {
        this.state.seats.delete(seatId);
        this.seatCounter--;
        return { ok: false, error };
      }
      seat.ready = true;
      this.settle();
      return OK;
    }
    if (controller === "human") this.startLobbyCountdown();
    this.maybeAutoStart();
    return OK;
  }

  /** Seats once kicked: never handed back to someone joining. */
  isKicked(seatId: string): boolean {
    return this.kicked.has(seatId);
  }

  private addSeat(seatId: string, name: string, controller: "human" | "bot", host: boolean): Seat {
    this.seatCounter++;
    const order = this.seatCounter;
    this.state.seats.set(
      seatId,
      new Seat({
        id: seatId,
        name,
        controller,
        role: "",
        color: SEAT_COLORS[(order - 1) % SEAT_COLORS.length],
        order,
        host,
        ready: controller === "bot",
        done: false,
        acted: false,
        connected: controller === "bot",
      }),
    );
    return this.state.seats.get(seatId)!;
  }

  /** At a kiosk the lobby counts down from the first visitor; then bots fill the empty seats. */
  private startLobbyCountdown(): void {
    const seconds = this.platform.lobbySeconds;
    if (!seconds || this.state.timer.phase === "lobby") return;
    this.phaseSerial++;
    this.state.timer.phase = "lobby";
    this.state.timer.durationMs = seconds * 1000;
    this.state.timer.paused = false;
  }

  private leave(seatId: string): ApplyResult {
    const seat = this.state.seats.get(seatId);
    if (!seat) return refuse("seat.unknown", { seat: seatId });
    if (this.status === "lobby") {
      this.state.seats.delete(seatId);
      this.maybeAutoStart();
      return OK;
    }
    // Once the game has started a seat is never removed: a bot takes it over so the others can finish.
    return this.changeController(seatId, "bot");
  }

  private changeController(seatId: string, controller: "human" | "bot", name?: string): ApplyResult {
    const seat = this.state.seats.get(seatId);
    if (!seat) return refuse("seat.unknown", { seat: seatId });
    if (controller === "bot" && !this.platform.botsAllowed) return refuse("seat.bot_not_allowed");
    seat.controller = controller;
    if (name) seat.name = name;
    if (controller === "bot") {
      seat.ready = true;
      seat.host = false;
    }
    this.maybeAutoStart();
    return OK;
  }

  /** Adds a bot seat with a name nobody at the table has (lobby only). */
  private addBot(): ApplyResult {
    return this.join(this.nextSeatId(), freeBotName(this.players().map((s) => s.name)), "bot", false);
  }

  // --- commands ----------------------------------------------------------------------------

  private command({ seatId, host, kind, payload, by }: Extract<SessionInput, { type: "command" }>): ApplyResult {
    // Checked once the command is known valid: whoever holds the seat now, person or bot, is the only one who plays it.
    const notYours = (seat: Seat | undefined) => by !== undefined && seat !== undefined && seat.controller !== by;
    const isFacilitatorSeat = seatId === FACILITATOR_SEAT;
    const seat = this.state.seats.get(seatId);
    if (!isFacilitatorSeat && !seat) return refuse("seat.unknown", { seat: seatId });

    const platformSchema = ownValue(platformCommandSchemas, kind);
    if (platformSchema) {
      const platformKind = kind as PlatformCommandKind;
      const parsed = platformSchema.safeParse(payload ?? {});
      if (!parsed.success) return refuse("command.bad_payload", { kind, details: describeIssues(parsed.error) });
      const needsHost = FACILITATOR_PLATFORM_COMMANDS.includes(platformKind);
      if (needsHost && !host) return refuse("command.facilitator_only");
      if (!needsHost && !seat) return refuse("command.not_allowed");
      if (notYours(seat)) return refuse("seat.not_yours");
      return this.platformCommand(platformKind, seat, parsed.data as never);
    }

    const definition = ownValue(this.definition.commands, kind);
    if (!definition) return refuse("command.unknown", { kind });
    const parsed = definition.payload.safeParse(payload ?? {});
    if (!parsed.success) return refuse("command.bad_payload", { kind, details: describeIssues(parsed.error) });
    if (this.status === "lobby") return refuse("command.not_started");
    if (this.status === "finished") return refuse("command.finished");
    const phase = this.definition.phases[this.state.phase];
    if (!phase?.commands.includes(kind)) return refuse("command.wrong_phase", { kind, phase: this.state.phase });
    if ((definition.by ?? "player") === "facilitator") {
      if (!host) return refuse("command.facilitator_only");
    } else {
      if (!seat) return refuse("command.not_allowed");
      if (definition.turn && this.state.turn !== seatId) return refuse("command.not_your_turn");
    }
    if (notYours(seat)) return refuse("seat.not_yours");
    const error = definition.apply(this.state, this.ctx, seatId, parsed.data);
    if (error) return { ok: false, error };
    if (seat) seat.acted = true;
    this.settle();
    return OK;
  }

  private platformCommand(kind: PlatformCommandKind, seat: Seat | undefined, payload: any): ApplyResult {
    const timer = this.state.timer;
    switch (kind) {
      case "ready":
        if (this.status !== "lobby") return refuse("lobby.already_started");
        seat!.ready = payload.ready;
        this.maybeAutoStart();
        return OK;
      case "done": {
        if (this.status !== "playing") return refuse(this.status === "lobby" ? "command.not_started" : "command.finished");
        const phase = this.definition.phases[this.state.phase];
        if (!phase?.endsWhenAllDone) return refuse("command.done_not_allowed");
        if (seat!.done) return refuse("command.already_done");
        const owed = phase.canBeDone?.(this.state, this.ctx, seat!.id);
        if (owed) return { ok: false, error: owed };
        seat!.done = true;
        seat!.acted = true;
        this.settle();
        return OK;
      }
      case "start":
        return this.start();
      case "pause":
      case "resume":
      case "extend":
        if (this.status !== "playing" || timer.durationMs <= 0) return refuse("timer.none");
        if (kind === "pause") {
          if (timer.paused) return refuse("timer.already_paused");
          timer.paused = true;
        } else if (kind === "resume") {
          if (!timer.paused) return refuse("timer.not_paused");
          timer.paused = false;
        } else {
          timer.durationMs += payload.seconds * 1000;
        }
        return OK;
      case "skip":
        if (this.status !== "playing") return refuse(this.status === "lobby" ? "command.not_started" : "command.finished");
        this.endPhase();
        this.settle();
        return OK;
      case "end":
        if (this.status === "finished") return refuse("command.finished");
        this.finish();
        return OK;
      case "bot.add":
        if (this.status !== "lobby") return refuse("lobby.already_started");
        return this.addBot();
      case "kick": {
        if (!this.state.seats.has(payload.seat)) return refuse("seat.unknown", { seat: payload.seat });
        const left = this.leave(payload.seat);
        if (left.ok) this.kicked.add(payload.seat);
        return left;
      }
      case "profile":
        if (payload.color && !SEAT_COLORS.includes(payload.color)) return refuse("seat.bad_color");
        if (payload.name) seat!.name = payload.name;
        if (payload.color) seat!.color = payload.color;
        return OK;
      case "rename": {
        const target = this.state.seats.get(payload.seat);
        if (!target) return refuse("seat.unknown", { seat: payload.seat });
        target.name = payload.name;
        return OK;
      }
      case "note":
        this.state.desk.notes.push(new DeskNote({ text: payload.text, shared: payload.share }));
        return OK;
      case "debrief.reveal":
        if (this.status !== "finished") return refuse("debrief.not_finished");
        this.state.debriefRevealed = true;
        return OK;
      case "seat.bot": {
        const target = this.state.seats.get(payload.seat);
        if (!target) return refuse("seat.unknown", { seat: payload.seat });
        if (target.controller === "bot") return refuse("seat.not_human");
        return this.changeController(target.id, "bot");
      }
    }
  }

  // --- flow --------------------------------------------------------------------------------

  private maybeAutoStart(): void {
    if (this.status !== "lobby" || !this.platform.autoStart || this.starting) return;
    const seats = this.players();
    if (!seats.some((s) => s.controller === "human")) return;
    if (seats.every((s) => s.ready) && seats.length + this.botsToAdd(seats.length) >= this.mode.minPlayers) this.start();
  }

  private botsToAdd(seated: number): number {
    if (!this.platform.fillWithBots || !this.platform.botsAllowed) return 0;
    const target = Math.min(this.mode.maxPlayers, Math.max(this.mode.minPlayers, this.platform.seats ?? 0));
    return Math.max(0, target - seated);
  }

  private start(): ApplyResult {
    if (this.status !== "lobby") return refuse("lobby.already_started");
    const seated = this.state.seats.size;
    if (seated + this.botsToAdd(seated) < this.mode.minPlayers) return refuse("lobby.not_enough_players", { min: this.mode.minPlayers });
    this.starting = true;
    for (let i = this.botsToAdd(seated); i > 0; i--) this.addBot();
    this.starting = false;
    this.state.status = "playing";
    this.started = true;
    this.definition.setup(this.state, this.ctx);
    this.enterPhase(this.definition.firstPhase(this.state, this.ctx));
    this.settle();
    return OK;
  }

  private enterPhase(id: string): void {
    const phase = this.definition.phases[id];
    if (!phase) throw new Error(`game ${this.definition.id} has no phase ${id}`);
    this.phaseSerial++;
    this.state.phase = id;
    for (const seat of this.state.seats.values()) {
      seat.done = false;
      seat.acted = false;
    }
    const seconds = phase.timerSeconds?.(this.ctx.settings, this.state) ?? null;
    const timer = this.state.timer;
    timer.phase = id;
    timer.durationMs = seconds ? seconds * 1000 : 0;
    timer.paused = false;
    phase.enter?.(this.state, this.ctx);
  }

  private endPhase(): void {
    const phase = this.definition.phases[this.state.phase];
    phase.exit?.(this.state, this.ctx);
    const next = phase.next(this.state, this.ctx);
    if (next === null) this.finish();
    else this.enterPhase(next);
  }

  private finish(): void {
    this.state.status = "finished";
    this.state.phase = "end";
    this.state.turn = "";
    this.state.timer.phase = "end";
    this.state.timer.durationMs = 0;
    this.state.timer.paused = false;
  }

  /** Ends every phase whose end condition holds, in turn. */
  private settle(): void {
    for (let guard = 0; guard < 100 && this.status === "playing"; guard++) {
      const phase = this.definition.phases[this.state.phase];
      const players = this.players();
      const allDone = phase.endsWhenAllDone === true && players.length > 0 && players.every((s) => s.done);
      if (!allDone && !phase.isOver?.(this.state, this.ctx)) return;
      this.endPhase();
    }
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join(".") + ": " : ""}${i.message}`)
    .join("; ");
}

/** Splits session settings into the platform's and the game's, each validated by its own schema. */
export function splitSettings(definition: GameDefinition, content: unknown, settings: Record<string, unknown>) {
  const platformKeys = Object.keys(platformSettingsSchema.shape);
  const platformPart: Record<string, unknown> = {};
  const gamePart: Record<string, unknown> = { ...(definition.contentSettings?.(content) ?? {}) };
  for (const [key, value] of Object.entries(settings)) {
    if (platformKeys.includes(key)) platformPart[key] = value;
    else gamePart[key] = value;
  }
  return { platform: platformSettingsSchema.parse(platformPart), game: definition.settings.parse(gamePart) };
}
