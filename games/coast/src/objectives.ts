import type { Comparison, Indicator, Objective, Scenario } from "./content.ts";
import { floodedUnder, initialZoneState } from "./model.ts";
import type { CoastRole, CoastState, ObjectiveStatus, SecretObjective } from "./state.ts";

/** What an indicator reads from a zone: the synced zone and a plain copy both fit. */
export interface MeasuredZone {
  kind: string;
  homes: number;
  relocatedHomes: number;
  jobs: number;
  relocatedJobs: number;
  nature: number;
  homesFlooded: number;
  damage: number;
  flooded: boolean;
  exposed: boolean;
}

/** The acting role's own values, for the indicators that are about a role. */
export interface RoleMeasures {
  spent: number;
  satisfaction: number;
}

const sum = (zones: readonly MeasuredZone[], value: (zone: MeasuredZone) => number) => zones.reduce((total, zone) => total + value(zone), 0);
const homesIn = (zone: MeasuredZone) => Math.max(0, zone.homes - zone.relocatedHomes);
const jobsIn = (zone: MeasuredZone) => Math.max(0, zone.jobs - zone.relocatedJobs);

/** An indicator over the whole territory or the zones of one kind. */
export function measure(indicator: Indicator, scope: string, zones: readonly MeasuredZone[], role: RoleMeasures, resilience: number): number {
  const inScope = scope === "global" ? zones : zones.filter((zone) => zone.kind === scope);
  switch (indicator) {
    case "homesFlooded":
      return sum(inScope, (z) => z.homesFlooded);
    case "homesExposed":
      return sum(inScope, (z) => (z.exposed ? homesIn(z) : 0));
    case "damage":
      return sum(inScope, (z) => z.damage);
    case "jobs":
      return sum(inScope, jobsIn);
    case "nature":
      return Math.round(sum(inScope, (z) => z.nature) * 100) / 100;
    case "homes":
      return sum(inScope, homesIn);
    case "budgetSpent":
      return role.spent;
    case "satisfaction":
      return role.satisfaction;
    case "floodedZones":
      return inScope.filter((z) => z.flooded).length;
    case "resilience":
      return resilience;
  }
}

const baselines = new WeakMap<Scenario, MeasuredZone[]>();

/** The territory at the start, before any round: what relative objectives compare with. */
export function baselineZones(scenario: Scenario): MeasuredZone[] {
  let zones = baselines.get(scenario);
  if (!zones) {
    const start = scenario.zones.map(initialZoneState);
    const exposed = new Set(floodedUnder(start, scenario.sea, scenario.sea.highTide, scenario.sea.referenceSurge).map((z) => z.id));
    zones = start.map((z) => ({ ...z, homesFlooded: 0, damage: 0, flooded: false, exposed: exposed.has(z.id) }));
    baselines.set(scenario, zones);
  }
  return zones;
}

function compare(value: number, comparison: Comparison, target: number): boolean {
  switch (comparison) {
    case "<=":
      return value <= target + 1e-9;
    case ">=":
      return value >= target - 1e-9;
    case "=":
      return Math.abs(value - target) < 1e-9;
    case "<":
      return value < target;
    case ">":
      return value > target;
  }
}

export interface RoundMeasures {
  zones: readonly MeasuredZone[];
  resilience: number;
  startSatisfaction: number;
}

/** Does the objective hold this round? Null when it does not apply to this round. */
export function holds(objective: Objective, round: number, scenario: Scenario, now: RoundMeasures, role: RoleMeasures): boolean | null {
  const from = objective.fromRound ?? 1;
  const to = objective.toRound ?? scenario.territory.rounds;
  if (round < from || round > to) return null;
  const value = measure(objective.indicator, objective.scope, now.zones, role, now.resilience);
  const start = { spent: 0, satisfaction: now.startSatisfaction };
  const target = objective.relative ? objective.value * measure(objective.indicator, objective.scope, baselineZones(scenario), start, 50) : objective.value;
  return compare(value, objective.compare, target);
}

/** Once missed, an objective stays missed; held in every round so far, it is met. */
export function nextStatus(previous: ObjectiveStatus, held: boolean | null): ObjectiveStatus {
  if (held === null || previous === "missed") return previous;
  return held ? "met" : "missed";
}

/**
 * Checks every role's goals and secret objectives after a round. Public goals move satisfaction:
 * a goal held this round pleases the role, a goal missed disappoints it.
 */
export function checkObjectives(state: CoastState, scenario: Scenario, now: RoundMeasures): void {
  for (const def of scenario.roles) {
    const role = state.roles.get(def.id)!;
    const measures = { spent: role.spent, satisfaction: role.satisfaction };
    def.goals.forEach((goal, i) => {
      const held = holds(goal, state.round, scenario, now, measures);
      role.goals[i] = nextStatus(role.goals[i] as ObjectiveStatus, held);
      if (held !== null) role.satisfaction = Math.min(100, Math.max(0, role.satisfaction + (held ? 5 : -5)));
    });
    const secret = readSecret(role);
    role.secret = JSON.stringify(def.secretObjectives.map((o, i) => ({ ...o, status: nextStatus(secret[i]?.status ?? "pending", holds(o, state.round, scenario, now, measures)) })));
  }
}

export function readSecret(role: Pick<CoastRole, "secret"> | { secret?: string }): SecretObjective[] {
  try {
    const parsed: unknown = JSON.parse(role.secret ?? "[]");
    return Array.isArray(parsed) ? (parsed as SecretObjective[]) : [];
  } catch {
    return [];
  }
}

// --- the resilience index -------------------------------------------------------------------------

const unit = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));

export interface ResilienceInputs {
  zones: readonly MeasuredZone[];
  /** Money spent on projects since the start, and money given to the roles since the start. */
  spentSoFar: number;
  givenSoFar: number;
  satisfactions: readonly number[];
}

/** The normalised indicators (0-1) the scoring weights combine. */
export function resilienceParts(scenario: Scenario, input: ResilienceInputs) {
  const start = baselineZones(scenario);
  const none = { spent: 0, satisfaction: 0 };
  const at = (zones: readonly MeasuredZone[], indicator: Indicator) => measure(indicator, "global", zones, none, 0);
  const homesStart = Math.max(1, at(start, "homes"));
  const jobsStart = Math.max(1, at(start, "jobs"));
  const band = scenario.sea.damage.filter((b) => b.fromDepth <= 1).at(-1) ?? scenario.sea.damage[0];
  const damageRef = Math.max(1, homesStart * band.perHome + jobsStart * band.perJob);
  const satisfaction = input.satisfactions.reduce((a, b) => a + b, 0) / Math.max(1, input.satisfactions.length);
  return {
    safety: 1 - unit((at(input.zones, "homesFlooded") + at(input.zones, "homesExposed")) / (2 * homesStart)),
    economy: 0.7 * unit(at(input.zones, "jobs") / jobsStart) + 0.3 * (1 - unit(at(input.zones, "damage") / damageRef)),
    nature: unit((0.8 * at(input.zones, "nature")) / Math.max(1, at(start, "nature"))),
    budget: 1 - unit(input.spentSoFar / Math.max(1, input.givenSoFar)),
    cohesion: unit(satisfaction / 100),
  };
}

export function resilienceIndex(scenario: Scenario, input: ResilienceInputs): number {
  const parts = resilienceParts(scenario, input);
  const weights = scenario.scoring.weights;
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const weighted = (Object.keys(parts) as (keyof typeof parts)[]).reduce((acc, key) => acc + weights[key] * parts[key], 0);
  return Math.round((100 * weighted) / total);
}
