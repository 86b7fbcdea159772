import { locale, t } from "../i18n/index.ts";
import { fetchReport, reportPath, type LocalizedReport } from "../net/api.ts";
import { h } from "../ui/dom.ts";
import { qrImage } from "../ui/qr.ts";
import { reportView } from "./report.ts";

export interface EndProps {
  code: string;
  /** The advertised origin, for the QR code taken home. */
  origin: string;
  reportToken: string;
  home(): void;
}

/** The end screen: the players' report, and a QR code of its read-only printable page to take home. */
export function endScreen(props: EndProps, report: LocalizedReport | "loading" | "failed"): HTMLElement {
  const printable = `${props.origin}${reportPath(props.code, props.reportToken, "html", locale())}`;
  const body =
    report === "loading"
      ? h("p", { class: "muted", role: "status" }, t("end.loading"))
      : report === "failed"
        ? h("p", { class: "field__error", role: "alert" }, t("end.failed"))
        : reportView(report);
  return h(
    "div",
    { class: "screen screen--end" },
    h("div", { class: "screen__head" }, h("h1", { class: "screen__title" }, t("end.title")), h("p", { class: "hero__lead" }, t("end.lead"))),
    h(
      "div",
      { class: "end-grid" },
      h("section", { class: "card card--report", "aria-live": "polite" }, body),
      h(
        "aside",
        { class: "card card--takehome", "aria-labelledby": "takehome-title" },
        h("h2", { class: "card__title", id: "takehome-title" }, t("end.takeHome")),
        h("p", { class: "card__lead" }, t("end.takeHomeHint")),
        qrImage(printable, t("end.qr", { code: props.code })),
        h("a", { class: "button button--secondary button--wide", href: printable, target: "_blank", rel: "noopener", id: "open-report" }, t("end.open")),
        h("button", { type: "button", class: "button button--ghost button--wide", id: "end-home", onclick: props.home }, t("end.home")),
      ),
    ),
  );
}

export function loadReport(props: EndProps): Promise<LocalizedReport> {
  return fetchReport(props.code, props.reportToken, locale());
}
