import type { GameSession, Report, ReportAudience } from "@sgp/shared";
import type { SessionRow, Store } from "../persistence/store.ts";
import type { ReportHeader } from "../reports/render.ts";

export interface StoredReportDocument {
  header: ReportHeader;
  report: Report;
}

const AUDIENCES: ReportAudience[] = ["facilitator", "players"];

/** Builds both versions of the report from the live session and stores them, once, at the end. */
export function saveReports(store: Store, session: GameSession, row: SessionRow): void {
  for (const audience of AUDIENCES) {
    store.saveReport(row.code, audience, JSON.stringify(buildReport(session, row, audience)));
  }
}

/** The report as it stands now (stored ones are used once the session is finished). */
export function buildReport(session: GameSession, row: SessionRow, audience: ReportAudience): StoredReportDocument {
  const definition = session.definition;
  const content = row.content as { title?: ReportHeader["content"] };
  return {
    header: {
      code: row.code,
      game: definition.title,
      content: content.title ?? row.contentId,
      createdAt: row.createdAt,
      participants: session.players().map((seat) => ({ name: seat.name, bot: seat.controller === "bot", ...(seat.role ? { role: seat.role } : {}) })),
      audience,
    },
    report: withNotes(session.started ? definition.report(session.state, session.ctx, audience) : notPlayed(definition), [...session.state.desk.notes]),
  };
}

/** A session ended before its game began has nothing of the game to report. */
function notPlayed(definition: GameSession["definition"]): Report {
  return {
    title: definition.title,
    sections: [{ id: "not-played", title: { fr: "Partie non jouée", en: "Game not played" }, blocks: [{ type: "text", text: { fr: "La session s'est terminée avant le début de la partie.", en: "The session ended before the game began." } }] }],
  };
}

/** The facilitator's notes close the debrief, for everyone once the game is over. */
function withNotes(report: Report, notes: string[]): Report {
  if (notes.length === 0) return report;
  return {
    ...report,
    sections: [...report.sections, { id: "notes", title: { fr: "Notes de l'animation", en: "Facilitator's notes" }, blocks: [{ type: "list", items: notes }] }],
  };
}
