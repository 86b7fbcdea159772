import { h } from "@sgp/client/dom";
import { destinations, movesPeople, relocationKind } from "@sgp/game-coast/effects";
import { format } from "../format.ts";
import type { CoastStore } from "../store.ts";

/**
 * Proposing a project: pick one of my role's action cards, then a zone on the map (the map
 * highlights where the card may go and asks to confirm).
 */
export function proposeBox(store: CoastStore): HTMLElement {
  const fmt = format(store.shell.i18n.locale());
  const placing = store.placing;
  if (placing) {
    return h(
      "div",
      { class: "coast-placing", role: "status" },
      h("p", {}, h("strong", {}, store.actionName(placing)), " — ", store.t("coast.propose.pickZone")),
      destinationChoice(store, placing),
      h("button", { type: "button", class: "button button--ghost button--small", onclick: () => store.setUi({ placing: null, zone: null, destination: null }) }, store.t("coast.propose.cancel")),
    );
  }
  const actions = store.myActions();
  if (actions.length === 0) return h("p", { class: "muted small" }, store.t("coast.propose.none"));
  const zonesFor = (id: string) => store.zones().filter(({ def }) => store.canPlace(id, def.id)).length;
  return h(
    "details",
    { class: "coast-propose" },
    h("summary", { class: "button button--secondary button--wide" }, store.t("coast.propose.open")),
    h(
      "ul",
      { class: "coast-actions" },
      ...actions.map((action) => {
        const where = zonesFor(action.id);
        return h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "coast-action", disabled: where === 0, onclick: () => store.setUi({ placing: action.id, zone: null }) },
            h("span", { class: "coast-action__head" }, h("strong", {}, store.text(action.name)), h("span", { class: "coast-action__cost" }, fmt.money(action.cost))),
            h("span", { class: "coast-action__text" }, store.text(action.text)),
            h(
              "span",
              { class: "coast-action__meta" },
              where === 0 ? store.t("coast.propose.nowhere") : store.tn("coast.propose.where", where),
              action.needsApproval ? ` · ${store.t("coast.propose.regulated")}` : "",
              action.roundsToBuild > 0 ? ` · ${store.tn("coast.propose.rounds", action.roundsToBuild)}` : "",
            ),
          ),
        );
      }),
    ),
  );
}

/** For a relocation or a depoldering: where the homes and jobs go (by default, the highest safe zone). */
function destinationChoice(store: CoastStore, actionId: string): HTMLElement | null {
  const action = store.action(actionId);
  if (!action || !movesPeople(action)) return null;
  const kind = relocationKind(action);
  if (kind === "outside") return h("p", { class: "small" }, store.t("coast.propose.outside"));
  const choices = destinations(store.state, store.scenario, "", kind);
  const select = h(
    "select",
    { id: "coast-destination", onchange: (event: Event) => store.setUi({ destination: (event.target as HTMLSelectElement).value || null }) },
    h("option", { value: "" }, store.t("coast.propose.highest")),
    ...choices.map((zone) => h("option", { value: zone.id, selected: store.ui.destination === zone.id }, store.zoneName(zone.id))),
  );
  return h("p", { class: "coast-destination" }, h("label", { for: "coast-destination" }, store.t("coast.propose.destination")), " ", select);
}
