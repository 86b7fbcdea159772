import { h } from "@sgp/client/dom";
import type { CoastStore } from "../store.ts";

/** "I'm done with this step" for the phase, or what we are waiting for once said. */
export function doneButton(store: CoastStore, labelKey: string): HTMLElement {
  if (store.amDone) return h("p", { class: "coast-waiting", role: "status" }, store.t("coast.waiting"));
  return h("button", { type: "button", class: "button button--primary button--wide coast-done", onclick: () => void store.shell.send("done") }, store.t(labelKey));
}

export function sectionTitle(text: string): HTMLElement {
  return h("h3", { class: "coast-heading" }, text);
}

/** A row of a label and a value, for budgets and indicators. */
export function figure(label: string, value: string, extra?: string): HTMLElement {
  return h("div", { class: "coast-figure" }, h("span", { class: "coast-figure__label" }, label), h("strong", { class: "coast-figure__value" }, value), extra ? h("span", { class: "coast-figure__extra" }, extra) : null);
}
