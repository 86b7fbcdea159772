import type { BotCommand, BotInput } from "@sgp/shared";
import type { Action, ActionEffect, Scenario } from "./content.ts";
import { actionMatters } from "./effects.ts";
import { readSecret } from "./objectives.ts";
import { isOpen, pledged, scenarioIndex, type Settings } from "./rules.ts";
import type { CoastState } from "./state.ts";

type Input = BotInput<CoastState, Scenario, Settings>;
type View = Input["view"];
type ZoneView = View["zones"][string];
type ProjectView = View["projects"][string];
/** A public goal or a secret objective, as far as the bot reads it. */
interface Goal {
  indicator: string;
  scope: string;
  compare: string;
}

const SAFETY = new Set(["homesFlooded", "homesExposed", "damage", "floodedZones", "resilience"]);
const PROTECTS = new Set<ActionEffect["type"]>(["raiseDefence", "repairDefence", "addWidth", "slowErosion", "reduceDamage", "warningPlan"]);

/** +1 when the effect helps the goal, -1 when it works against it, 0 when it does not matter. */
function effectOn(effect: ActionEffect, goal: Goal, me: string): number {
  if (effect.type === "changeSatisfaction") return effect.role === me || effect.role === "all" ? Math.sign(effect.delta) : 0;
  const wantsMore = goal.compare === ">=" || goal.compare === ">";
  if (SAFETY.has(goal.indicator)) return PROTECTS.has(effect.type) || effect.type === "relocateHomes" || effect.type === "marshRestore" ? 1 : 0;
  switch (goal.indicator) {
    case "jobs":
      if (effect.type === "relocateJobs" || effect.type === "marshRestore") return -1;
      return PROTECTS.has(effect.type) ? 1 : 0;
    case "homes":
      if (!wantsMore) return effect.type === "forbidBuilding" || effect.type === "relocateHomes" ? 1 : 0;
      if (effect.type === "relocateHomes" || effect.type === "marshRestore" || effect.type === "forbidBuilding") return -1;
      return PROTECTS.has(effect.type) ? 1 : 0;
    case "nature":
      if (effect.type === "changeNature") return Math.sign(effect.delta);
      return effect.type === "marshRestore" || effect.type === "addWidth" ? 1 : 0;
    default:
      return 0;
  }
}

/** How well an action serves a role's goals and objectives: above 0 it serves, below it harms. */
export function stance(action: Action, goals: readonly Goal[], me: string): number {
  return goals.reduce((sum, goal) => sum + action.effects.reduce((s, effect) => s + effectOn(effect, goal, me), 0), 0);
}

/** Flooded last round, exposed to the reference storm, a weak dike, or a thin beach or dune. */
function atRisk(zone: ZoneView, scenario: Scenario): boolean {
  const thinShore = (zone.kind === "beach" || zone.kind === "dune") && zone.width < 2 * scenario.sea.duneFailWidth + 10;
  return zone.flooded || zone.exposed || (zone.defenceKind !== "none" && zone.defenceCondition < 0.7) || thinShore;
}

/** A deterministic "rarely": about one project in four, the same answer however often it is asked. */
function rarely(id: string, round: number): boolean {
  let hash = round;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 4 === 0;
}

interface Table {
  view: View;
  me: string;
  roleId: string;
  scenario: Scenario;
  goals: Goal[];
  budget: number;
  keep: number;
}

const fundFor = (view: View, action: string) => (view.fundActions.length === 0 || view.fundActions.includes(action) ? view.fund : 0);
const missing = (view: View, project: ProjectView) => project.cost - pledged(project) - fundFor(view, project.action);
const openProjects = (view: View) => Object.values(view.projects).filter(isOpen);

function decideApprovals(table: Table): BotCommand | null {
  if (scenarioIndex(table.scenario).roles.get(table.roleId)?.power !== "approve") return null;
  const waiting = openProjects(table.view).find((p) => p.needsApproval && !p.approved);
  if (!waiting) return null;
  const action = scenarioIndex(table.scenario).actions.get(waiting.action)!;
  const kind = stance(action, table.goals, table.roleId) < 0 ? "refuse" : "approve";
  return { kind, payload: { project: waiting.id } };
}

function appealRarely(table: Table, settings: Settings): BotCommand | null {
  if (scenarioIndex(table.scenario).roles.get(table.roleId)?.power !== "appeal") return null;
  if (table.view.roles[table.roleId].appealsThisRound >= settings.appealsPerRound) return null;
  const target = openProjects(table.view).find(
    (p) => p.appealedRound === 0 && p.proposer !== table.roleId && stance(scenarioIndex(table.scenario).actions.get(p.action)!, table.goals, table.roleId) < 0 && rarely(p.id, table.view.round),
  );
  return target ? { kind: "appeal", payload: { project: target.id } } : null;
}

function pledgeToServing(table: Table): BotCommand | null {
  const { view, roleId, scenario } = table;
  const available = table.budget - table.keep;
  if (available <= 0) return null;
  const project = openProjects(view).find(
    (p) =>
      p.pledges[roleId] === undefined &&
      p.status !== "refused" &&
      missing(view, p) > 0 &&
      (p.proposer === roleId || stance(scenarioIndex(scenario).actions.get(p.action)!, table.goals, roleId) > 0),
  );
  if (!project) return null;
  const amount = Math.min(available, missing(view, project));
  return amount >= 1 ? { kind: "pledge", payload: { project: project.id, amount } } : null;
}

/** The cheapest action this role may propose that serves its goals, on a zone at risk. */
function proposeCheapest(table: Table): BotCommand | null {
  const { view, roleId, scenario } = table;
  const role = view.roles[roleId];
  if (role.proposalsThisRound > 0 || openProjects(view).some((p) => p.proposer === roleId)) return null;
  const othersMoney = Object.values(view.roles).reduce((sum, r) => sum + (r.id === roleId ? 0 : r.budget), 0);
  const scoped = new Set<string>(table.goals.map((g) => g.scope));
  const candidates = scenario.actions
    .filter((a) => a.proposers.includes(roleId) && stance(a, table.goals, roleId) > 0)
    .filter((a) => a.cost <= table.budget + fundFor(view, a.id) + othersMoney / 2)
    .flatMap((action) =>
      scenario.zones
        .map((def) => view.zones[def.id])
        .filter((zone) => (action.zoneKinds as string[]).includes(zone.kind) && atRisk(zone, scenario) && actionMatters(action, zone, view.warningFactor))
        .filter((zone) => !openProjects(view).some((p) => p.action === action.id && p.zone === zone.id))
        .map((zone) => ({ action, zone })),
    )
    .sort(
      (a, b) =>
        a.action.cost - b.action.cost ||
        Number(scoped.has(b.zone.kind)) - Number(scoped.has(a.zone.kind)) ||
        b.zone.homes - b.zone.relocatedHomes - (a.zone.homes - a.zone.relocatedHomes),
    );
  const best = candidates[0];
  return best ? { kind: "propose", payload: { action: best.action.id, zone: best.zone.id } } : null;
}

/**
 * A bot negotiates only: it approves or refuses for the State, appeals rarely, pledges to what
 * serves its goals, and proposes the cheapest useful action. Null lets the driver say done.
 */
export function botPolicy(input: Input): BotCommand | null {
  const { view, me, content: scenario, settings } = input;
  if (view.phase !== "negotiation") return null;
  const roleId = view.seats[me]?.role;
  const role = roleId ? view.roles[roleId] : undefined;
  const def = roleId ? scenarioIndex(scenario).roles.get(roleId) : undefined;
  if (!roleId || !role || !def) return null;
  const table: Table = {
    view,
    me,
    roleId,
    scenario,
    goals: [...def.goals, ...readSecret(role)],
    budget: role.budget,
    keep: Math.round(def.budgetPerRound * 0.2),
  };
  return decideApprovals(table) ?? appealRarely(table, settings) ?? pledgeToServing(table) ?? proposeCheapest(table);
}
