import type { PhaseTimer } from "@sgp/shared";
import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

const TICK_MS = 250;
const HURRY_MS = 30_000;

function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Time left in the phase, counted down to the server's deadline; shows when it is paused. */
export function timerWidget(timer: () => PhaseTimer | undefined, now: () => number): { element: HTMLElement; dispose(): void } {
  const value = h("span", { class: "timer__value" });
  const status = h("span", { class: "timer__status" });
  const element = h("div", { class: "timer", role: "timer", "aria-label": t("timer.label") }, h("span", { class: "timer__icon", "aria-hidden": "true" }), value, status);
  const tick = () => {
    const current = timer();
    const running = current !== undefined && current.endsAt > 0;
    const paused = current?.paused ?? false;
    element.hidden = !running && !paused;
    if (element.hidden || !current) return;
    const left = paused ? current.remainingMs : Math.max(0, current.endsAt - now());
    value.textContent = clockText(left);
    status.textContent = paused ? t("timer.paused") : "";
    element.classList.toggle("timer--paused", paused);
    element.classList.toggle("timer--hurry", !paused && left <= HURRY_MS);
  };
  tick();
  const interval = setInterval(tick, TICK_MS);
  return { element, dispose: () => clearInterval(interval) };
}
