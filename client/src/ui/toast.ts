import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

const VISIBLE_MS = 6000;
const MAX_VISIBLE = 3;

let region: HTMLElement | undefined;

/** The live region every toast goes to; created once, next to the app. */
export function toastRegion(): HTMLElement {
  region ??= h("section", { class: "toasts", "aria-label": t("toast.region") });
  return region;
}

export function showToast(message: string, tone: "error" | "info" = "error"): void {
  const close = () => toast.remove();
  const toast = h(
    "div",
    { class: `toast toast--${tone}`, role: tone === "error" ? "alert" : "status" },
    h("span", { class: "toast__icon", "aria-hidden": "true" }, tone === "error" ? "!" : "i"),
    h("p", { class: "toast__text" }, message),
    h("button", { class: "toast__close", type: "button", "aria-label": t("toast.close"), onclick: close }, "×"),
  );
  // The same message twice shows once (the newest); the oldest go first when there are too many.
  const shown = [...toastRegion().children].filter((other) => other.querySelector(".toast__text")?.textContent !== message);
  toastRegion().replaceChildren(...shown.slice(-(MAX_VISIBLE - 1)), toast);
  setTimeout(close, VISIBLE_MS);
}
