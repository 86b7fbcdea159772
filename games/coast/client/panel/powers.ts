import { h } from "@sgp/client/dom";
import { housingSites } from "@sgp/game-coast/effects";
import { format } from "../format.ts";
import type { CoastStore } from "../store.ts";
import { sectionTitle } from "./common.ts";

/** The flood-defence tax, for the role that may levy it. */
function taxBox(store: CoastStore): HTMLElement | null {
  const role = store.myRole;
  if (!role || store.roleDef(role.id)?.power !== "tax") return null;
  const fmt = format(store.shell.i18n.locale());
  const terms = store.scenario.powers.tax;
  if (role.taxLevied) return h("p", { class: "coast-power muted small" }, store.t("coast.levy.done"));
  return h(
    "button",
    { type: "button", class: "button button--secondary button--wide coast-power", onclick: () => void store.shell.send("tax.levy") },
    store.t("coast.levy.tax", { amount: fmt.money(terms.amount), satisfaction: Math.abs(terms.satisfaction) }),
  );
}

/** Zoning, for the mayor: close a zone to building, or open it again (never in the 30-year band). */
function zoningBox(store: CoastStore): HTMLElement | null {
  const role = store.myRole;
  if (!role || store.roleDef(role.id)?.power !== "zoning") return null;
  const zones = store.zones().filter(({ def, zone }) => def.buildable && zone.kind === def.kind);
  return h(
    "details",
    { class: "coast-zoning" },
    h("summary", { class: "button button--ghost button--wide" }, store.t("coast.zoning.title")),
    h(
      "ul",
      { class: "coast-zoning__list" },
      ...zones.map(({ def, zone }) => {
        const open = !zone.buildingForbidden;
        const inBand = zone.erosionBand === 30;
        return h(
          "li",
          {},
          h("span", {}, store.zoneName(def.id), inBand ? ` · ${store.t("coast.zoning.band30")}` : ""),
          h(
            "button",
            { type: "button", class: "button button--small button--secondary", disabled: !open && inBand, onclick: () => void store.shell.send("zoning.set", { zone: def.id, open: !open }) },
            store.t(open ? "coast.zoning.close" : "coast.zoning.open"),
          ),
        );
      }),
    ),
  );
}

/** Housing pressure: where do the new homes go? The mayor decides; otherwise they go where building is cheapest. */
function housingBox(store: CoastStore): HTMLElement | null {
  const waiting = store.state.homesWaiting;
  if (waiting === 0) return null;
  const fmt = format(store.shell.i18n.locale());
  const sites = housingSites(store.state, store.scenario);
  const mayor = store.roleDef(store.myRoleId)?.power === "zoning";
  const elevation = (id: string) => store.zoneDef(id)?.elevation ?? 0;
  const cheapest = [...sites].sort((a, b) => elevation(a.id) - elevation(b.id))[0];
  return h(
    "section",
    { class: "coast-housing" },
    sectionTitle(store.tn("coast.housing.title", waiting, { homes: fmt.count(waiting) })),
    h("p", { class: "small" }, cheapest ? store.t("coast.housing.default", { zone: store.zoneName(cheapest.id) }) : store.t("coast.housing.nowhere")),
    mayor
      ? h(
          "div",
          { class: "coast-housing__sites" },
          ...sites.map((zone) =>
            h(
              "button",
              { type: "button", class: "button button--secondary button--small", onclick: () => void store.shell.send("homes.place", { zone: zone.id }) },
              store.t("coast.housing.place", { zone: store.zoneName(zone.id), elevation: fmt.metres(elevation(zone.id)) }),
            ),
          ),
        )
      : h("p", { class: "muted small" }, store.t("coast.housing.mayorDecides")),
  );
}

/** The powers a role holds, and the housing question, during the negotiation. */
export function powerBoxes(store: CoastStore): HTMLElement[] {
  return [housingBox(store), taxBox(store), zoningBox(store)].filter((box): box is HTMLElement => box !== null);
}
