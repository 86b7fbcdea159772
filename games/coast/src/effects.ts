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
    case "groyne":
      return zone.groyneHold < effect.hold;
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

/** A zone new homes may go to: zoning allows it and it is outside the 30-year erosion band. */
export const openToBuilding = (zone: Pick<CoastZone, "buildingForbidden" | "erosionBand">) => !zone.buildingForbidden && zone.erosionBand !== 30;

/**
 * The zones a relocation or depoldering may move homes and jobs to: open to building, not
 * exposed to the reference storm, of the kind the card names (any kind when it names none).
 */
export function destinations(state: CoastState, scenario: Pick<Scenario, "zones">, from: string, kind?: string): CoastZone[] {
  return scenario.zones
    .filter((def) => def.id !== from)
    .map((def) => state.zones.get(def.id)!)
    .filter((zone) => openToBuilding(zone) && zone.exposure === 0 && (kind === undefined || zone.kind === kind));
}

/** Where what a project moves goes: the zone the proposer picked, else the highest allowed one. */
function destination(state: CoastState, scenario: Scenario, from: string, kind: string | undefined, picked: string): CoastZone | undefined {
  const allowed = destinations(state, scenario, from, kind);
  const elevation = (zone: CoastZone) => scenarioIndex(scenario).zones.get(zone.id)!.elevation;
  return allowed.find((zone) => zone.id === picked) ?? allowed.sort((a, b) => elevation(b) - elevation(a))[0];
}

/** The kind a card's relocation sends people to (undefined: any allowed zone), or "outside". */
export function relocationKind(action: Action): string | undefined {
  const effect = action.effects.find((e) => e.type === "relocateHomes" || e.type === "relocateJobs");
  return effect && (effect.type === "relocateHomes" || effect.type === "relocateJobs") ? effect.to : undefined;
}

/** Does this card move homes or jobs (so its proposer may pick where they go)? */
export const movesPeople = (action: Action) => action.effects.some((e) => e.type === "relocateHomes" || e.type === "relocateJobs" || e.type === "marshRestore");

/** Moves homes or jobs out of a zone: to the destination, or out of the territory; never deleted from the count of moves. */
function relocate(state: CoastState, zone: CoastZone, count: number, what: "homes" | "jobs", to: CoastZone | undefined): void {
  const moved = what === "homes" ? "relocatedHomes" : "relocatedJobs";
  const present = Math.min(count, zone[what] - zone[moved]);
  zone[moved] += present;
  if (to) to[what] += present;
  if (what === "homes") addTotal(state, "homesRelocated", present);
}

export function addTotal(state: CoastState, key: string, value: number): void {
  state.totals.set(key, (state.totals.get(key) ?? 0) + value);
}

function applyActionEffect(state: CoastState, scenario: Scenario, zone: CoastZone, effect: ActionEffect, to: string): void {
  const elevation = scenarioIndex(scenario).zones.get(zone.id)!.elevation;
  switch (effect.type) {
    case "raiseDefence": {
      const base = zone.defenceKind === "none" ? elevation : Math.max(zone.defenceHeight, elevation);
      if (zone.defenceKind === "none" || (effect.kind === "dike" && zone.defenceKind === "dune")) {
        zone.defenceKind = effect.kind ?? "dike";
        zone.defenceCondition = 1;
        zone.maintainedRound = state.round;
      }
      zone.defenceHeight = toCm(base + effect.metres);
      return;
    }
    case "repairDefence":
      if (zone.defenceKind !== "none") zone.defenceCondition = toCm(Math.min(1, zone.defenceCondition + effect.condition));
      zone.maintainedRound = state.round;
      return;
    case "addWidth":
      zone.width = toCm(zone.width + effect.metres);
      return;
    case "slowErosion":
      zone.erosionFactor = toCm(Math.max(MIN_EROSION_FACTOR, zone.erosionFactor * effect.factor));
      return;
    case "groyne":
      zone.groyneHold = Math.max(zone.groyneHold, effect.hold);
      return;
    case "relocateHomes":
    case "relocateJobs": {
      const target = effect.to === "outside" ? undefined : destination(state, scenario, zone.id, effect.to, to);
      return relocate(state, zone, effect.count, effect.type === "relocateHomes" ? "homes" : "jobs", target);
    }
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
    case "marshRestore": {
      const target = destination(state, scenario, zone.id, undefined, to);
      relocate(state, zone, zone.homes, "homes", target);
      relocate(state, zone, zone.jobs, "jobs", target);
      zone.kind = "marsh";
      zone.defenceKind = "none";
      zone.defenceHeight = 0;
      zone.buildingForbidden = true;
      return;
    }
    case "warningPlan":
      state.warningFactor = Math.min(state.warningFactor, effect.factor);
      return;
  }
}

/** A finished project changes its zone (and, for some effects, the roles or the whole territory). */
export function applyAction(state: CoastState, scenario: Scenario, action: Action, zoneId: string, to = ""): void {
  const zone = state.zones.get(zoneId)!;
  for (const effect of action.effects) applyActionEffect(state, scenario, zone, effect, to);
}

// --- housing pressure -----------------------------------------------------------------------------

/** The zones waiting homes may go to: open, of the event's kinds. */
export function housingSites(state: CoastState, scenario: Pick<Scenario, "zones">): CoastZone[] {
  return zonesOfKinds(state, scenario, [...state.homesWaitingKinds]).filter(openToBuilding);
}

/** Builds the waiting homes in a zone. */
export function buildHomes(state: CoastState, zone: CoastZone): void {
  zone.homes += state.homesWaiting;
  state.homesBuiltThisRound += state.homesWaiting;
  state.homesBuiltZone = zone.id;
  state.homesWaiting = 0;
  state.homesWaitingKinds.clear();
}

/** Homes no one placed go where building is cheapest: the lowest open zone of the event's kinds. */
export function placeWaitingHomes(state: CoastState, scenario: Scenario): void {
  if (state.homesWaiting === 0) return;
  const elevation = (zone: CoastZone) => scenarioIndex(scenario).zones.get(zone.id)!.elevation;
  const cheapest = housingSites(state, scenario).sort((a, b) => elevation(a) - elevation(b))[0];
  if (cheapest) buildHomes(state, cheapest);
  state.homesWaiting = 0;
  state.homesWaitingKinds.clear();
}

// --- event cards ------------------------------------------------------------------------------------

/** Spreads `total` over `count` buckets as evenly as whole numbers allow, the first ones first. */
function split(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0));
}

/** Zones of the given kinds in scenario order. */
function zonesOfKinds(state: CoastState, scenario: Pick<Scenario, "zones">, kinds: readonly string[]): CoastZone[] {
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
    case "housingPressure":
      // The table decides where they go during the negotiation (see `homes.place`).
      state.homesWaiting += effect.homes;
      state.homesWaitingKinds.push(...effect.zoneKinds.filter((kind) => !state.homesWaitingKinds.includes(kind)));
      return;
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


