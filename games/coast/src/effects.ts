import type { Action, ActionEffect, EventEffect, Scenario } from "./content.ts";
import { toCm } from "./model.ts";
import { scenarioIndex, type ZoneFields } from "./rules.ts";
import type { CoastState, CoastZone } from "./state.ts";

/** Erosion is never slowed below this share of its natural rate. */
export const MIN_EROSION_FACTOR = 0.2;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function changeSatisfaction(state: CoastState, roleId: string | "all", delta: number): void {
  for (const role of state.roles.values()) {
    if (roleId === "all" || role.id === roleId) role.satisfaction = clamp(role.satisfaction + delta, 0, 100);
  }
}

// --- action cards ---------------------------------------------------------------------------------

/** Would this effect change anything on this zone now? Satisfaction alone does not count. */
export function effectMatters(effect: ActionEffect, zone: ZoneFields, warningFactor: number): boolean {
  switch (effect.type) {
    case "raiseDefence":
    case "addWidth":
      return effect.metres > 0;
    case "repairDefence":
      return zone.defenceKind !== "none" && zone.defenceCondition < 1;
    case "slowErosion":
      return zone.erosionFactor * effect.factor >= MIN_EROSION_FACTOR && effect.factor < 1;
    case "relocateHomes":
      return zone.homes - zone.relocatedHomes > 0;
    case "relocateJobs":
      return zone.jobs - zone.relocatedJobs > 0;
    case "forbidBuilding":
      return !zone.buildingForbidden;
    case "reduceDamage":
      return effect.factor < zone.damageFactor;
    case "changeNature":
      return effect.delta > 0 ? zone.nature < 10 : zone.nature > 0;
    case "marshRestore":
      return zone.kind !== "marsh";
    case "warningPlan":
      return effect.factor < warningFactor;
    case "changeSatisfaction":
      return false;
  }
}

export function actionMatters(action: Action, zone: ZoneFields, warningFactor: number): boolean {
  return action.effects.some((effect) => effectMatters(effect, zone, warningFactor));
}

/** The zone of a kind that receives relocated homes or jobs: the highest one, open to building if any. */
function destination(state: CoastState, scenario: Scenario, kind: string, from: string): CoastZone | undefined {
  const candidates = scenario.zones
    .filter((def) => def.id !== from && state.zones.get(def.id)?.kind === kind)
    .sort((a, b) => b.elevation - a.elevation);
  const open = candidates.find((def) => !state.zones.get(def.id)!.buildingForbidden) ?? candidates[0];
  return open ? state.zones.get(open.id) : undefined;
}

/** Moves homes or jobs out of a zone: to a zone of the kind named, or out of the territory. */
function relocate(
  state: CoastState,
  scenario: Scenario,
  zone: CoastZone,
  effect: { count: number; to?: string },
  what: "homes" | "jobs",
  moved: "relocatedHomes" | "relocatedJobs",
): void {
  const count = Math.min(effect.count, zone[what] - zone[moved]);
  zone[moved] += count;
  const to = effect.to && effect.to !== "outside" ? destination(state, scenario, effect.to, zone.id) : undefined;
  if (to) to[what] += count;
}

function applyActionEffect(state: CoastState, scenario: Scenario, zone: CoastZone, effect: ActionEffect): void {
  const elevation = scenarioIndex(scenario).zones.get(zone.id)!.elevation;
  switch (effect.type) {
    case "raiseDefence": {
      const base = zone.defenceKind === "none" ? elevation : Math.max(zone.defenceHeight, elevation);
      if (zone.defenceKind === "none" || (effect.kind === "dike" && zone.defenceKind === "dune")) {
        zone.defenceKind = effect.kind ?? "dike";
        zone.defenceCondition = Math.max(zone.defenceCondition, 1);
      }
      zone.defenceHeight = toCm(base + effect.metres);
      return;
    }
    case "repairDefence":
      if (zone.defenceKind !== "none") zone.defenceCondition = toCm(Math.min(1, zone.defenceCondition + effect.condition));
      return;
    case "addWidth":
      zone.width = toCm(zone.width + effect.metres);
      return;
    case "slowErosion":
      zone.erosionFactor = toCm(Math.max(MIN_EROSION_FACTOR, zone.erosionFactor * effect.factor));
      return;
    case "relocateHomes":
      return relocate(state, scenario, zone, effect, "homes", "relocatedHomes");
    case "relocateJobs":
      return relocate(state, scenario, zone, effect, "jobs", "relocatedJobs");
    case "forbidBuilding":
      zone.buildingForbidden = true;
      return;
    case "reduceDamage":
      zone.damageFactor = Math.min(zone.damageFactor, effect.factor);
      return;
    case "changeNature":
      zone.nature = clamp(zone.nature + effect.delta, 0, 10);
      return;
    case "changeSatisfaction":
      changeSatisfaction(state, effect.role, effect.delta);
      return;
    case "marshRestore":
      zone.kind = "marsh";
      zone.defenceKind = "none";
      zone.defenceHeight = 0;
      zone.relocatedHomes = zone.homes;
      zone.relocatedJobs = zone.jobs;
      zone.buildingForbidden = true;
      return;
    case "warningPlan":
      state.warningFactor = Math.min(state.warningFactor, effect.factor);
      return;
  }
}

/** A finished project changes its zone (and, for some effects, the roles or the whole territory). */
export function applyAction(state: CoastState, scenario: Scenario, action: Action, zoneId: string): void {
  const zone = state.zones.get(zoneId)!;
  for (const effect of action.effects) applyActionEffect(state, scenario, zone, effect);
}

// --- event cards ------------------------------------------------------------------------------------

/** Spreads `total` over `count` buckets as evenly as whole numbers allow, the first ones first. */
function split(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0));
}

/** Zones of the given kinds in scenario order. */
function zonesOfKinds(state: CoastState, scenario: Scenario, kinds: readonly string[]): CoastZone[] {
  return scenario.zones.map((def) => state.zones.get(def.id)!).filter((zone) => kinds.includes(zone.kind));
}

function applyEventEffect(state: CoastState, scenario: Scenario, effect: EventEffect): void {
  switch (effect.type) {
    case "surge":
      state.surge = toCm(state.surge + effect.metres);
      return;
    case "springTide":
      state.springTide = toCm(state.springTide + effect.metres);
      return;
    case "riseFaster":
      state.extraRise = toCm(state.extraRise + effect.metresPerRound);
      return;
    case "funding":
      state.fund += effect.budget;
      state.fundActions.push(...(effect.actionIds ?? []).filter((id) => !state.fundActions.includes(id)));
      return;
    case "housingPressure": {
      // Zoning at work: only zones open to building take the new homes; the rest are not built.
      const open = zonesOfKinds(state, scenario, effect.zoneKinds).filter((zone) => !zone.buildingForbidden);
      split(effect.homes, open.length).forEach((homes, i) => (open[i].homes += homes));
      if (open.length > 0) state.homesBuiltThisRound += effect.homes;
      return;
    }
    case "tourism":
      for (const zone of zonesOfKinds(state, scenario, effect.zoneKinds)) {
        const present = zone.jobs - zone.relocatedJobs;
        zone.jobs = zone.relocatedJobs + Math.round(present * effect.jobsFactor);
      }
      return;
    case "oysterCrisis": {
      const beds = zonesOfKinds(state, scenario, ["oyster_beds"]);
      split(effect.jobs, beds.length).forEach((lost, i) => (beds[i].jobs = Math.max(beds[i].relocatedJobs, beds[i].jobs - lost)));
      return;
    }
    case "lawsuit":
      changeSatisfaction(state, effect.role, effect.satisfaction);
      for (const project of state.projects.values()) {
        if (project.proposer === effect.role && project.status === "building") project.roundsLeft += effect.delayRounds;
      }
      return;
    case "election": {
      const role = state.roles.get(effect.role);
      const def = scenarioIndex(scenario).roles.get(effect.role);
      if (role && def && role.satisfaction < 50) {
        role.weakened = true;
        role.budget = Math.max(0, role.budget - Math.round(def.budgetPerRound / 2));
      }
      return;
    }
    case "media":
      changeSatisfaction(state, effect.role ?? "all", effect.satisfaction);
      return;
    case "calm":
      return;
  }
}

export function applyEvent(state: CoastState, scenario: Scenario, eventId: string): void {
  const event = scenarioIndex(scenario).events.get(eventId);
  for (const effect of event?.effects ?? []) applyEventEffect(state, scenario, effect);
}

/** Does the event bring its own weather (a storm, or explicitly calm years)? */
export function eventSetsWeather(scenario: Scenario, eventId: string): boolean {
  const event = scenarioIndex(scenario).events.get(eventId);
  return event?.effects.some((e) => e.type === "surge" || e.type === "calm") ?? false;
}
