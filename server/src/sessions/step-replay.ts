import { FACILITATOR_SEAT, interpolate, seatView, type GameDefinition, type GameSession, type Locale, type ReportAudience, type SessionInput } from "@sgp/shared";
import type { LogEntry, SessionRow } from "../persistence/storage.ts";
import { replay } from "./replay.ts";

/** One step of a finished session, in words: what the log says happened, and who did it. */
export interface TimelineStep {
  step: number;
  at: number;
  who: string;
  what: string;
}

const WORDS: Record<Locale, Record<string, string>> = {
  fr: {
    facilitator: "Animation",
    clock: "Minuteur",
    join: "rejoint la table",
    "join.bot": "rejoint la table (robot)",
    leave: "quitte la table",
    "controller.bot": "laisse sa place à un robot",
    "controller.human": "prend la place",
    "timer.expired": "le temps de l'étape est écoulé",
    "command.start": "lance la partie",
    "command.pause": "met en pause",
    "command.resume": "reprend",
    "command.extend": "rallonge l'étape",
    "command.skip": "passe à l'étape suivante",
    "command.end": "termine la partie",
    "command.bot.add": "ajoute un robot",
    "command.seat.bot": "confie une place à un robot",
    "command.kick": "retire quelqu'un de la table",
    "command.rename": "renomme quelqu'un",
    "command.note": "prend une note",
    "command.debrief.reveal": "montre le bilan",
    "command.ready": "est prêt·e",
    "command.done": "a fini l'étape",
    "command.profile": "change son nom ou sa couleur",
    "command.other": "joue : {kind}",
  },
  en: {
    facilitator: "Facilitator",
    clock: "Timer",
    join: "joins the table",
    "join.bot": "joins the table (robot)",
    leave: "leaves the table",
    "controller.bot": "hands the seat to a robot",
    "controller.human": "takes the seat",
    "timer.expired": "the step's time is up",
    "command.start": "starts the game",
    "command.pause": "pauses",
    "command.resume": "resumes",
    "command.extend": "extends the step",
    "command.skip": "moves on to the next step",
    "command.end": "ends the game",
    "command.bot.add": "adds a robot",
    "command.seat.bot": "hands a seat to a robot",
    "command.kick": "removes someone from the table",
    "command.rename": "renames someone",
    "command.note": "takes a note",
    "command.debrief.reveal": "shows the debrief",
    "command.ready": "is ready",
    "command.done": "has finished the step",
    "command.profile": "changes their name or colour",
    "command.other": "plays: {kind}",
  },
};

/**
 * What a command did, in words: the game's own `action.<kind>` message when it has one. Never the
 * payload: a hidden vote or a card not yet shown stays hidden in the public timeline.
 */
function describe(definition: GameDefinition, input: SessionInput, locale: Locale): string {
  const words = WORDS[locale];
  switch (input.type) {
    case "seat.join":
      return input.controller === "bot" ? words["join.bot"] : words.join;
    case "seat.leave":
      return words.leave;
    case "seat.controller":
      return words[`controller.${input.controller}`];
    case "timer.expired":
      return words["timer.expired"];
    case "command":
      return words[`command.${input.kind}`] ?? definition.messages[locale]?.[`action.${input.kind}`] ?? interpolate(words["command.other"], { kind: input.kind });
  }
}

/** Who acted: the seat's name as it was then, the facilitator, or the clock. */
function actor(session: GameSession, input: SessionInput, locale: Locale): string {
  if (input.type === "timer.expired") return WORDS[locale].clock;
  if (input.type === "seat.join") return input.name;
  if (input.seatId === FACILITATOR_SEAT) return WORDS[locale].facilitator;
  return session.state.seats.get(input.seatId)?.name ?? input.seatId;
}

/** The whole session, step by step, in words (names as they were when each step happened). */
export function timeline(definition: GameDefinition, row: SessionRow, log: LogEntry[], locale: Locale): TimelineStep[] {
  const { session } = replay(definition, row, []);
  return log.map((entry) => {
    const who = actor(session, entry.input, locale);
    session.apply(entry.input);
    return { step: entry.seq, at: entry.at, who, what: describe(definition, entry.input, locale) };
  });
}

/**
 * The state right after a step: all of it for the facilitator; for the report's public link, only
 * what a big screen received then (no hand, hidden vote, secret objective or note).
 */
export function stateAt(definition: GameDefinition, row: SessionRow, log: LogEntry[], step: number, audience: ReportAudience): unknown {
  const { session } = replay(definition, row, log.filter((entry) => entry.seq <= step));
  const state = session.state;
  if (audience !== "facilitator") return seatView(state, new Set());
  const everything = new Set<object>([state.desk]);
  for (const seat of session.players()) for (const object of definition.visibleTo(state, seat.id)) everything.add(object);
  return seatView(state, everything);
}
