import { stringify } from "csv-stringify/sync";
import { localize, type Cell, type Locale, type LocalizedText, type Report, type ReportBlock } from "@sgp/shared";

export const REPORT_FORMATS = ["json", "csv", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the platform knows of a session, printed above the game's own report. */
export interface ReportHeader {
  code: string;
  game: LocalizedText;
  content: LocalizedText;
  createdAt: number;
  participants: { name: string; bot: boolean; role?: string }[];
  audience: "facilitator" | "players";
}

const LABELS: Record<Locale, Record<string, string>> = {
  fr: { session: "Session", date: "Date", participants: "Participants", bot: "robot", game: "Jeu", content: "Contenu", secret: "Version animateur : contient des informations secrètes", print: "Imprimer ou enregistrer en PDF", success: "Réussi", failure: "Pas encore" },
  en: { session: "Session", date: "Date", participants: "Participants", bot: "bot", game: "Game", content: "Content", secret: "Facilitator's version: contains secret information", print: "Print or save as PDF", success: "Achieved", failure: "Not yet" },
};

/** The printable page's only script, a file of its own: the CSP allows no inline script or handler. */
export const PRINT_SCRIPT_PATH = "/report-print.js";
export const PRINT_SCRIPT = `document.querySelector("[data-print]")?.addEventListener("click", () => window.print());\n`;

export function renderReport(format: ReportFormat, header: ReportHeader, report: Report, locale: Locale): { type: string; body: string } {
  switch (format) {
    case "json":
      return { type: "application/json; charset=utf-8", body: JSON.stringify(localizeDeep({ header, report }, locale), null, 2) };
    case "csv":
      return { type: "text/csv; charset=utf-8", body: toCsv(header, report, locale) };
    case "html":
      return { type: "text/html; charset=utf-8", body: toHtml(header, report, locale) };
  }
}

function isLocalized(value: unknown): value is { fr: string; en?: string } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as any).fr === "string" && Object.keys(value).every((k) => k === "fr" || k === "en");
}

function localizeDeep(value: unknown, locale: Locale): unknown {
  if (isLocalized(value)) return localize(value, locale);
  if (Array.isArray(value)) return value.map((v) => localizeDeep(v, locale));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localizeDeep(v, locale)]));
  return value;
}

function cellText(cell: Cell, locale: Locale): string {
  if (typeof cell === "boolean") return LABELS[locale][cell ? "success" : "failure"];
  if (typeof cell === "number") return String(cell);
  return localize(cell, locale);
}

function formatDate(ms: number, locale: Locale): string {
  return new Date(ms).toLocaleString(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
}

function participantsText(header: ReportHeader, locale: Locale): string {
  return header.participants.map((p) => `${p.name}${p.role ? ` (${p.role})` : ""}${p.bot ? ` [${LABELS[locale].bot}]` : ""}`).join(", ");
}

// --- CSV --------------------------------------------------------------------------------------

type CsvRow = (string | number)[];

/** A number stays a number (a negative one is not a formula); text starting with = + - @ is neutralised. */
function csvCell(cell: Cell, locale: Locale): string | number {
  return typeof cell === "number" ? cell : cellText(cell, locale);
}

function toCsv(header: ReportHeader, report: Report, locale: Locale): string {
  const l = LABELS[locale];
  const rows: CsvRow[] = [
    [l.session, header.code],
    [l.game, localize(header.game, locale)],
    [l.content, localize(header.content, locale)],
    [l.date, formatDate(header.createdAt, locale)],
    [l.participants, participantsText(header, locale)],
    [],
  ];
  for (const section of report.sections) {
    for (const block of section.blocks) rows.push(...csvBlock(localize(section.title, locale), block, locale));
  }
  return stringify(rows, { escape_formulas: true, record_delimiter: "windows", bom: true });
}

function csvBlock(sectionTitle: string, block: ReportBlock, locale: Locale): CsvRow[] {
  switch (block.type) {
    case "table":
      return [[sectionTitle], block.columns.map((c) => localize(c.label, locale)), ...block.rows.map((row) => block.columns.map((c) => (row[c.id] === undefined ? "" : csvCell(row[c.id], locale)))), []];
    case "series":
      return [
        [`${sectionTitle}: ${localize(block.title, locale)}`],
        [localize(block.xLabel, locale), ...block.series.map((s) => localize(s.label, locale))],
        ...block.x.map((x, i) => [x, ...block.series.map((s) => s.values[i] ?? "")]),
        [],
      ];
    case "outcome":
      return [[sectionTitle, cellText(block.success, locale), localize(block.text, locale)], []];
    case "text":
      return [[sectionTitle, localize(block.text, locale)], []];
    case "list":
      return [[sectionTitle], ...block.items.map((item) => [localize(item, locale)]), []];
  }
}

// --- HTML -------------------------------------------------------------------------------------

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function htmlBlock(block: ReportBlock, locale: Locale): string {
  const t = (text: LocalizedText) => escapeHtml(localize(text, locale));
  switch (block.type) {
    case "text":
      return `<p>${t(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${t(item)}</li>`).join("")}</ul>`;
    case "outcome":
      return `<p class="outcome ${block.success ? "ok" : "ko"}"><strong>${escapeHtml(cellText(block.success, locale))}</strong> ${t(block.text)}</p>`;
    case "table":
      return `<table><thead><tr>${block.columns.map((c) => `<th scope="col">${t(c.label)}</th>`).join("")}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${block.columns.map((c) => `<td>${row[c.id] === undefined ? "" : escapeHtml(cellText(row[c.id], locale))}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`;
    case "series":
      return `<figure><figcaption>${t(block.title)}</figcaption><table><thead><tr><th scope="col">${t(block.xLabel)}</th>${block.series
        .map((s) => `<th scope="col">${t(s.label)}</th>`)
        .join("")}</tr></thead><tbody>${block.x
        .map((x, i) => `<tr><th scope="row">${escapeHtml(String(x))}</th>${block.series.map((s) => `<td>${s.values[i] ?? ""}</td>`).join("")}</tr>`)
        .join("")}</tbody></table></figure>`;
  }
}

/** The printable report's style, inline so that a saved page keeps it (the CSP allows it by its hash). */
export const REPORT_CSS = `
body{font-family:"Atkinson Hyperlegible",system-ui,sans-serif;color:#1b1f24;max-width:60rem;margin:2rem auto;padding:0 1.5rem;line-height:1.5}
header{border-bottom:3px solid #1d5fa8;margin-bottom:1.5rem}h1{font-size:1.8rem;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2rem;color:#12467d}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:700}
table{border-collapse:collapse;width:100%;margin:.75rem 0}th,td{border:1px solid #c5ccd3;padding:.4rem .6rem;text-align:left;vertical-align:top}th{background:#eef2f6}
figure{margin:1rem 0}figcaption{font-weight:700}.outcome{padding:.6rem .8rem;border-left:6px solid}.ok{border-color:#2e7d32;background:#edf7ee}.ko{border-color:#b3261e;background:#fdeceb}
.secret{background:#fff4e0;border:1px solid #a35200;padding:.4rem .8rem}.print{margin:1rem 0}
@media print{.print{display:none}body{margin:0}h2{break-after:avoid}table,figure{break-inside:avoid}}`;

function toHtml(header: ReportHeader, report: Report, locale: Locale): string {
  const l = LABELS[locale];
  const t = (text: LocalizedText) => escapeHtml(localize(text, locale));
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${t(report.title)} · ${escapeHtml(header.code)}</title><style>${REPORT_CSS}</style></head>
<body><header><p>${t(header.game)} · ${t(header.content)}</p><h1>${t(report.title)}</h1></header>
${header.audience === "facilitator" ? `<p class="secret" role="note">${l.secret}</p>` : ""}
<dl><dt>${l.session}</dt><dd>${escapeHtml(header.code)}</dd><dt>${l.date}</dt><dd>${escapeHtml(formatDate(header.createdAt, locale))}</dd>
<dt>${l.participants}</dt><dd>${escapeHtml(participantsText(header, locale))}</dd></dl>
<p class="print"><button type="button" data-print>${l.print}</button></p>
<main>${report.sections.map((s) => `<section id="${escapeHtml(s.id)}"><h2>${t(s.title)}</h2>${s.blocks.map((b) => htmlBlock(b, locale)).join("\n")}</section>`).join("\n")}</main>
<script src="${PRINT_SCRIPT_PATH}" defer></script>
</body></html>`;
}
