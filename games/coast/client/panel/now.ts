import { h } from "@sgp/client/dom";
import { format } from "../format.ts";
import type { CoastStore } from "../store.ts";
import { doneButton, figure, sectionTitle } from "./common.ts";
import { powerBoxes } from "./powers.ts";
import { projectCard } from "./projects.ts";
import { proposeBox } from "./propose.ts";
import { roundReport } from "./report.ts";

/** The event card of the round, as everyone sees it. */
function eventCard(store: CoastStore): HTMLElement {
  const event = store.scenario.events.find((e) => e.id === store.state.event);
  if (!event) return h("p", { class: "coast-event coast-event--calm" }, store.t("coast.event.none"));
  return h("article", { class: "coast-event" }, h("p", { class: "coast-event__kicker" }, store.t("coast.event.kicker")), h("h3", { class: "coast-event__title" }, store.text(event.title)), h("p", {}, store.text(event.text)));
}

function negotiation(store: CoastStore): HTMLElement[] {
  const fmt = format(store.shell.i18n.locale());
  const open = store.openProjects();
  const budget = store.myRole?.budget ?? 0;
  return [
    eventCard(store),
    h(
      "div",
      { class: "coast-figures" },
      figure(store.t("coast.role.budget"), fmt.money(budget), budget < 0 ? store.t("coast.role.inDebt") : undefined),
      store.state.fund > 0 ? figure(store.t("coast.negotiation.fund"), fmt.money(store.state.fund)) : null,
      store.state.riskFund > 0 ? figure(store.t("coast.negotiation.riskFund"), fmt.money(store.state.riskFund), store.t("coast.negotiation.riskFundTerms")) : null,
    ),
    ...powerBoxes(store),
    proposeBox(store),
    sectionTitle(store.t("coast.negotiation.projects", { count: open.length })),
    ...(open.length ? open.map((project) => projectCard(store, project)) : [h("p", { class: "muted small" }, store.t("coast.negotiation.empty"))]),
    doneButton(store, "coast.done.negotiation"),
  ];
}

function sea(store: CoastStore): HTMLElement[] {
  const record = store.state.history.at(-1);
  const fmt = format(store.shell.i18n.locale());
  if (!record) return [h("p", { role: "status" }, store.t("coast.sea.rising"))];
  const flooded = record.floodedZones.map((id) => store.zoneName(id));
  return [
    h("p", { class: "coast-sea__level" }, store.t("coast.sea.level", { level: fmt.metres(record.waterLevel), still: fmt.metres(record.stillWater), surge: fmt.metres(record.surge) })),
    h("p", {}, flooded.length ? store.tn("coast.sea.flooded", record.homesFlooded, { zones: flooded.join(", "), homes: fmt.count(record.homesFlooded) }) : store.t("coast.sea.dry")),
    h("p", { class: "muted small" }, store.t("coast.sea.tap")),
    doneButton(store, "coast.done.sea"),
  ];
}

/** What is expected of me now, phase by phase. */
export function nowView(store: CoastStore): HTMLElement[] {
  const { phase, round } = store.state;
  const last = round >= store.scenario.territory.rounds;
  const year = store.scenario.territory.startYear + (round - 1) * store.scenario.territory.yearsPerRound;
  const speedUp = store.scenario.sea.rise.speedUp;
  const head = h(
    "p",
    { class: "coast-step" },
    h("span", { class: "coast-step__round" }, store.t("coast.step.round", { round, rounds: store.scenario.territory.rounds, year })),
    speedUp > 1 ? h("span", { class: "coast-step__accelerated", title: store.t("coast.step.acceleratedWhy", { factor: speedUp }) }, store.t("coast.step.accelerated", { factor: speedUp })) : null,
    h("strong", {}, store.t(`coast.step.${phase}`)),
  );
  switch (phase) {
    case "event":
      return [head, eventCard(store), h("p", {}, store.t("coast.event.next")), doneButton(store, "coast.done.event")];
    case "negotiation":
      return [head, ...negotiation(store)];
    case "sea":
      return [head, ...sea(store)];
    case "report":
      return [head, ...roundReport(store), doneButton(store, last ? "coast.done.last" : "coast.done.report")];
    default:
      return [head, h("p", { role: "status" }, store.t("coast.step.wait"))];
  }
}
