import type { z } from "zod";
import type { ToJSON } from "@colyseus/schema";
import type { ContentEnvelope, ContentIssue } from "./content.ts";
import type { MessageCatalogue, RuleError } from "./errors.ts";
import type { LocalizedText } from "./i18n/text.ts";
import type { Report, ReportAudience } from "./report.ts";
import type { Rng } from "./rng.ts";
import type { BaseState, Seat } from "./state.ts";

export interface ModeDefinition {
  id: string;
  title: LocalizedText;
  minPlayers: number;
  maxPlayers: number;
}

/** What every rule receives besides the state: the session's fixed inputs and its seeded RNG. */
export interface GameContext<C, St> {
  content: C;
  settings: St;
  mode: ModeDefinition;
  rng: Rng;
  /** Player seats (people and bots) in table order. */
  players(): Seat[];
}

/**
 * A command: its payload schema and the rule that checks it and changes the state.
 * The rule must check everything before it changes anything: a returned error means no change.
 */
export interface CommandDefinition<S, C, St, P = any> {
  payload: z.ZodType<P>;
  /** Who may send it. Default: "player". */
  by?: "player" | "facilitator";
  /** Only the seat whose turn it is may send it. */
  turn?: boolean;
  /**
   * It changes which hidden objects seats other than its sender see (it moves a role, deals to
   * someone else): every seat's view is then re-read. After other commands only the sender's is,
   * unless the phase changed.
   */
  changesViews?: boolean;
  apply(state: S, ctx: GameContext<C, St>, seatId: string, payload: P): RuleError | void;
}

export interface PhaseDefinition<S, C, St> {
  /** The game's command kinds allowed in this phase. */
  commands: readonly string[];
  /** The phase ends when every player seat has said "done" (the `done` command is then allowed). */
  endsWhenAllDone?: boolean;
  /** Refuses a player's "done" while they still owe something in this phase. */
  canBeDone?(state: S, ctx: GameContext<C, St>, seatId: string): RuleError | void;
  /** The phase's timer in seconds, or null for none. */
  timerSeconds?(settings: St, state: S): number | null;
  enter?(state: S, ctx: GameContext<C, St>): void;
  /** A further end condition, checked after every input. */
  isOver?(state: S, ctx: GameContext<C, St>): boolean;
  /** Runs when the phase ends, whatever the reason (all done, timer, skip, end condition). */
  exit?(state: S, ctx: GameContext<C, St>): void;
  /** The next phase, or null when the game is over. */
  next(state: S, ctx: GameContext<C, St>): string | null;
}

/** The state as one seat sees it, as plain data: what bots decide from. */
export type SeatView<S> = ToJSON<S>;

export interface BotInput<S, C, St> {
  view: SeatView<S>;
  me: string;
  content: C;
  settings: St;
  rng: Rng;
}

export interface BotCommand {
  kind: string;
  payload: unknown;
}

export interface GameDefinition<S extends BaseState = any, C extends ContentEnvelope = any, St = any> {
  id: string;
  /**
   * Raise it whenever a change to the rules (or state) would replay an old log differently. A
   * session is stored with the version it began under; after an update, a finished one keeps its
   * report and an unfinished one is closed, never replayed under other rules.
   */
  rulesVersion: number;
  title: LocalizedText;
  summary: LocalizedText;
  modes: readonly ModeDefinition[];
  content: {
    /** What a content file is called ("deck", "scenario"): names its JSON Schema file. */
    name?: string;
    schema: z.ZodType<C>;
    /** Semantic checks beyond the schema: references, duplicates, sizes. */
    check?(content: C): ContentIssue[];
    /** What clients may download of the content (strip anything secret). Default: all of it. */
    publicView?(content: C): unknown;
  };
  /** Game settings with their defaults; a deck may set its own defaults. */
  settings: z.ZodType<St>;
  contentSettings?(content: C): Partial<St>;
  /** A tighter cap on players than the mode's, from the settings (a small deck, say). */
  maxPlayers?(settings: St): number;
  createState(): S;
  /** Deals and prepares once the seats are known, when the game starts. */
  setup(state: S, ctx: GameContext<C, St>): void;
  firstPhase(state: S, ctx: GameContext<C, St>): string;
  /**
   * Prepares a seat added once the game has started (its hand, its place in the current phase),
   * or refuses it with an error (changing nothing). Omitted: a started game takes no new seat.
   */
  joinLate?(state: S, ctx: GameContext<C, St>, seatId: string): RuleError | void;
  phases: Record<string, PhaseDefinition<S, C, St>>;
  commands: Record<string, CommandDefinition<S, C, St>>;
  /**
   * The objects whose hidden (`.view()`) fields this seat may see. Re-read for every seat after
   * seat changes, platform commands and phase changes, and after commands marked `changesViews`;
   * for the sender's seat alone after its other commands.
   */
  visibleTo(state: S, seatId: string): Iterable<object>;
  /** The bot policy: what a bot in this seat does now, or null to wait. */
  bot(input: BotInput<S, C, St>): BotCommand | null;
  report(state: S, ctx: GameContext<C, St>, audience: ReportAudience): Report;
  /** Messages of the game's own error codes. */
  messages: MessageCatalogue;
}
