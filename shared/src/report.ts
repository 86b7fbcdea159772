import type { LocalizedText } from "./i18n/text.ts";

/**
 * The debrief of a session as a generic structure: the server renders it to JSON, CSV and
 * printable HTML for any game, and the client shows it on the end screen.
 */
export interface Report {
  title: LocalizedText;
  sections: ReportSection[];
}

export interface ReportSection {
  id: string;
  title: LocalizedText;
  blocks: ReportBlock[];
}

export type Cell = string | number | boolean | LocalizedText;

export type ReportBlock =
  | { type: "text"; text: LocalizedText }
  | { type: "list"; items: LocalizedText[] }
  | { type: "outcome"; success: boolean; text: LocalizedText }
  | { type: "table"; id: string; columns: { id: string; label: LocalizedText }[]; rows: Record<string, Cell>[] }
  | {
      type: "series";
      id: string;
      title: LocalizedText;
      xLabel: LocalizedText;
      x: (string | number)[];
      series: { id: string; label: LocalizedText; values: number[] }[];
    };

/** Who reads the report: the facilitator sees everything; players never see another player's secrets. */
export type ReportAudience = "facilitator" | "players";
