import type { Defence, Sea, Zone, ZoneKind } from "./content.ts";

/**
 * The sea model of "Trait de côte": pure, deterministic for a random source, over plain data.
 *
 * One round: dikes not maintained age; erosion narrows the shore (groynes hold width and move
 * the loss downdrift; a dune too narrow loses its crest; a shore zone whose width runs out loses
 * its buildings for good); the water level is high tide + rise so far + surge; the width left
 * damps the surge at the shore; water enters the sea-facing zones whose defence crest it tops
 * or whose dike breaches (a dike can breach when overtopped, even new); it spreads from flooded
 * zones to neighbours lower than the water (never over higher ground); a flooded marsh takes
 * `marshAbsorption` off the surge for the zones it passes water to; depth and what stands in a
 * zone give the damage. Every zone gets an explanation the UI can show.
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
  /** Share of its erosion the zone's groynes hold back and pass to `downdrift` (0 = no groyne). */
  groyneHold: number;
  downdrift?: string;
  /** Homes and jobs erosion has taken from the zone since the start (gone, not flooded). */
  homesLost: number;
  jobsLost: number;
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
  /** Zones whose dike was maintained this round: they do not age. */
  maintained?: ReadonlySet<string>;
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
  /** Metres the zone's groynes held back, lost by its downdrift neighbour instead. */
  heldBack: number;
  /** Metres lost because of an updrift neighbour's groynes. */
  fromUpdrift: number;
  /** The dune fell under the failure width this round and lost its crest. */
  duneFailed: boolean;
  /** The width ran out this round: what stood in the zone is gone. */
  homesLost: number;
  jobsLost: number;
}

export interface SeaTotals {
  homesFlooded: number;
  jobsHit: number;
  damage: number;
  floodedZones: number;
  breaches: number;
  homesLost: number;
  jobsLost: number;
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
    groyneHold: 0,
    downdrift: zone.downdrift,
    homesLost: 0,
    jobsLost: 0,
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

/**
 * Metres of rise above today's reference after `years` of play: the planning base at the start
 * year, then the planning pace, sped up when the scenario runs time faster.
 */
export function riseAfter(rise: Sea["rise"], years: number): number {
  return toCm(rise.base + rise.perYear * rise.speedUp * years);
}

// ---------------------------------------------------------------------------------------------
// Dikes age

/** A dike loses `ageing` condition each round it is not maintained. */
export function age(zones: readonly ZoneState[], sea: Sea, maintained: ReadonlySet<string> = new Set()): ZoneState[] {
  return zones.map((zone) =>
    zone.defence.kind === "dike" && !maintained.has(zone.id) ? { ...zone, defence: { ...zone.defence, condition: toCm(Math.max(0, zone.defence.condition - sea.ageing)) } } : zone,
  );
}

// ---------------------------------------------------------------------------------------------
// Erosion

/** Does the sea eat this zone's shore (sea-facing, of a kind with an erosion rate)? */
export function erodes(zone: Pick<ZoneState, "seaFacing" | "kind">, sea: Sea): boolean {
  return zone.seaFacing && sea.erosion[zone.kind] !== undefined;
}

/** Width a shore zone would lose over `years` and under a storm of `surge` metres, before groynes. */
export function widthLoss(zone: ZoneState, sea: Sea, years: number, surge: number): number {
  if (!erodes(zone, sea)) return 0;
  return (years * sea.erosion[zone.kind]! + surge * sea.stormErosion) * zone.erosionFactor;
}

/** Years until the zone's width runs out at the rate of calm years (Infinity when it does not erode). */
export function yearsLeft(zone: ZoneState, sea: Sea): number {
  const perYear = widthLoss(zone, sea, 1, 0) * (1 - zone.groyneHold);
  return perYear > 0 ? zone.width / perYear : Infinity;
}

/** The erosion bands of the Climate and Resilience law: width gone within 30 or 100 years. */
export function erosionBand(zone: ZoneState, sea: Sea): 30 | 100 | 0 {
  const years = yearsLeft(zone, sea);
  return years <= 30 ? 30 : years <= 100 ? 100 : 0;
}

function erodeZone(zone: ZoneState, loss: number, heldBack: number, fromUpdrift: number, sea: Sea): { zone: ZoneState; report: ErosionReport } {
  const width = toCm(Math.max(0, zone.width - loss));
  const standingDune = zone.defence.kind === "dune" && zone.defence.height > zone.elevation;
  const duneFailed = standingDune && width < sea.duneFailWidth;
  const defence = duneFailed ? { ...zone.defence, height: 0, condition: 0 } : zone.defence;
  // The shore is gone: what stood on it goes with it, and no insurance pays for erosion. A
  // standing dike fixes the line (the beach in front still goes: nothing damps the surge any more).
  const heldByDike = zone.defence.kind === "dike" && zone.defence.condition > 0;
  const ranOut = width === 0 && zone.width > 0 && !heldByDike;
  const homesLost = ranOut ? homesPresent(zone) : 0;
  const jobsLost = ranOut ? jobsPresent(zone) : 0;
  const after = ranOut
    ? { ...zone, width, defence, homes: zone.relocatedHomes, jobs: zone.relocatedJobs, homesLost: zone.homesLost + homesLost, jobsLost: zone.jobsLost + jobsLost, buildingForbidden: true }
    : { ...zone, width, defence };
  return { zone: after, report: { zoneId: zone.id, widthBefore: zone.width, widthAfter: width, heldBack: toCm(heldBack), fromUpdrift: toCm(fromUpdrift), duneFailed, homesLost, jobsLost } };
}

/** Erosion of the shore: each zone's own loss, less what its groynes hold, plus what its updrift neighbours' groynes sent. */
export function erode(zones: readonly ZoneState[], sea: Sea, years: number, surge = 0): { zones: ZoneState[]; erosion: ErosionReport[] } {
  const own = new Map(zones.map((zone) => [zone.id, widthLoss(zone, sea, years, surge)]));
  const held = new Map(zones.map((zone) => [zone.id, zone.downdrift ? own.get(zone.id)! * zone.groyneHold : 0]));
  const received = new Map<string, number>();
  for (const zone of zones) if (zone.downdrift) received.set(zone.downdrift, (received.get(zone.downdrift) ?? 0) + held.get(zone.id)!);
  const results = zones.map((zone) => {
    const fromUpdrift = received.get(zone.id) ?? 0;
    const loss = own.get(zone.id)! - held.get(zone.id)! + fromUpdrift;
    return loss > 0 ? erodeZone(zone, loss, held.get(zone.id)!, fromUpdrift, sea) : { zone, report: null };
  });
  return { zones: results.map((r) => r.zone), erosion: results.flatMap((r) => (r.report ? [r.report] : [])) };
}

// ---------------------------------------------------------------------------------------------
// Flooding

/** The surge left at a sea-facing zone's edge once its beach or dune width has damped it. */
export function dampedSurge(zone: Pick<ZoneState, "width">, surge: number, sea: Pick<Sea, "widthDamping">): number {
  return toCm(Math.max(0, surge - zone.width * sea.widthDamping));
}

/** The water at the edge of every sea-facing zone, damped by its width. */
export function entryZones(zones: readonly ZoneState[], stillWater: number, surge: number, sea: Pick<Sea, "widthDamping">): Map<string, Arrival> {
  return new Map(
    zones
      .filter((zone) => zone.seaFacing)
      .map((zone) => {
        const surgeLeft = dampedSurge(zone, surge, sea);
        return [zone.id, { level: toCm(stillWater + surgeLeft), surgeLeft, from: null }];
      }),
  );
}

/**
 * The chance that a dike gives way under `level`: near its crest only when poorly kept; over its
 * crest always, more with every metre of overtopping, even when new.
 */
export function breachChance(zone: ZoneState, level: number, breach: Sea["breach"]): number {
  if (zone.defence.kind !== "dike" || level <= zone.elevation) return 0;
  const crest = defenceCrest(zone);
  if (level < crest - breach.nearCrest) return 0;
  const overtopping = Math.max(0, level - crest);
  return Math.min(1, breach.baseChance * (1 - zone.defence.condition) + breach.overtopPerMetre * overtopping);
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

function sumTotals(explanations: readonly ZoneExplanation[], erosion: readonly ErosionReport[]): SeaTotals {
  const add = (key: "homesFlooded" | "jobsHit" | "damage") => explanations.reduce((sum, e) => sum + e[key], 0);
  return {
    homesFlooded: add("homesFlooded"),
    jobsHit: add("jobsHit"),
    damage: add("damage"),
    floodedZones: explanations.filter((e) => e.flooded).length,
    breaches: explanations.filter((e) => e.breached).length,
    homesLost: erosion.reduce((sum, r) => sum + r.homesLost, 0),
    jobsLost: erosion.reduce((sum, r) => sum + r.jobsLost, 0),
  };
}

/** One round of the sea: ageing, erosion, then the flood, then the damage. */
export function runSea(zones: readonly ZoneState[], sea: Sea, round: SeaRound, rng: RandomSource): SeaResult {
  const eroded = erode(age(zones, sea, round.maintained), sea, round.years, round.surge);
  const stillWater = toCm(sea.highTide + (round.springTide ?? 0) + round.riseSoFar);
  const waterLevel = toCm(stillWater + round.surge);
  const outcomes = spread(eroded.zones, sea, stillWater, entryZones(eroded.zones, stillWater, round.surge, sea), seededBreach(sea.breach, rng));
  const explanations = eroded.zones.map((zone) => explain(zone, outcomes.get(zone.id)!, waterLevel, sea, round.warningFactor ?? 1));
  return {
    stillWater,
    waterLevel,
    zones: eroded.zones.map((zone, i) => aftermath(zone, explanations[i], sea)),
    explanations,
    erosion: eroded.erosion,
    totals: sumTotals(explanations, eroded.erosion),
  };
}

/** The zones a surge of `surge` metres would flood if every defence held unless topped. */
export function floodedUnder(zones: readonly ZoneState[], sea: Sea, stillWater: number, surge: number): ZoneState[] {
  const outcomes = spread(zones, sea, stillWater, entryZones(zones, stillWater, surge, sea), noBreach);
  return zones.filter((zone) => outcomes.get(zone.id)?.flooded);
}

const withoutDefences = (zones: readonly ZoneState[]): ZoneState[] => zones.map((zone) => (zone.defence.kind === "dike" ? { ...zone, defence: { kind: "none", height: 0, condition: 0 } } : zone));

/**
 * How exposed each zone is to the reference storm: 1 when it would flood with every defence
 * holding unless topped; `exposedBehindDefence` when only a failing dike would let the water in
 * (a dike is residual risk, not safety); 0 otherwise.
 */
export function exposure(zones: readonly ZoneState[], sea: Sea, rise: number): Map<string, number> {
  const stillWater = sea.highTide + rise;
  const direct = new Set(floodedUnder(zones, sea, stillWater, sea.referenceSurge).map((z) => z.id));
  const behind = new Set(floodedUnder(withoutDefences(zones), sea, stillWater, sea.referenceSurge).map((z) => z.id));
  return new Map(zones.map((zone) => [zone.id, direct.has(zone.id) ? 1 : behind.has(zone.id) ? sea.exposedBehindDefence : 0]));
}

/** Homes the reference storm would flood today, those behind a defence counted at their weight. */
export function homesExposed(zones: readonly ZoneState[], sea: Sea, rise: number): number {
  const weights = exposure(zones, sea, rise);
  return Math.round(zones.reduce((sum, zone) => sum + homesPresent(zone) * weights.get(zone.id)!, 0));
}
