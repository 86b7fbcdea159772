import { onLocaleChange } from "../i18n/index.ts";
import { h, renderInto } from "../ui/dom.ts";
import { header } from "../ui/header.ts";
import { toastRegion } from "../ui/toast.ts";
import "./desk.css";
import { m } from "./messages.ts";

export interface PageFrame {
  /** Renders the page again (after a change of its model or of the language). */
  render(): void;
}

function nav(): HTMLElement {
  return h(
    "nav",
    { class: "desk-nav", "aria-label": m("fac.console.title") },
    h("a", { href: "/facilitate", class: "desk-nav__link", id: "nav-create" }, m("fac.nav.create")),
    h("a", { href: "/history", class: "desk-nav__link", id: "nav-history" }, m("fac.nav.history")),
  );
}

/**
 * The frame of the facilitator's pages: the shell's top bar, a short navigation, the page and the
 * toasts; a change of language renders everything again. `bare` leaves the top bar out (the big
 * screen is a display: nothing on it to press but "full screen").
 */
export function pageFrame(root: HTMLElement, page: { title(): string; view(): Node }, options: { bare?: boolean; className?: string } = {}): PageFrame {
  const top = h("div", { class: "topbar-slot" });
  const main = h("main", { class: `main ${options.className ?? "desk"}`, id: "main", tabindex: "-1" });
  root.replaceChildren(top, main, toastRegion());
  const render = () => {
    document.title = page.title();
    if (!options.bare) renderInto(top, h("div", {}, header(), nav()));
    renderInto(main, page.view());
  };
  onLocaleChange(render);
  return { render };
}
