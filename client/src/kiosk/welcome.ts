import { localize } from "../i18n/index.ts";
import type { GameSummary } from "../net/api.ts";
import { h } from "../ui/dom.ts";
import { languageSwitch } from "../ui/header.ts";
import type { StandTable } from "./api.ts";
import { kt } from "./i18n.ts";

const SLIDE_MS = 4500;

export interface WelcomeModel {
  tablet: string;
  table?: StandTable;
  game?: GameSummary;
  /** The stand's server did not answer: the screen still shows, and says so. */
  offline: boolean;
  busy: boolean;
}

export interface Welcome {
  element: HTMLElement;
  dispose(): void;
}

/** The attract loop: a few short slides, one at a time, that a visitor can pause. */
function attractLoop(slides: string[]): Welcome {
  let index = 0;
  let paused = matchMedia("(prefers-reduced-motion: reduce)").matches;
  const items = slides.map((slide, i) => h("li", { class: "attract__slide", "aria-hidden": String(i !== 0) }, slide));
  const toggle = h("button", { type: "button", class: "button button--ghost attract__toggle", id: "attract-toggle" });
  const show = () => items.forEach((item, i) => item.setAttribute("aria-hidden", String(i !== index)));
  const label = () => {
    toggle.textContent = paused ? "▶" : "❚❚";
    toggle.setAttribute("aria-label", paused ? kt("kiosk.attract.resume") : kt("kiosk.attract.pause"));
  };
  toggle.addEventListener("click", () => {
    paused = !paused;
    label();
  });
  label();
  const interval = setInterval(() => {
    if (paused) return;
    index = (index + 1) % items.length;
    show();
  }, SLIDE_MS);
  const element = h("section", { class: "attract", "aria-label": kt("kiosk.attract.label") }, h("ul", { class: "attract__slides" }, ...items), toggle);
  return { element, dispose: () => clearInterval(interval) };
}

/** The tablet's welcome screen: what is played here, the attract loop, one big "Play" button. */
export function welcomeScreen(model: WelcomeModel, play: () => void): Welcome {
  const slides = [model.game ? localize(model.game.summary) : kt("kiosk.lead"), kt("kiosk.attract.touch"), kt("kiosk.attract.bots"), kt("kiosk.attract.take")];
  const loop = attractLoop(slides);
  const element = h(
    "div",
    { class: "kiosk-welcome" },
    h("div", { class: "kiosk-welcome__top" }, h("p", { class: "kiosk-welcome__place" }, model.table ? localize(model.table.name) : "", " · ", kt("kiosk.tablet", { tablet: model.tablet })), languageSwitch()),
    h("div", { class: "kiosk-waves", "aria-hidden": "true" }, h("span", {}), h("span", {}), h("span", {})),
    h(
      "div",
      { class: "kiosk-welcome__body" },
      model.game ? h("p", { class: "kiosk-welcome__game" }, localize(model.game.title)) : null,
      h("h1", { class: "kiosk-welcome__title" }, kt("kiosk.title")),
      loop.element,
      h("button", { type: "button", class: "button button--primary kiosk-play", id: "kiosk-play", disabled: model.busy, "aria-busy": String(model.busy), onclick: play }, model.busy ? kt("kiosk.joining") : kt("kiosk.play")),
      model.offline ? h("p", { class: "kiosk-welcome__offline", role: "status" }, kt("kiosk.offline")) : null,
    ),
  );
  return { element, dispose: loop.dispose };
}
