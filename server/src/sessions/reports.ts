import type { GameDefinition, GameSession, Report, ReportAudience } from "@sgp/shared";
import type { LogEntry, SessionRow, Write } from "../persistence/storage.ts";
import type { ReportHeader } from "../reports/render.ts";

export interface StoredReportDocument {
  header: ReportHeader;
  report: Report;
}

const AUDIENCES: ReportAudience[] = ["facilitator", "players"];

/** Both versions of the report, built once at the end, as writes to store them. */
function reportWrites(row: SessionRow, build: (audience: ReportAudience) => StoredReportDocument, at = Date.now()): Write[] {
  return AUDIENCES.map((audience) => ({ type: "report", code: row.code, audience, json: JSON.stringify(build(audience)), at }));
}

/** The reports of a session that has ended (at the end, and again when its debrief changes), from its live state. */
export function finalReports(session: GameSession, row: SessionRow): Write[] {
  return reportWrites(row, (audience) => buildReport(session, row, audience));
}

/**
 * The reports of an unfinished session closed because its game's rules changed: who sat down
 * (read from the log's seat entries, which do not depend on the rules), and why it stopped.
 */
export function endedByUpdateReports(definition: GameDefinition, row: SessionRow, log: readonly LogEntry[]): Write[] {
  const seats = new Map<string, { name: string; bot: boolean }>();
  for (const { input } of log) {
    if (input.type === "seat.join") seats.set(input.seatId, { name: input.name, bot: input.controller === "bot" });
    if (input.type === "seat.controller" && seats.has(input.seatId)) {
      const seat = seats.get(input.seatId)!;
      seats.set(input.seatId, { name: input.name ?? seat.name, bot: input.controller === "bot" });
    }
  }
  const report: Report = {
    title: definition.title,
    sections: [{
      id: "ended-by-update",
      title: { fr: "Partie arrêtée par une mise à jour", en: "Game ended by an update" },
      blocks: [{
        type: "text",
        text: {
          fr: "Le jeu a été mis à jour pendant cette partie. Ses nouvelles règles ne peuvent pas reprendre une partie commencée avec les anciennes : elle a été close à l'endroit où elle en était.",
          en: "The game was updated during this session. Its new rules cannot resume a game begun under the old ones, so it was closed where it stood.",
        },
      }],
    }],
  };
  return reportWrites(row, (audience) => ({ header: reportHeader(definition, row, [...seats.values()], audience), report }));
}

function reportHeader(definition: GameDefinition, row: SessionRow, participants: ReportHeader["participants"], audience: ReportAudience): ReportHeader {
  const content = row.content as { title?: ReportHeader["content"] };
  return { code: row.code, game: definition.title, content: content.title ?? row.contentId, createdAt: row.createdAt, participants, audience };
}

/** The report as it stands now (stored ones are used once the session is finished). */
export function buildReport(session: GameSession, row: SessionRow, audience: ReportAudience): StoredReportDocument {
  const definition = session.definition;
  const participants = session.players().map((seat) => ({ name: seat.name, bot: seat.controller === "bot", ...(seat.role ? { role: seat.role } : {}) }));
  return {
    header: reportHeader(definition, row, participants, audience),
    report: withNotes(session.started ? definition.report(session.state, session.ctx, audience) : notPlayed(definition), notesFor(session.state, audience)),
  };
}

/**
 * The facilitator reads every note; players and the big screen only those marked for sharing,
 * once the debrief is revealed.
 */
function notesFor(state: GameSession["state"], audience: ReportAudience): string[] {
  const notes = [...state.desk.notes];
  if (audience === "facilitator") return notes.map((note) => note.text);
  return state.debriefRevealed ? notes.filter((note) => note.shared).map((note) => note.text) : [];
}

/** A session ended before its game began has nothing of the game to report. */
function notPlayed(definition: GameSession["definition"]): Report {
  return {
    title: definition.title,
    sections: [{ id: "not-played", title: { fr: "Partie non jouée", en: "Game not played" }, blocks: [{ type: "text", text: { fr: "La session s'est terminée avant le début de la partie.", en: "The session ended before the game began." } }] }],
  };
}

/** The facilitator's notes close the debrief. */
function withNotes(report: Report, notes: string[]): Report {
  if (notes.length === 0) return report;
  return {
    ...report,
    sections: [...report.sections, { id: "notes", title: { fr: "Notes de l'animation", en: "Facilitator's notes" }, blocks: [{ type: "list", items: notes }] }],
  };
}
