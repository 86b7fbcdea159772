import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

/** The "reconnecting" strip at the top of the page, announced politely to screen readers. */
export function reconnectingBanner(): HTMLElement {
  return h(
    "div",
    { class: "banner", role: "status" },
    h("span", { class: "spinner", "aria-hidden": "true" }),
    h("span", {}, t("conn.reconnecting")),
  );
}
