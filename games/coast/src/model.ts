import type { Defence, Sea, Zone, ZoneKind } from "./content.ts";

/**
 * The sea model of "Trait de côte": pure, deterministic for a random source, over plain data.
 *
 * One round: erosion narrows beaches and dunes (a dune too narrow loses its crest); the water
 * level is high tide + rise so far + surge; water enters the sea-facing zones whose defence crest
 * it tops or whose dike breaches; it spreads from flooded zones to neighbours lower than the water
 * (never over higher ground); a flooded marsh takes `marshAbsorption` off the surge for the zones
 * it passes water to; depth and what stands in a zone give the damage. Every zone gets an
 * explanation the UI can show.
 *
 * Units: metres above mean sea level for elevations, crests, levels; metres for widths and depths;
 * k€ for damage.
 */

/** Only `next()` is used; `createRng(seed)` from @sgp/shared fits. */
export interface RandomSource {
  next(): number;
}

/** A zone as the model sees it during a game (plain data, not the synced schema). */
export interface ZoneState {
  id: string;
  kind: ZoneKind;
  elevation: number;
  seaFacing: boolean;
  neighbours: readonly string[];
  defence: Defence;
  width: number;
  /** Homes built in the zone, including those emptied by relocation. */
  homes: number;
  jobs: number;
  nature: number;
  /** Of `homes`, how many were moved away: no one lives there any more. */
  relocatedHomes: number;
  relocatedJobs: number;
  /** Zoning: no new homes here. The sea ignores it; the rules use it. */
  buildingForbidden: boolean;
  /** Multiplies the width the zone loses to erosion (1 = unchanged). */
  erosionFactor: number;
  /** Multiplies the zone's flood damage (1 = unchanged; adapted buildings lower it). */
  damageFactor: number;
}

/** What the sea does this round. */
export interface SeaRound {
  /** Years of erosion the round stands for. */
  years: number;
  /** Metres of sea-level rise since the start, this round included. */
  riseSoFar: number;
  /** This round's storm surge (m); 0 on a calm round. */
  surge: number;
  /** Extra tide this round (m), from a spring-tide event. */
  springTide?: number;
  /** Territory-wide damage multiplier from warning plans (1 = none). */
  warningFactor?: number;
}

export type FloodReason =
  | "overtopped"
  | "breach"
  | `spread_from:${string}`
  | "protected_by_defence"
  | "higher_than_water"
  | "not_connected";

/** Why a zone flooded or stayed dry, and what it cost. */
export interface ZoneExplanation {
  zoneId: string;
  elevation: number;
  /** The top of the zone's defence, or its elevation when it has none. */
  defenceCrest: number;
  /** The water level at the zone's edge; for a zone the water did not reach, the open sea's. */
  waterLevel: number;
  flooded: boolean;
  /** Metres of water over the ground (0 when dry). */
  depth: number;
  reason: FloodReason;
  /** The zone's dike gave way this round (it may also have been overtopped). */
  breached: boolean;
  homesFlooded: number;
  jobsHit: number;
  damage: number;
  natureDelta: number;
}

export interface ErosionReport {
  zoneId: string;
  widthBefore: number;
  widthAfter: number;
  /** The dune fell under the failure width this round and lost its crest. */
  duneFailed: boolean;
}

export interface SeaTotals {
  homesFlooded: number;
  jobsHit: number;
  damage: number;
  floodedZones: number;
  breaches: number;
}

export interface SeaResult {
  /** High tide + spring tide + rise so far. */
  stillWater: number;
  /** Still water + surge: the level at the shore. */
  waterLevel: number;
  /** The zones after the round: eroded, dikes weakened by breaches, nature changed. */
  zones: ZoneState[];
  explanations: ZoneExplanation[];
  erosion: ErosionReport[];
  totals: SeaTotals;
}

/** Water reaching a zone's edge: its level, the surge it still carries, where it comes from. */
export interface Arrival {
  level: number;
  surgeLeft: number;
  /** The flooded neighbour it comes from; null when it comes straight from the sea. */
  from: string | null;
}

export interface Outcome {
  arrival: Arrival | null;
  flooded: boolean;
  breached: boolean;
  reason: FloodReason;
}

/** Decides whether a dike the water reaches gives way. */
export type BreachRoll = (zone: ZoneState, level: number) => boolean;

// ---------------------------------------------------------------------------------------------
// Zones

/** Levels, widths and depths are kept to the centimetre, so explanations read cleanly. */
export function toCm(metres: number): number {
  return Math.round(metres * 100) / 100;
}

export function initialZoneState(zone: Zone): ZoneState {
  return {
    id: zone.id,
    kind: zone.kind,
    elevation: zone.elevation,
    seaFacing: zone.seaFacing,
    neighbours: [...zone.neighbours],
    defence: { ...zone.defence },
    width: zone.width,
    homes: zone.homes,
    jobs: zone.jobs,
    nature: zone.nature,
    relocatedHomes: 0,
    relocatedJobs: 0,
    buildingForbidden: !zone.buildable,
    erosionFactor: 1,
    damageFactor: 1,
  };
}

/** The top of the zone's defence, or its ground when it has none (or a failed one). */
export function defenceCrest(zone: Pick<ZoneState, "elevation" | "defence">): number {
  return zone.defence.kind === "none" ? zone.elevation : Math.max(zone.elevation, zone.defence.height);
}

export function homesPresent(zone: ZoneState): number {
  return Math.max(0, zone.homes - zone.relocatedHomes);
}

export function jobsPresent(zone: ZoneState): number {
  return Math.max(0, zone.jobs - zone.relocatedJobs);
}

/** Metres of rise since the start, at the end of `round` (1-based). */
export function riseSoFar(sea: Pick<Sea, "riseByRound">, round: number): number {
  return toCm(sea.riseByRound.slice(0, Math.max(0, round)).reduce((sum, rise) => sum + rise, 0));
}

// ---------------------------------------------------------------------------------------------
// Erosion

/** Width lost by a shore zone over `years` and under a storm of `surge` metres. */
function widthLoss(zone: ZoneState, sea: Sea, years: number, surge: number): number {
  const rate = sea.erosion[zone.kind];
  if (!zone.seaFacing || rate === undefined) return 0;
  return (years * rate + surge * sea.stormErosion) * zone.erosionFactor;
}

function erodeZone(zone: ZoneState, sea: Sea, years: number, surge: number): { zone: ZoneState; report: ErosionReport | null } {
  const loss = widthLoss(zone, sea, years, surge);
  if (loss <= 0) return { zone, report: null };
  const width = toCm(Math.max(0, zone.width - loss));
  const standingDune = zone.defence.kind === "dune" && zone.defence.height > zone.elevation;
  const duneFailed = standingDune && width < sea.duneFailWidth;
  const defence = duneFailed ? { ...zone.defence, height: 0, condition: 0 } : zone.defence;
  return { zone: { ...zone, width, defence }, report: { zoneId: zone.id, widthBefore: zone.width, widthAfter: width, duneFailed } };
}

/** Erosion of beaches and dunes (sea-facing zones whose kind has a rate). */
export function erode(zones: readonly ZoneState[], sea: Sea, years: number, surge = 0): { zones: ZoneState[]; erosion: ErosionReport[] } {
  const results = zones.map((zone) => erodeZone(zone, sea, years, surge));
  return { zones: results.map((r) => r.zone), erosion: results.flatMap((r) => (r.report ? [r.report] : [])) };
}

// ---------------------------------------------------------------------------------------------
// Flooding

/** The water at the edge of every sea-facing zone. */
export function entryZones(zones: readonly ZoneState[], stillWater: number, surge: number): Map<string, Arrival> {
  return new Map(zones.filter((zone) => zone.seaFacing).map((zone) => [zone.id, { level: toCm(stillWater + surge), surgeLeft: surge, from: null }]));
}

/** The chance that a dike gives way under `level`: only near or over its crest, worse when poorly kept. */
export function breachChance(zone: ZoneState, level: number, breach: Sea["breach"]): number {
  if (zone.defence.kind !== "dike" || level <= zone.elevation) return 0;
  const crest = defenceCrest(zone);
  if (level < crest - breach.nearCrest) return 0;
  const multiplier = level > crest ? breach.overtopMultiplier : 1;
  return Math.min(1, breach.baseChance * (1 - zone.defence.condition) * multiplier);
}

/** A seeded breach roll; the random source is used only when a breach is possible. */
export function seededBreach(breach: Sea["breach"], rng: RandomSource): BreachRoll {
  return (zone, level) => {
    const chance = breachChance(zone, level, breach);
    return chance > 0 && rng.next() < chance;
  };
}

/** Defences hold unless topped (for homes exposed). */
export const noBreach: BreachRoll = () => false;

/** Whether the water at the zone's edge gets in, and why. */
function admit(zone: ZoneState, arrival: Arrival, roll: BreachRoll): Outcome {
  if (arrival.level <= zone.elevation) return { arrival, flooded: false, breached: false, reason: "higher_than_water" };
  const breached = roll(zone, arrival.level);
  if (arrival.level > defenceCrest(zone)) {
    return { arrival, flooded: true, breached, reason: arrival.from === null ? "overtopped" : `spread_from:${arrival.from}` };
  }
  return breached ? { arrival, flooded: true, breached, reason: "breach" } : { arrival, flooded: false, breached: false, reason: "protected_by_defence" };
}

/** The water a flooded zone passes to its neighbours: a marsh soaks up part of the surge. */
function passOn(zone: ZoneState, arrival: Arrival, stillWater: number, sea: Sea): Arrival {
  const surgeLeft = zone.kind === "marsh" ? Math.max(0, arrival.surgeLeft - sea.marshAbsorption) : arrival.surgeLeft;
  return { level: toCm(stillWater + surgeLeft), surgeLeft, from: zone.id };
}

/** The unsettled zone with the highest water at its edge (ties: the first in the list). */
function highestPending(zones: readonly ZoneState[], best: Map<string, Arrival>, settled: Map<string, Outcome>): ZoneState | undefined {
  let found: ZoneState | undefined;
  for (const zone of zones) {
    const level = best.get(zone.id)?.level;
    if (level === undefined || settled.has(zone.id)) continue;
    if (!found || level > best.get(found.id)!.level) found = zone;
  }
  return found;
}

/**
 * Flood fill from the entry zones, highest water first: water goes only from a flooded zone to
 * a neighbour whose ground (and defence) it tops. Zones the water never reaches are "not_connected".
 */
export function spread(zones: readonly ZoneState[], sea: Sea, stillWater: number, entries: Map<string, Arrival>, roll: BreachRoll): Map<string, Outcome> {
  const best = new Map(entries);
  const settled = new Map<string, Outcome>();
  for (let zone = highestPending(zones, best, settled); zone; zone = highestPending(zones, best, settled)) {
    const arrival = best.get(zone.id)!;
    const outcome = admit(zone, arrival, roll);
    settled.set(zone.id, outcome);
    if (!outcome.flooded) continue;
    const passed = passOn(zone, arrival, stillWater, sea);
    for (const id of zone.neighbours) {
      if (!settled.has(id) && passed.level > (best.get(id)?.level ?? -Infinity)) best.set(id, passed);
    }
  }
  for (const zone of zones) {
    if (!settled.has(zone.id)) settled.set(zone.id, { arrival: null, flooded: false, breached: false, reason: "not_connected" });
  }
  return settled;
}

/** The damage band for a depth: the last one that starts at or below it. */
function bandFor(depth: number, bands: Sea["damage"]): Sea["damage"][number] | undefined {
  return bands.filter((band) => band.fromDepth <= depth).at(-1);
}

/** Homes flooded, jobs hit and damage (k€) in a zone under `depth` metres of water. */
export function damage(zone: ZoneState, depth: number, sea: Sea, warningFactor = 1): { homesFlooded: number; jobsHit: number; damage: number } {
  if (depth <= 0) return { homesFlooded: 0, jobsHit: 0, damage: 0 };
  const homes = homesPresent(zone);
  const jobs = jobsPresent(zone);
  const band = bandFor(depth, sea.damage);
  const cost = band ? (homes * band.perHome + jobs * band.perJob) * zone.damageFactor * warningFactor : 0;
  return { homesFlooded: homes, jobsHit: jobs, damage: Math.round(cost) };
}

function explain(zone: ZoneState, outcome: Outcome, seaLevel: number, sea: Sea, warningFactor: number): ZoneExplanation {
  const waterLevel = outcome.arrival?.level ?? seaLevel;
  const depth = outcome.flooded ? toCm(Math.max(0, waterLevel - zone.elevation)) : 0;
  return {
    zoneId: zone.id,
    elevation: zone.elevation,
    defenceCrest: defenceCrest(zone),
    waterLevel,
    flooded: outcome.flooded,
    depth,
    reason: outcome.reason,
    breached: outcome.breached,
    ...damage(zone, depth, sea, warningFactor),
    natureDelta: outcome.flooded ? (sea.natureOnFlood[zone.kind] ?? 0) : 0,
  };
}

/** The zone after the round: a breached dike loses condition; flooding changes nature. */
function aftermath(zone: ZoneState, explanation: ZoneExplanation, sea: Sea): ZoneState {
  const condition = explanation.breached ? Math.max(0, zone.defence.condition - sea.breach.conditionLoss) : zone.defence.condition;
  const nature = Math.min(10, Math.max(0, zone.nature + explanation.natureDelta));
  return { ...zone, defence: { ...zone.defence, condition }, nature };
}

function sumTotals(explanations: readonly ZoneExplanation[]): SeaTotals {
  const add = (key: "homesFlooded" | "jobsHit" | "damage") => explanations.reduce((sum, e) => sum + e[key], 0);
  return {
    homesFlooded: add("homesFlooded"),
    jobsHit: add("jobsHit"),
    damage: add("damage"),
    floodedZones: explanations.filter((e) => e.flooded).length,
    breaches: explanations.filter((e) => e.breached).length,
  };
}

/** One round of the sea: erosion, then the flood, then the damage. */
export function runSea(zones: readonly ZoneState[], sea: Sea, round: SeaRound, rng: RandomSource): SeaResult {
  const eroded = erode(zones, sea, round.years, round.surge);
  const stillWater = toCm(sea.highTide + (round.springTide ?? 0) + round.riseSoFar);
  const waterLevel = toCm(stillWater + round.surge);
  const outcomes = spread(eroded.zones, sea, stillWater, entryZones(eroded.zones, stillWater, round.surge), seededBreach(sea.breach, rng));
  const explanations = eroded.zones.map((zone) => explain(zone, outcomes.get(zone.id)!, waterLevel, sea, round.warningFactor ?? 1));
  return {
    stillWater,
    waterLevel,
    zones: eroded.zones.map((zone, i) => aftermath(zone, explanations[i], sea)),
    explanations,
    erosion: eroded.erosion,
    totals: sumTotals(explanations),
  };
}

/** The zones a surge of `surge` metres would flood if every defence held unless topped. */
export function floodedUnder(zones: readonly ZoneState[], sea: Sea, stillWater: number, surge: number): ZoneState[] {
  const outcomes = spread(zones, sea, stillWater, entryZones(zones, stillWater, surge), noBreach);
  return zones.filter((zone) => outcomes.get(zone.id)?.flooded);
}

/** Homes the reference storm would flood today (no breach: defences hold unless topped). */
export function homesExposed(zones: readonly ZoneState[], sea: Sea, rise: number): number {
  return floodedUnder(zones, sea, sea.highTide + rise, sea.referenceSurge).reduce((sum, zone) => sum + homesPresent(zone), 0);
}
