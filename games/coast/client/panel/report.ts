import { h } from "@sgp/client/dom";
import { renderHeadline } from "@sgp/game-coast/messages";
import type { Scenario } from "@sgp/game-coast/content";
import type { RoundRecord } from "@sgp/game-coast/state";
import { format } from "../format.ts";
import type { CoastStore } from "../store.ts";
import { sectionTitle } from "./common.ts";

type Indicator = "homesFlooded" | "homesExposed" | "damage" | "jobs" | "nature" | "resilience";
/** For each indicator, whether more is better (the arrow's colour says so, and its word too). */
const INDICATORS: [Indicator, boolean][] = [
  ["homesFlooded", false],
  ["homesExposed", false],
  ["damage", false],
  ["jobs", true],
  ["nature", true],
  ["resilience", true],
];

/** The local newspaper: the round's headlines under a masthead with the territory's name and the year. */
export function newspaper(store: CoastStore, record: RoundRecord): HTMLElement {
  // renderHeadline only reads zones, events and actions, which the public scenario keeps.
  const scenario = store.scenario as unknown as Scenario;
  const [lead, ...rest] = [...record.headlines].map((line) => store.text(renderHeadline(line.id, Object.fromEntries(line.params.entries()), scenario)));
  return h(
    "article",
    { class: "coast-paper", "aria-label": store.t("coast.report.paper") },
    h("header", { class: "coast-paper__mast" }, h("span", { class: "coast-paper__name" }, store.t("coast.report.masthead")), h("span", { class: "coast-paper__date" }, `${store.text(store.scenario.territory.name)} · ${record.year}`)),
    lead ? h("h3", { class: "coast-paper__lead" }, lead) : null,
    ...rest.map((line) => h("p", { class: "coast-paper__line" }, line)),
  );
}

function value(store: CoastStore, indicator: Indicator, record: RoundRecord): string {
  const fmt = format(store.shell.i18n.locale());
  if (indicator === "damage") return fmt.money(record.damage);
  if (indicator === "resilience") return `${fmt.count(record.resilience)}/100`;
  return fmt.count(record[indicator]);
}

/** The round's indicators, each with its change since the round before. */
export function indicators(store: CoastStore, record: RoundRecord, previous: RoundRecord | undefined): HTMLElement {
  return h(
    "dl",
    { class: "coast-indicators" },
    ...INDICATORS.map(([indicator, moreIsBetter]) => {
      const delta = previous ? record[indicator] - previous[indicator] : 0;
      const better = delta !== 0 && delta > 0 === moreIsBetter;
      const trend = delta === 0 ? "" : store.t(better ? "coast.report.better" : "coast.report.worse");
      return h(
        "div",
        { class: `coast-indicator${delta === 0 ? "" : better ? " coast-indicator--better" : " coast-indicator--worse"}` },
        h("dt", {}, store.t(`coast.indicator.${indicator}`)),
        h("dd", {}, value(store, indicator, record), trend ? h("span", { class: "coast-indicator__trend" }, `${delta > 0 ? "▲" : "▼"} ${trend}`) : null),
      );
    }),
  );
}

/** Each actor's satisfaction after the round, as bars with their number. */
export function satisfaction(store: CoastStore, record: RoundRecord): HTMLElement {
  return h(
    "ul",
    { class: "coast-satisfaction" },
    ...[...record.satisfaction.entries()].map(([role, value]) =>
      h(
        "li",
        {},
        h("span", { class: "coast-satisfaction__role" }, store.roleName(role)),
        h("span", { class: "coast-satisfaction__bar", "aria-hidden": "true" }, h("span", { style: `width: ${value}%` })),
        h("span", { class: "coast-satisfaction__value" }, `${value}/100`),
      ),
    ),
  );
}

export function roundReport(store: CoastStore): HTMLElement[] {
  const history = [...store.state.history];
  const record = history.at(-1);
  if (!record) return [];
  return [newspaper(store, record), sectionTitle(store.t("coast.report.indicators")), indicators(store, record, history.at(-2)), sectionTitle(store.t("coast.report.satisfaction")), satisfaction(store, record)];
}
