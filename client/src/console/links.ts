import { h } from "../ui/dom.ts";
import { showToast } from "../ui/toast.ts";
import { m } from "./messages.ts";

/** The facilitator's own link, to keep or to open on another device; never for the players. */
export function facilitatorLinkCard(link: string, code: string): HTMLElement {
  const copy = async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    showToast(m("fac.link.copied"), "info");
  };
  return h(
    "section",
    { class: "card desk-link", "aria-labelledby": `fac-link-${code}` },
    h("h2", { class: "card__title", id: `fac-link-${code}` }, m("fac.link.title")),
    h("p", { class: "card__lead" }, m("fac.link.hint")),
    h("p", { class: "share__link" }, h("a", { href: link, id: "facilitator-link" }, link.replace(/^https?:\/\//, ""))),
    h("button", { type: "button", class: "button button--ghost button--small", id: "copy-facilitator-link", onclick: copy }, m("fac.link.copy")),
  );
}
