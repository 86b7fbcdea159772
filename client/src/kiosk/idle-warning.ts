import { h } from "../ui/dom.ts";
import { kt } from "./i18n.ts";

/** "Still there?": the time left before the tablet goes back to its welcome screen. */
export function idleWarning(remainingMs: number, stay: () => void): HTMLElement {
  return h(
    "div",
    { class: "idle-warning" },
    h("h2", { class: "card__title card__title--big", id: "idle-title" }, kt("kiosk.idle.title")),
    h("p", { class: "idle-warning__lead" }, kt("kiosk.idle.lead", { seconds: Math.ceil(remainingMs / 1000) })),
    h("button", { type: "button", class: "button button--primary kiosk-play", id: "idle-stay", onclick: stay }, kt("kiosk.idle.stay")),
  );
}
