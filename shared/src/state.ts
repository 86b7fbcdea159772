import { schema, t, type SchemaType } from "@colyseus/schema";

/** One seat at the table. Keyed by a stable seat id, never by a connection id. */
export const Seat = schema(
  {
    id: t.string().default(""),
    name: t.string().default(""),
    /** "human" or "bot". */
    controller: t.string().default(""),
    role: t.string().default(""),
    color: t.string().default(""),
    /** Order around the table, for turns and display. */
    order: t.number().default(0),
    host: t.boolean().default(false),
    ready: t.boolean().default(false),
    done: t.boolean().default(false),
    /** The seat has played something in the current phase (bots wait for the people who have not). */
    acted: t.boolean().default(false),
    connected: t.boolean().default(false),
  },
  "Seat",
);
export type Seat = SchemaType<typeof Seat>;

/** The current phase's clock. Only `durationMs` comes from the rules; the rest is the room's clock. */
export const PhaseTimer = schema(
  {
    phase: t.string().default(""),
    durationMs: t.number().default(0),
    /** Server epoch ms at which the phase ends; 0 when paused or without a timer. */
    endsAt: t.number().default(0),
    /** Time left while paused; 0 while the clock runs (the time left is then `endsAt` minus the server's time). */
    remainingMs: t.number().default(0),
    paused: t.boolean().default(false),
  },
  "PhaseTimer",
);
export type PhaseTimer = SchemaType<typeof PhaseTimer>;

/** A facilitator's note for the debrief; players read it only if it is shared, once the debrief is revealed. */
export const DeskNote = schema(
  {
    text: t.string().default(""),
    shared: t.boolean().default(false),
  },
  "DeskNote",
);
export type DeskNote = SchemaType<typeof DeskNote>;

/** What only the facilitator sees live; its own object, so that showing it shows nothing else. */
export const FacilitatorDesk = schema(
  {
    notes: t.array(DeskNote).view(),
  },
  "FacilitatorDesk",
);
export type FacilitatorDesk = SchemaType<typeof FacilitatorDesk>;

/** Fields every session has. A game's state extends this with `BaseState.extend({...})`. */
export const BaseState = schema(
  {
    code: t.string().default(""),
    game: t.string().default(""),
    content: t.string().default(""),
    mode: t.string().default(""),
    /** "lobby", "playing" or "finished". */
    status: t.string().default(""),
    phase: t.string().default(""),
    round: t.number().default(0),
    /** Seat id whose turn it is, for games with turns; empty otherwise. */
    turn: t.string().default(""),
    seats: t.map(Seat),
    timer: t.ref(PhaseTimer),
    facilitatorConnected: t.boolean().default(false),
    /** The facilitator has shown the debrief to the players. */
    debriefRevealed: t.boolean().default(false),
    desk: t.ref(FacilitatorDesk),
  },
  "BaseState",
);
export type BaseState = SchemaType<typeof BaseState>;

export type SessionStatus = "lobby" | "playing" | "finished";

/** Fields that describe connections and clocks, left out of the canonical hash. */
export const VOLATILE_FIELDS = {
  Seat: ["connected"],
  BaseState: ["facilitatorConnected"],
  PhaseTimer: ["endsAt", "remainingMs", "paused", "durationMs"],
} as const;
