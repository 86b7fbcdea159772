import { locale } from "../i18n/index.ts";
import { advertisedOrigin, reportPath, seriesPath } from "../net/api.ts";
import { h } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { showToast } from "../ui/toast.ts";
import { commandButton, type Desk } from "./context.ts";
import { fetchFullReport, type ReportFormat } from "./desk-api.ts";
import { m } from "./messages.ts";

/**
 * The printable page opened from a blob: a base address so that its print script (a file, the
 * CSP allowing no inline script) resolves against this server, as when the page is served.
 */
async function printablePage(blob: Blob): Promise<Blob> {
  const html = await blob.text();
  return new Blob([html.replace("<head>", `<head><base href="${location.origin}/">`)], { type: blob.type });
}

/** Fetches the full report with the facilitator's token; JSON and CSV are saved, the printable page opens. */
async function exportReport(desk: Desk, format: ReportFormat): Promise<void> {
  const opened = format === "html" ? window.open("", "_blank") : null;
  try {
    const fetched = await fetchFullReport(desk.info.code, desk.token, format, locale());
    const blob = opened ? await printablePage(fetched) : fetched;
    const url = URL.createObjectURL(blob);
    if (opened) opened.location.href = url;
    else h("a", { href: url, download: `${desk.info.code}-${desk.info.game}.${format}` }).click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    opened?.close();
    showToast(describeError(error));
  }
}

/** Reveal the debrief to the players; the report's exports (JSON, CSV, printable page). */
export function debriefCard(desk: Desk): HTMLElement {
  const state = desk.connection.state;
  const finished = state.status === "finished";
  const readOnly = `${advertisedOrigin(desk.info)}${reportPath(desk.info.code, desk.connection.reportToken ?? "", "html", locale())}`;
  const button = (format: ReportFormat, label: string) => h("button", { type: "button", class: "button button--ghost", id: `export-${format}`, onclick: () => void exportReport(desk, format) }, label);
  return h(
    "section",
    { class: "card desk-debrief", "aria-labelledby": "debrief-title" },
    h("h2", { class: "card__title", id: "debrief-title" }, m("fac.debrief.title")),
    !finished
      ? h("p", { class: "muted" }, m("fac.debrief.notYet"))
      : state.debriefRevealed
        ? h("p", { class: "outcome outcome--success", id: "debrief-revealed" }, m("fac.debrief.revealed"))
        : commandButton(desk, "fac-reveal", m("fac.debrief.reveal"), "debrief.reveal", {}, "button--primary"),
    h("div", { class: "actions" }, button("json", m("fac.debrief.json")), button("csv", m("fac.debrief.csv")), button("html", m("fac.debrief.html"))),
    finished ? h("p", { class: "small" }, h("a", { href: readOnly, target: "_blank", rel: "noopener", id: "report-read-only" }, m("fac.debrief.readOnly"))) : null,
    desk.info.settings?.series
      ? h("p", {}, h("a", { class: "button button--secondary", href: seriesPath(desk.info.code, desk.connection.reportToken ?? "", locale()), target: "_blank", rel: "noopener", id: "series-compare" }, m("fac.series.compare")))
      : null,
  );
}
