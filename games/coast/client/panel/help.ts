import { h } from "@sgp/client/dom";
import type { CoastStore } from "../store.ts";
import { kindStyle } from "../zone-style.ts";
import { sectionTitle } from "./common.ts";

const STEPS = ["event", "negotiation", "decision", "sea", "report"] as const;

const hex = (color: number) => `#${color.toString(16).padStart(6, "0")}`;

/** How to play, in a few lines, and the map's legend: reachable at any time from the panel's tabs. */
export function helpView(store: CoastStore): HTMLElement[] {
  const kinds = [...new Set(store.zones().map(({ zone }) => zone.kind))];
  return [
    h("p", {}, store.t("coast.help.goal")),
    h("ol", { class: "coast-help-steps" }, ...STEPS.map((step) => h("li", {}, h("strong", {}, store.t(`coast.step.${step}`)), " — ", store.t(`coast.help.${step}`)))),
    sectionTitle(store.t("coast.help.map")),
    h(
      "ul",
      { class: "coast-legend" },
      ...kinds.map((kind) => h("li", {}, h("span", { class: "coast-legend__swatch", style: `background: ${hex(kindStyle(kind).fill)}; border-color: ${hex(kindStyle(kind).ink)}`, "aria-hidden": "true" }), store.t(`coast.kind.${kind}`))),
      h("li", {}, h("span", { class: "coast-legend__swatch coast-legend__swatch--dike", "aria-hidden": "true" }), store.t("coast.help.dike")),
      h("li", {}, h("span", { class: "coast-legend__swatch coast-legend__swatch--water", "aria-hidden": "true" }), store.t("coast.help.water")),
    ),
    h("p", { class: "muted small" }, store.t("coast.help.tap")),
  ];
}
