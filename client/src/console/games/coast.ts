import type { PublicScenario } from "@sgp/game-coast/content";
import type { CoastState, SecretObjective } from "@sgp/game-coast/state";
import { locale, localize } from "../../i18n/index.ts";
import { h } from "../../ui/dom.ts";
import { commandButton, draftInput, secretBadge, seatsInOrder, type Desk, type GameDesk } from "../context.ts";
import { m } from "../messages.ts";

const stateOf = (desk: Desk) => desk.connection.state as unknown as CoastState;
const scenarioOf = (desk: Desk) => desk.content as PublicScenario;
const roleName = (desk: Desk, id: string) => {
  const role = scenarioOf(desk).roles.find((r) => r.id === id);
  return role ? localize(role.name) : id;
};
const eventTitle = (desk: Desk, id: string) => {
  const event = scenarioOf(desk).events.find((e) => e.id === id);
  return event ? localize(event.title) : id;
};

function eventBlock(desk: Desk, state: CoastState): HTMLElement | null {
  if (state.phase !== "event") return null;
  const events = scenarioOf(desk).events;
  desk.drafts["coast-event"] ??= events[0]?.id ?? "";
  desk.drafts["coast-storm"] ??= "0.5";
  return h(
    "div",
    { class: "desk-block" },
    h("h3", {}, m("fac.coast.event")),
    h("p", {}, state.event ? m("fac.coast.eventNow", { event: eventTitle(desk, state.event) }) : m("fac.coast.eventNone")),
    h(
      "div",
      { class: "inline-form" },
      h("label", { class: "visually-hidden", for: "coast-event" }, m("fac.coast.event")),
      h("select", { id: "coast-event", class: "select", onchange: (e: Event) => (desk.drafts["coast-event"] = (e.target as HTMLSelectElement).value) }, ...events.map((e) => h("option", { value: e.id, selected: desk.drafts["coast-event"] === e.id }, localize(e.title)))),
      commandButton(desk, "coast-choose", m("fac.coast.choose"), "event.choose", () => ({ event: desk.drafts["coast-event"] })),
      commandButton(desk, "coast-skip", m("fac.coast.skip"), "event.skip", {}, "button--ghost"),
    ),
    h("p", { class: "muted" }, m("fac.coast.stormNow", { metres: new Intl.NumberFormat(locale()).format(state.stormAdded) })),
    h(
      "div",
      { class: "inline-form" },
      h("label", { class: "field__label", for: "coast-storm" }, m("fac.coast.storm")),
      draftInput(desk, "coast-storm", { type: "number", min: 0.1, max: 3, step: 0.1 }),
      commandButton(desk, "coast-storm-add", m("fac.coast.stormAdd"), "storm.add", () => ({ metres: Number(desk.drafts["coast-storm"]) }), "button--ghost"),
    ),
  );
}

function moneyBlock(desk: Desk, state: CoastState): HTMLElement {
  const rows = [...state.roles.values()].map((role) => {
    const id = `coast-amount-${role.id}`;
    desk.drafts[id] ??= "10";
    const amount = () => ({ role: role.id, amount: Number(desk.drafts[id]) });
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, roleName(desk, role.id)),
      h("td", {}, m("fac.coast.budget", { budget: role.budget })),
      h("td", {}, h("label", { class: "visually-hidden", for: id }, m("fac.coast.amount")), draftInput(desk, id, { type: "number", min: 1, step: 1, class: "input input--small" })),
      h("td", {}, h("span", { class: "row-actions" }, commandButton(desk, `grant-${role.id}`, m("fac.coast.grant"), "grant", amount, "button--small button--ghost"), commandButton(desk, `withdraw-${role.id}`, m("fac.coast.withdraw"), "withdraw.money", amount, "button--small button--ghost"))),
    );
  });
  return h("div", { class: "desk-block" }, h("h3", {}, m("fac.coast.money")), h("div", { class: "table-wrap" }, h("table", { class: "table" }, h("tbody", {}, ...rows))));
}

function assignBlock(desk: Desk, state: CoastState): HTMLElement | null {
  if (state.round !== 1) return null;
  const roles = scenarioOf(desk).roles;
  return h(
    "div",
    { class: "desk-block" },
    h("h3", {}, m("fac.coast.assign")),
    ...seatsInOrder(desk).map((seat) => {
      const id = `coast-role-${seat.id}`;
      desk.drafts[id] ??= seat.role || roles[0].id;
      return h(
        "div",
        { class: "inline-form" },
        h("label", { class: "field__label", for: id }, m("fac.coast.assignTo", { name: seat.name })),
        h("select", { id, class: "select", onchange: (e: Event) => (desk.drafts[id] = (e.target as HTMLSelectElement).value) }, ...roles.map((r) => h("option", { value: r.id, selected: desk.drafts[id] === r.id }, localize(r.name)))),
        commandButton(desk, `${id}-assign`, m("fac.coast.assign"), "assign", () => ({ seat: seat.id, role: desk.drafts[id] }), "button--small button--ghost"),
      );
    }),
  );
}

function approvalsBlock(desk: Desk, state: CoastState): HTMLElement {
  const waiting = [...state.projects.values()].filter((p) => p.needsApproval && !p.approved && (p.status === "proposed" || p.status === "appealed"));
  const actions = scenarioOf(desk).actions;
  const zones = scenarioOf(desk).zones;
  return h(
    "div",
    { class: "desk-block" },
    h("h3", {}, m("fac.coast.approvals")),
    waiting.length === 0
      ? h("p", { class: "muted" }, m("fac.coast.noApprovals"))
      : h(
          "ul",
          {},
          ...waiting.map((p) => {
            const action = actions.find((a) => a.id === p.action);
            const zone = zones.find((z) => z.id === p.zone);
            return h(
              "li",
              { class: "desk-proposal" },
              h("span", {}, m("fac.coast.project", { action: action ? localize(action.name) : p.action, zone: zone ? localize(zone.name) : p.zone })),
              commandButton(desk, `approve-${p.id}`, m("fac.coast.approve"), "state.approve", { project: p.id }, "button--small button--primary"),
              commandButton(desk, `refuse-${p.id}`, m("fac.coast.refuse"), "state.refuse", { project: p.id }, "button--small button--ghost"),
            );
          }),
        ),
  );
}

function objectives(secret: string): SecretObjective[] {
  try {
    return JSON.parse(secret) as SecretObjective[];
  } catch {
    return [];
  }
}

/** Trait de côte: events, storms, money, roles, the State's approvals; every role's secret objectives. */
export const coastDesk: GameDesk = {
  powers(desk) {
    const state = stateOf(desk);
    return h("div", { class: "stack" }, eventBlock(desk, state), assignBlock(desk, state), approvalsBlock(desk, state), moneyBlock(desk, state));
  },
  secrets(desk, seat) {
    const role = seat.role ? stateOf(desk).roles?.get(seat.role) : undefined;
    if (!role) return null;
    const list = objectives(role.secret);
    return h(
      "div",
      { class: "secret", "data-secret": "objectives" },
      secretBadge(),
      h("p", { class: "small" }, m("fac.secret.objectives")),
      list.length ? h("ul", { class: "small" }, ...list.map((o) => h("li", {}, localize(o.text)))) : h("p", { class: "small muted" }, m("fac.secret.none")),
    );
  },
  roleName: (desk, role) => roleName(desk, role),
};
