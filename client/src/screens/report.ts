import type { Cell, ReportBlock, ReportSection } from "@sgp/shared";
import { t } from "../i18n/index.ts";
import type { LocalizedReport } from "../net/api.ts";
import { h } from "../ui/dom.ts";

/** The server's JSON report is already in the reader's language: every text is a plain string. */
const str = (value: unknown): string => (typeof value === "string" ? value : String(value ?? ""));

function cellText(cell: Cell): string {
  if (typeof cell === "boolean") return cell ? t("end.success") : t("end.failure");
  return str(cell);
}

const CHART = { width: 320, height: 140, pad: 8 };

/** A line chart with its numbers also given as a table for screen readers. */
function series(block: Extract<ReportBlock, { type: "series" }>): HTMLElement {
  const all = block.series.flatMap((s) => s.values);
  const max = Math.max(1, ...all);
  const step = (CHART.width - 2 * CHART.pad) / Math.max(1, block.x.length - 1);
  const y = (v: number) => CHART.height - CHART.pad - (v / max) * (CHART.height - 2 * CHART.pad);
  const svg = block.series
    .map((s, i) => {
      const points = s.values.map((v, j) => `${CHART.pad + j * step},${y(v)}`).join(" ");
      return `<polyline class="chart__line chart__line--${i % 4}" points="${points}" fill="none" />${s.values.map((v, j) => `<circle class="chart__dot chart__line--${i % 4}" cx="${CHART.pad + j * step}" cy="${y(v)}" r="3.5" />`).join("")}`;
    })
    .join("");
  const chart = h("div", { class: "chart", "aria-hidden": "true" });
  chart.innerHTML = `<svg viewBox="0 0 ${CHART.width} ${CHART.height}" preserveAspectRatio="none">${svg}</svg>`;
  return h(
    "figure",
    { class: "report-series" },
    h("figcaption", { class: "report-series__title" }, str(block.title)),
    chart,
    h(
      "table",
      { class: "visually-hidden" },
      h("tr", {}, h("th", {}, str(block.xLabel)), ...block.series.map((s) => h("th", {}, str(s.label)))),
      ...block.x.map((x, i) => h("tr", {}, h("td", {}, String(x)), ...block.series.map((s) => h("td", {}, String(s.values[i] ?? ""))))),
    ),
  );
}

function blockView(block: ReportBlock): HTMLElement {
  switch (block.type) {
    case "text":
      return h("p", {}, str(block.text));
    case "list":
      return h("ul", { class: "report-list" }, ...block.items.map((item) => h("li", {}, str(item))));
    case "outcome":
      return h(
        "p",
        { class: `outcome outcome--${block.success ? "success" : "failure"}` },
        h("strong", {}, block.success ? t("end.success") : t("end.failure")),
        h("span", {}, str(block.text)),
      );
    case "table":
      return h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "table" },
          h("thead", {}, h("tr", {}, ...block.columns.map((c) => h("th", { scope: "col" }, str(c.label))))),
          h("tbody", {}, ...block.rows.map((row) => h("tr", {}, ...block.columns.map((c) => h("td", {}, cellText(row[c.id] ?? "")))))),
        ),
      );
    case "series":
      return series(block);
  }
}

function sectionView(section: ReportSection): HTMLElement {
  return h("section", { class: "report-section" }, h("h3", {}, str(section.title)), ...section.blocks.map(blockView));
}

export function reportView(data: LocalizedReport): HTMLElement {
  const names = data.header.participants.map((p) => (p.bot ? `${p.name} (${t("end.bot")})` : p.name)).join(", ");
  return h(
    "article",
    { class: "report" },
    h("h2", { class: "card__title" }, str(data.report.title)),
    h("p", { class: "muted" }, t("end.participants", { names })),
    ...data.report.sections.map(sectionView),
  );
}
