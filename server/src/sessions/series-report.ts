import type { Cell, LocalizedText, Report, ReportBlock } from "@sgp/shared";
import type { SessionRow } from "../persistence/storage.ts";
import type { ReportHeader } from "../reports/render.ts";
import type { StoredReportDocument } from "./reports.ts";

/** A table of the series, with its report when one can be read (a session never opened has none). */
export interface SeriesTable {
  row: SessionRow;
  document: StoredReportDocument | undefined;
}

const t = (fr: string, en: string): LocalizedText => ({ fr, en });

const STATUS: Record<SessionRow["status"], LocalizedText> = {
  lobby: t("en attente", "waiting"),
  playing: t("en cours", "playing"),
  finished: t("terminée", "finished"),
};

/** The one-row table a game's report may hold under the id "summary": what a series compares. */
function summaryOf(document: StoredReportDocument | undefined): Extract<ReportBlock, { type: "table" }> | undefined {
  for (const section of document?.report.sections ?? []) {
    for (const block of section.blocks) if (block.type === "table" && block.id === "summary") return block;
  }
  return undefined;
}

/**
 * The debrief of a series of tables that played one seed: one row per table with its summary
 * (the columns of the first table that has one), then each table's outcome.
 */
export function seriesReport(series: { id: string; tables: number }, tables: SeriesTable[]): StoredReportDocument {
  const summaries = tables.map((table) => summaryOf(table.document));
  const columns = summaries.find((s) => s !== undefined)?.columns ?? [];
  const rows = tables.map((table, i): Record<string, Cell> => ({
    table: i + 1,
    code: table.row.code,
    status: STATUS[table.row.status],
    ...(summaries[i]?.rows[0] ?? {}),
  }));
  const outcomes = tables.map((table, i) => ({
    id: `table-${i + 1}`,
    title: t(`Table ${i + 1} · ${table.row.code}`, `Table ${i + 1} · ${table.row.code}`),
    blocks: table.document?.report.sections.find((s) => s.id === "outcome")?.blocks ?? [{ type: "text" as const, text: STATUS[table.row.status] }],
  }));
  const first = tables.find((table) => table.document)?.document?.header;
  const header: ReportHeader = {
    code: series.id,
    game: first?.game ?? t(tables[0].row.game, tables[0].row.game),
    content: first?.content ?? t(tables[0].row.contentId, tables[0].row.contentId),
    createdAt: tables[0].row.createdAt,
    participants: tables.flatMap((table) => table.document?.header.participants ?? []),
    audience: "players",
  };
  const report: Report = {
    title: t(`Série de ${series.tables} tables sur la même graine`, `Series of ${series.tables} tables on one seed`),
    sections: [
      {
        id: "comparison",
        title: t("Les tables côte à côte", "The tables side by side"),
        blocks: [
          { type: "text", text: t("Toutes les tables ont reçu la même graine : les mêmes événements et les mêmes tempêtes. Ce qui les distingue, ce sont leurs décisions.", "Every table got the same seed: the same events and the same storms. What sets them apart is what they decided.") },
          {
            type: "table",
            id: "series",
            columns: [{ id: "table", label: t("Table", "Table") }, { id: "code", label: t("Code", "Code") }, { id: "status", label: t("Partie", "Game") }, ...columns],
            rows,
          },
        ],
      },
      ...outcomes,
    ],
  };
  return { header, report };
}
