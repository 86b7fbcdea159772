import type { Comparison, Indicator, Objective, Scenario, Scoring } from "./content.ts";
import { exposure, initialZoneState, riseAfter } from "./model.ts";
import type { CoastRole, CoastState, ObjectiveStatus, RoundRecord, SecretObjective } from "./state.ts";

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
  /** 1, the weight of homes behind a defence, or 0 (see `exposure` in the model). */
  exposure: number;
  homesLost: number;
}

/** The acting role's own values, for the indicators that are about a role. */
export interface RoleMeasures {
  spent: number;
  satisfaction: number;
  budget: number;
}

/** The game so far, kept in the state's `totals` map. */
export const TOTALS = [
  "rounds",
  "homesFloodedTotal",
  "homesLostTotal",
  "homesRelocated",
  "uninsuredDamage",
  "insuredDamage",
  "moneyWasted",
  "exposureSum",
  "jobsSum",
  "satisfactionSum",
  /** The same storms with nothing done, so far: homes flooded plus twice the homes lost, and uninsured damage. */
  "harmWithoutProjects",
  "uninsuredWithoutProjects",
] as const;
export type TotalKey = (typeof TOTALS)[number];
type TotalsMap = { get(key: string): number | undefined };

const sum = (zones: readonly MeasuredZone[], value: (zone: MeasuredZone) => number) => zones.reduce((total, zone) => total + value(zone), 0);
const homesIn = (zone: MeasuredZone) => Math.max(0, zone.homes - zone.relocatedHomes);
const jobsIn = (zone: MeasuredZone) => Math.max(0, zone.jobs - zone.relocatedJobs);

/** An indicator over the whole territory or the zones of one kind; cumulative ones read the game's totals. */
export function measure(indicator: Indicator, scope: string, zones: readonly MeasuredZone[], role: RoleMeasures, resilience: number, game: { totals: TotalsMap }): number {
  const inScope = scope === "global" ? zones : zones.filter((zone) => zone.kind === scope);
  const total = (key: TotalKey) => game.totals.get(key) ?? 0;
  switch (indicator) {
    case "homesFlooded":
      return sum(inScope, (z) => z.homesFlooded);
    case "homesExposed":
      return Math.round(sum(inScope, (z) => homesIn(z) * z.exposure));
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
    case "homesFloodedTotal":
      return total("homesFloodedTotal");
    case "homesLost":
      return scope === "global" ? total("homesLostTotal") : sum(inScope, (z) => z.homesLost);
    case "homesRelocated":
      return total("homesRelocated");
    case "uninsuredDamage":
      return total("uninsuredDamage");
    case "budget":
      return role.budget;
    case "moneyWasted":
      return total("moneyWasted");
  }
}

const baselines = new WeakMap<Scenario, MeasuredZone[]>();

/** The territory at the start, before any round: what relative objectives compare with. */
export function baselineZones(scenario: Scenario): MeasuredZone[] {
  let zones = baselines.get(scenario);
  if (!zones) {
    const start = scenario.zones.map(initialZoneState);
    const weights = exposure(start, scenario.sea, riseAfter(scenario.sea.rise, 0));
    zones = start.map((z) => ({ ...z, homesFlooded: 0, damage: 0, flooded: false, exposure: weights.get(z.id)! }));
    baselines.set(scenario, zones);
  }
  return zones;
}

const NO_TOTALS = { totals: new Map<string, number>() };

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

/** What a relative objective compares with: its indicator at the start of the game (cumulative indicators start at 0). */
export function startValue(objective: Pick<Objective, "indicator" | "scope">, scenario: Scenario, startSatisfaction: number): number {
  return measure(objective.indicator, objective.scope, baselineZones(scenario), { spent: 0, satisfaction: startSatisfaction, budget: 0 }, 50, NO_TOTALS);
}

/** Does the objective hold this round? Null when it does not apply to this round. */
export function holds(objective: Objective, round: number, scenario: Scenario, now: RoundMeasures, role: RoleMeasures, game: { totals: TotalsMap }): boolean | null {
  const from = objective.fromRound ?? 1;
  const to = objective.toRound ?? scenario.territory.rounds;
  if (round < from || round > to) return null;
  const value = measure(objective.indicator, objective.scope, now.zones, role, now.resilience, game);
  const target = objective.relative ? objective.value * startValue(objective, scenario, now.startSatisfaction) : objective.value;
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
    const measures = { spent: role.spent, satisfaction: role.satisfaction, budget: role.budget };
    def.goals.forEach((goal, i) => {
      const held = holds(goal, state.round, scenario, now, measures, state);
      role.goals[i] = nextStatus(role.goals[i] as ObjectiveStatus, held);
      if (held !== null) role.satisfaction = Math.min(100, Math.max(0, role.satisfaction + (held ? 5 : -5)));
    });
    const secret = readSecret(role);
    role.secret = JSON.stringify(def.secretObjectives.map((o, i) => ({ ...o, status: nextStatus(secret[i]?.status ?? "pending", holds(o, state.round, scenario, now, measures, state)) })));
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

// --- the game so far and the resilience index ----------------------------------------------------

/** Reads and adds to the game's running totals. */
export function trajectory(state: Pick<CoastState, "totals" | "zones">) {
  const get = (key: TotalKey) => state.totals.get(key) ?? 0;
  const add = (key: TotalKey, value: number) => state.totals.set(key, get(key) + value);
  return {
    get,
    /** A round is over: what it did joins the game's totals. */
    add(record: Pick<RoundRecord, "homesFlooded" | "homesLost" | "uninsured" | "insured" | "homesExposed" | "jobs" | "moneyWasted">, roles: readonly { satisfaction: number }[]) {
      add("rounds", 1);
      add("homesFloodedTotal", record.homesFlooded);
      add("homesLostTotal", record.homesLost);
      add("uninsuredDamage", record.uninsured);
      add("insuredDamage", record.insured);
      add("exposureSum", record.homesExposed);
      add("jobsSum", record.jobs);
      add("satisfactionSum", roles.reduce((a, r) => a + r.satisfaction, 0) / Math.max(1, roles.length));
      state.totals.set("moneyWasted", record.moneyWasted);
    },
    /** What the same storms would have done with nothing done, so far. */
    compareWith(shadow: readonly { homesFlooded: number; homesLost: number; uninsured: number }[]) {
      state.totals.set("harmWithoutProjects", shadow.reduce((sum, r) => sum + r.homesFlooded + 2 * r.homesLost, 0));
      state.totals.set("uninsuredWithoutProjects", shadow.reduce((sum, r) => sum + r.uninsured, 0));
    },
  };
}

const unit = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
/** 0 at `low`, 1 at `high`, linear between. */
const scale = (value: number, low: number, high: number) => unit((value - low) / (high - low));

/**
 * The share of the harm the same storms would have done with nothing done that the table
 * avoided (1 when they would have done none and did none); harm beyond that counts against it,
 * scaled by `reference`.
 */
function avoided(harm: number, withoutProjects: number, reference: number): number {
  if (withoutProjects <= 0) return 1 - unit(harm / reference);
  return unit(1 - harm / withoutProjects);
}

export type ResilienceParts = Record<keyof Scoring["weights"], number>;

/**
 * The normalised indicators (0-1) the scoring weights combine, each over the whole game so far:
 * a flood or a loss early in the game counts as much as one in the last round. Safety and
 * damage read the harm the table avoided: the same storms with nothing done are the zero, so
 * that a calm game does not flatter a table and a stormy one does not sink it.
 */
export function resilienceParts(scenario: Scenario, state: Pick<CoastState, "totals" | "zones">): ResilienceParts {
  const start = baselineZones(scenario);
  const none = { spent: 0, satisfaction: 0, budget: 0 };
  const at = (zones: readonly MeasuredZone[], indicator: Indicator) => measure(indicator, "global", zones, none, 0, NO_TOTALS);
  const game = trajectory(state);
  const rounds = Math.max(1, game.get("rounds"));
  const homesStart = Math.max(1, at(start, "homes"));
  const jobsStart = Math.max(1, at(start, "jobs"));
  const exposedStart = Math.max(1, at(start, "homesExposed"));
  const band = scenario.sea.damage.filter((b) => b.fromDepth <= 1).at(-1) ?? scenario.sea.damage[0];
  const damageRef = Math.max(1, homesStart * band.perHome * (1 - scenario.money.catNatShare));
  const given = scenario.roles.reduce((sum, r) => sum + r.budgetPerRound, 0) * rounds;
  const zones = [...state.zones.values()];
  return {
    safety: avoided(game.get("homesFloodedTotal") + 2 * game.get("homesLostTotal"), game.get("harmWithoutProjects"), homesStart),
    exposure: 1 - unit(game.get("exposureSum") / rounds / (2 * exposedStart)),
    damage: avoided(game.get("uninsuredDamage"), game.get("uninsuredWithoutProjects"), damageRef),
    money: 1 - unit((2 * game.get("moneyWasted")) / Math.max(1, given)),
    economy: scale(game.get("jobsSum") / rounds / jobsStart, 0.6, 1.1),
    nature: scale(at(zones, "nature") / Math.max(1, at(start, "nature")), 0.5, 1.3),
    cohesion: scale(game.get("satisfactionSum") / rounds, 20, 80),
  };
}

export function resilienceIndex(scenario: Scenario, state: Pick<CoastState, "totals" | "zones">): number {
  const parts = resilienceParts(scenario, state);
  const weights = scenario.scoring.weights;
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const weighted = (Object.keys(parts) as (keyof ResilienceParts)[]).reduce((acc, key) => acc + weights[key] * parts[key], 0);
  return Math.round((100 * weighted) / total);
}
