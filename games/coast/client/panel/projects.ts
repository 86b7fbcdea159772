import { h } from "@sgp/client/dom";
import { pledged } from "@sgp/game-coast/rules";
import { REACTIONS, type CoastProject } from "@sgp/game-coast/state";
import { format } from "../format.ts";
import type { CoastStore } from "../store.ts";

const QUICK_PLEDGES = [100, 500];
const REACTION_ICONS: Record<(typeof REACTIONS)[number], string> = { support: "✓", too_expensive: "€", not_here: "✗" };

function statusKey(project: CoastProject): string {
  if (project.status === "appealed") return "coast.project.appealed";
  if (project.needsApproval && !project.approved) return "coast.project.awaitingState";
  if (project.approved) return "coast.project.approved";
  return "coast.project.open";
}

/** What my role may do with a project: pledge, take back, approve or refuse, appeal. */
function myMoves(store: CoastStore, project: CoastProject): HTMLElement[] {
  const role = store.myRole;
  if (!role) return [];
  const fmt = format(store.shell.i18n.locale());
  const send = (kind: string, payload: object) => () => void store.shell.send(kind, { project: project.id, ...payload });
  const missing = project.cost - pledged(project);
  const most = Math.min(role.budget, missing);
  const amounts = [...new Set([...QUICK_PLEDGES.filter((a) => a < most), most])].filter((a) => a > 0);
  const moves = amounts.map((amount) =>
    h(
      "button",
      { type: "button", class: "button button--secondary button--small", onclick: send("pledge", { amount }), "aria-label": store.t("coast.project.pledgeLabel", { amount: fmt.money(amount), action: store.actionName(project.action) }) },
      amount === missing ? store.t("coast.project.pledgeRest", { amount: fmt.money(amount) }) : `+ ${fmt.money(amount)}`,
    ),
  );
  const power = store.roleDef(role.id)?.power;
  if (power === "approve" && project.needsApproval && !project.approved) {
    moves.push(
      h("button", { type: "button", class: "button button--primary button--small", onclick: send("approve", {}) }, store.t("coast.project.approve")),
      h("button", { type: "button", class: "button button--ghost button--small", onclick: send("refuse", {}) }, store.t("coast.project.refuse")),
    );
  }
  if (power === "appeal" && project.appealedRound === 0 && project.proposer !== role.id) {
    moves.push(h("button", { type: "button", class: "button button--ghost button--small", onclick: send("appeal", {}) }, store.t("coast.project.appeal")));
  }
  if (project.proposer === role.id) moves.push(h("button", { type: "button", class: "button button--quiet button--small", onclick: send("withdraw", {}) }, store.t("coast.project.drop")));
  else if (project.pledges.get(role.id)) moves.push(h("button", { type: "button", class: "button button--quiet button--small", onclick: send("withdraw", {}) }, store.t("coast.project.takeBack")));
  return moves;
}

function reactions(store: CoastStore, project: CoastProject): HTMLElement {
  const mine = project.reactions.get(store.shell.seatId);
  const counts = new Map<string, number>();
  for (const reaction of project.reactions.values()) counts.set(reaction, (counts.get(reaction) ?? 0) + 1);
  return h(
    "div",
    { class: "coast-reactions", role: "group", "aria-label": store.t("coast.project.reactions") },
    ...REACTIONS.map((reaction) =>
      h(
        "button",
        {
          type: "button",
          class: `coast-reaction coast-reaction--${reaction}`,
          "aria-pressed": String(mine === reaction),
          onclick: () => void store.shell.send("react", { project: project.id, reaction }),
        },
        h("span", { class: "coast-reaction__icon", "aria-hidden": "true" }, REACTION_ICONS[reaction]),
        h("span", { class: "coast-reaction__label" }, store.t(`coast.reaction.${reaction}`)),
        h("span", { class: "coast-reaction__count" }, String(counts.get(reaction) ?? 0)),
      ),
    ),
  );
}

/** A project on the table: what, where, who, how far funded, and what I may do about it. */
export function projectCard(store: CoastStore, project: CoastProject): HTMLElement {
  const fmt = format(store.shell.i18n.locale());
  const total = pledged(project);
  const share = Math.min(1, total / Math.max(1, project.cost));
  const givers = [...project.pledges.entries()].map(([role, amount]) => `${store.roleName(role)} ${fmt.money(amount)}`).join(" · ");
  const mine = project.proposer === store.myRoleId;
  return h(
    "article",
    { class: `coast-project${mine ? " coast-project--mine" : ""}`, "aria-label": `${store.actionName(project.action)} — ${store.zoneName(project.zone)}` },
    h("div", { class: "coast-project__head" }, h("strong", {}, store.actionName(project.action)), h("span", { class: "coast-project__zone" }, store.zoneName(project.zone))),
    h("p", { class: "coast-project__meta" }, store.t("coast.project.by", { role: store.roleName(project.proposer) }), " · ", h("span", { class: "coast-tag" }, store.t(statusKey(project)))),
    h(
      "div",
      { class: "coast-progress", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": String(project.cost), "aria-valuenow": String(total), "aria-label": store.t("coast.project.funding") },
      h("span", { class: "coast-progress__bar", style: `width: ${Math.round(share * 100)}%` }),
    ),
    h("p", { class: "coast-project__money" }, store.t("coast.project.money", { pledged: fmt.money(total), cost: fmt.money(project.cost) }), givers ? h("span", { class: "muted" }, ` — ${givers}`) : null),
    h("div", { class: "coast-project__moves" }, ...myMoves(store, project)),
    reactions(store, project),
  );
}
