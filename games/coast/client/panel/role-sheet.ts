import { h } from "@sgp/client/dom";
import type { ObjectiveStatus } from "@sgp/game-coast/state";
import { format } from "../format.ts";
import type { CoastStore } from "../store.ts";
import { figure, sectionTitle } from "./common.ts";

function objective(store: CoastStore, text: string, status: string): HTMLElement {
  return h("li", { class: `coast-goal coast-goal--${status}` }, h("span", { class: "coast-goal__status" }, store.t(`coast.goal.${status as ObjectiveStatus}`)), h("span", {}, text));
}

/** My role: who I am, my money, my public goals, my secret objectives (marked as such), my powers and cards. */
export function roleSheet(store: CoastStore): HTMLElement[] {
  const role = store.myRole;
  const def = role && store.roleDef(role.id);
  if (!role || !def) return [h("p", { class: "muted" }, store.t("coast.role.none"))];
  const fmt = format(store.shell.i18n.locale());
  return [
    h("h3", { class: "coast-role__name" }, store.text(def.name)),
    h("p", { class: "coast-role__description" }, store.text(def.description)),
    h("div", { class: "coast-figures" }, figure(store.t("coast.role.budget"), fmt.money(role.budget), store.t("coast.role.perRound", { amount: fmt.money(def.budgetPerRound) })), figure(store.t("coast.role.satisfaction"), `${role.satisfaction}/100`)),
    sectionTitle(store.t("coast.role.goals")),
    h("ul", { class: "coast-goals" }, ...def.goals.map((goal, i) => objective(store, store.text(goal.text), role.goals[i] ?? "pending"))),
    h(
      "section",
      { class: "coast-secret", "aria-label": store.t("coast.role.secret") },
      h("p", { class: "coast-secret__title" }, h("span", { class: "coast-secret__lock", "aria-hidden": "true" }), store.t("coast.role.secret")),
      h("p", { class: "coast-secret__hint" }, store.t("coast.role.secretHint")),
      h("ul", { class: "coast-goals" }, ...store.mySecrets.map((secret) => objective(store, store.text(secret.text), secret.status))),
    ),
    def.power ? h("p", { class: "coast-power" }, h("strong", {}, store.t("coast.role.power")), " ", store.t(`coast.power.${def.power}`)) : null,
    sectionTitle(store.t("coast.role.actions")),
    h("ul", { class: "coast-cardlist" }, ...store.myActions().map((action) => h("li", {}, h("strong", {}, store.text(action.name)), h("span", { class: "muted" }, ` — ${fmt.money(action.cost)}`)))),
  ].filter((node): node is HTMLElement => node !== null);
}
