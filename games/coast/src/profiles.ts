import type { Action, ActionEffect, Scenario } from "./content.ts";
import { actionMatters, destinations, housingSites, movesPeople, openToBuilding, relocationKind } from "./effects.ts";
import { fundsFor } from "./money.ts";
import { moneyOnTheTable } from "./rules-negotiation.ts";
import { isOpen, pledged, scenarioIndex, type Settings } from "./rules.ts";
import type { CoastState, CoastZone } from "./state.ts";

/**
 * The strategy profiles the balance tool plays: scripted tables where every role follows the
 * same policy. Every profile spends by the same rule (each role puts the same share of its
 * budget into the profile's projects), so profiles differ by what they buy, not by how much.
 * A profile also uses the powers its way: the flood-defence tax, zoning, where new homes go.
 */
export const PROFILE_IDS = ["hold-the-line", "work-with-nature", "recomposition", "adapt-and-warn", "greedy", "do-nothing", "mixed"] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** The share of its budget each role puts into the profile's projects every round. */
export const SPENDING_SHARE = 0.8;

/** A command for a role, as a seat would send it. */
export interface ProfileMove {
  role: string;
  kind: string;
  payload: Record<string, unknown>;
}

/** A project the profile wants, best first. */
interface Wish {
  action: Action;
  zone: CoastZone;
  to?: string;
}

type EffectType = ActionEffect["type"];

interface Profile {
  /** What the profile buys: the card's effects it looks for, in order of preference. */
  buys: readonly EffectType[];
  tax: boolean;
  /** "close": closes exposed zones and the erosion band to building; "open": opens every zone it can. */
  zoning: "close" | "open" | "none";
  /** Where it places new homes: the safest site (highest), the cheapest (lowest), or leaves them to the rule. */
  homes: "safest" | "cheapest" | "rule";
}

const PROFILES: Record<ProfileId, Profile> = {
  "hold-the-line": { buys: ["raiseDefence", "repairDefence"], tax: true, zoning: "none", homes: "rule" },
  "work-with-nature": { buys: ["marshRestore", "addWidth", "changeNature"], tax: false, zoning: "none", homes: "rule" },
  recomposition: { buys: ["relocateHomes", "forbidBuilding", "repairDefence", "relocateJobs"], tax: true, zoning: "close", homes: "safest" },
  "adapt-and-warn": { buys: ["warningPlan", "reduceDamage"], tax: false, zoning: "none", homes: "rule" },
  greedy: { buys: ["addWidth", "reduceDamage"], tax: false, zoning: "open", homes: "cheapest" },
  "do-nothing": { buys: [], tax: false, zoning: "none", homes: "rule" },
  mixed: { buys: ["addWidth", "reduceDamage", "relocateHomes", "repairDefence", "warningPlan", "raiseDefence", "marshRestore"], tax: false, zoning: "close", homes: "safest" },
};

const spends = (id: ProfileId) => id !== "do-nothing";

/** How much a zone stands to lose: its homes and jobs weighted by how exposed it is. */
function atStake(zone: CoastZone): number {
  const threat = Math.max(zone.exposure, zone.erosionBand === 30 ? 1 : zone.erosionBand === 100 ? 0.5 : 0, zone.flooded ? 1 : 0);
  return threat * (zone.homes - zone.relocatedHomes + (zone.jobs - zone.relocatedJobs) / 2);
}

/** Only where it makes sense: a defence or an adaptation where people are at stake, nature where it is not built. */
function fits(effect: EffectType, action: Action, zone: CoastZone): boolean {
  switch (effect) {
    case "raiseDefence":
      // A new dike where one stands is a raise: the card that raises it does that.
      return atStake(zone) > 0 && !(zone.defenceKind === "dike" && action.effects.some((e) => e.type === "raiseDefence" && e.kind === "dike"));
    case "repairDefence":
    case "relocateHomes":
    case "relocateJobs":
    case "reduceDamage":
    case "forbidBuilding":
      return atStake(zone) > 0;
    case "marshRestore":
      return zone.homes - zone.relocatedHomes <= 30;
    default:
      return true;
  }
}

/** The projects a profile wants this round, best first. */
function wishes(state: CoastState, scenario: Scenario, profile: Profile): Wish[] {
  const zones = scenario.zones.map((def) => state.zones.get(def.id)!);
  const taken = (action: string, zone: string) => [...state.projects.values()].some((p) => (isOpen(p) || p.status === "building") && p.action === action && p.zone === zone);
  const candidates = (action: Action) =>
    zones.filter((zone) => (action.zoneKinds as string[]).includes(zone.kind) && actionMatters(action, zone, state.warningFactor) && !taken(action.id, zone.id));
  const byStake = (a: CoastZone, b: CoastZone) => atStake(b) - atStake(a);
  const seen = new Set<string>();
  return profile.buys.flatMap((effect) => {
    const actions = scenario.actions.filter((action) => !seen.has(action.id) && provides(action, effect));
    for (const action of actions) seen.add(action.id);
    return actions
      .flatMap((action) => candidates(action).filter((zone) => fits(effect, action, zone)).map((zone) => ({ action, zone, to: movesPeople(action) ? safestDestination(state, scenario, action, zone.id) : undefined })))
      .sort((a, b) => byStake(a.zone, b.zone) || a.action.cost - b.action.cost);
  });
}

/** Does the card do this for the zone: a dike (not a dune) for `raiseDefence`, more nature (not less) for `changeNature`? */
function provides(action: Action, effect: EffectType): boolean {
  return action.effects.some((e) => {
    if (e.type !== effect) return false;
    if (e.type === "raiseDefence") return e.kind !== "dune";
    if (e.type === "changeNature") return e.delta > 0;
    return true;
  });
}

function elevationOf(scenario: Scenario, id: string): number {
  return scenarioIndex(scenario).zones.get(id)!.elevation;
}

function safestDestination(state: CoastState, scenario: Scenario, action: Action, from: string): string | undefined {
  const kind = relocationKind(action);
  if (kind === "outside") return undefined;
  return destinations(state, scenario, from, kind).sort((a, b) => elevationOf(scenario, b.id) - elevationOf(scenario, a.id))[0]?.id;
}

/** The powers, the profile's way: the tax, zoning, the waiting homes. */
function powerMoves(state: CoastState, scenario: Scenario, profile: Profile): ProfileMove[] {
  const moves: ProfileMove[] = [];
  const holder = (power: string) => scenario.roles.find((r) => r.power === power)?.id;
  const taxer = holder("tax");
  if (profile.tax && taxer && !state.roles.get(taxer)!.taxLevied) moves.push({ role: taxer, kind: "tax.levy", payload: {} });
  const mayor = holder("zoning");
  if (!mayor) return moves;
  for (const def of scenario.zones) {
    const zone = state.zones.get(def.id)!;
    const threatened = zone.exposure >= 1 || zone.erosionBand > 0;
    if (profile.zoning === "close" && !zone.buildingForbidden && threatened) moves.push({ role: mayor, kind: "zoning.set", payload: { zone: zone.id, open: false } });
    if (profile.zoning === "open" && zone.buildingForbidden && def.buildable && zone.kind === def.kind && zone.erosionBand !== 30) {
      moves.push({ role: mayor, kind: "zoning.set", payload: { zone: zone.id, open: true } });
    }
  }
  if (state.homesWaiting > 0 && profile.homes !== "rule") {
    const sites = housingSites(state, scenario)
      .filter(openToBuilding)
      .sort((a, b) => elevationOf(scenario, a.id) - elevationOf(scenario, b.id));
    const site = profile.homes === "safest" ? sites.at(-1) : sites[0];
    if (site) moves.push({ role: mayor, kind: "homes.place", payload: { zone: site.id } });
  }
  return moves;
}

/** What each role may still put into the profile's projects this round. */
export type Allowances = Map<string, number>;

export function roundAllowances(state: CoastState, profile: ProfileId): Allowances {
  const share = spends(profile) ? SPENDING_SHARE : 0;
  return new Map([...state.roles.values()].map((role) => [role.id, Math.floor(Math.max(0, role.budget) * share)]));
}

/**
 * The next move of a profile's table in the negotiation, or null when it has nothing more to do
 * this round. `allowances` tracks what each role may still spend this round.
 */
export function profileMove(state: CoastState, scenario: Scenario, settings: Settings, id: ProfileId, allowances: Allowances): ProfileMove | null {
  const profile = PROFILES[id];
  const power = powerMoves(state, scenario, profile)[0];
  if (power) return power;
  if (!spends(id)) return null;
  const approver = scenario.roles.find((r) => r.power === "approve")?.id;
  const open = [...state.projects.values()].filter(isOpen);
  const waiting = open.find((p) => p.needsApproval && !p.approved);
  if (waiting && approver) return { role: approver, kind: "approve", payload: { project: waiting.id } };
  for (const project of open) {
    const missing = project.cost - pledged(project) - fundsFor(state, scenario, project).total;
    if (missing <= 0) continue;
    const payer = [...allowances].find(([role, left]) => left > 0 && state.roles.get(role)!.budget > 0);
    if (!payer) return null;
    const amount = Math.min(payer[1], missing, state.roles.get(payer[0])!.budget);
    allowances.set(payer[0], payer[1] - amount);
    return { role: payer[0], kind: "pledge", payload: { project: project.id, amount } };
  }
  const money = [...allowances.values()].reduce((a, b) => a + b, 0);
  for (const role of scenario.roles) {
    const synced = state.roles.get(role.id)!;
    if (synced.proposalsThisRound >= settings.proposalsPerRound || synced.budget < 0) continue;
    const wish = wishes(state, scenario, profile).find((w) => w.action.proposers.includes(role.id) && w.action.cost <= Math.min(money + state.fund + state.riskFund, moneyOnTheTable(state)));
    if (wish) return { role: role.id, kind: "propose", payload: { action: wish.action.id, zone: wish.zone.id, ...(wish.to ? { to: wish.to } : {}) } };
  }
  return null;
}
