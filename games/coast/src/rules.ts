import { ruleError, type CommandDefinition, type GameContext, type RuleError } from "@sgp/shared";
import { z } from "zod";
import type { Action, DefenceKind, Role, Scenario, ScenarioEvent, Zone, ZoneKind } from "./content.ts";
import { initialZoneState, riseAfter, type ZoneState } from "./model.ts";
import { markExposure } from "./rounds.ts";
import { drawStreamSeeds, planWeather, type StreamSeeds } from "./weather.ts";
import { CoastRole, CoastZone, type CoastProject, type CoastState, type SecretObjective } from "./state.ts";

export const settingsSchema = z
  .object({
    /** How roles go to seats when the game starts: dealt with the seeded RNG, or in table order. */
    roleAssignment: z.enum(["random", "order"]).default("random"),
    /** Seats at most; the scenario sets it to its number of roles. */
    maxPlayers: z.number().int().min(1).max(8).default(8),
    /** Phase timers in seconds; 0 means no timer. */
    eventSeconds: z.number().int().min(0).max(3600).default(0),
    negotiationSeconds: z.number().int().min(0).max(3600).default(480),
    seaSeconds: z.number().int().min(0).max(3600).default(0),
    reportSeconds: z.number().int().min(0).max(3600).default(0),
    /** Projects a role may propose in one round, and appeals it may lodge. */
    proposalsPerRound: z.number().int().min(1).max(6).default(2),
    appealsPerRound: z.number().int().min(0).max(3).default(1),
    /** Each role's satisfaction at the start (0-100). */
    startSatisfaction: z.number().int().min(0).max(100).default(50),
    /** The highest surge (m) of an ordinary winter, drawn when the event brings no storm. */
    baseSurgeMax: z.number().min(0).max(3).default(0.5),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

/** The scenario's kiosk timers as settings defaults (a session's own settings, such as a stand table's, override them). */
export function timerSettings(scenario: Scenario): Partial<Settings> {
  const timers = scenario.kioskTimers;
  return timers ? { eventSeconds: timers.event, negotiationSeconds: timers.negotiation, seaSeconds: timers.sea, reportSeconds: timers.report } : {};
}

export type Ctx = GameContext<Scenario, Settings>;
export type Command<P> = CommandDefinition<CoastState, Scenario, Settings, P>;

export const idSchema = z.string().min(1).max(48);

// --- lookups over a scenario, built once per scenario object -----------------------------------

export interface ScenarioIndex {
  zones: Map<string, Zone>;
  roles: Map<string, Role>;
  actions: Map<string, Action>;
  events: Map<string, ScenarioEvent>;
}

const indexes = new WeakMap<Scenario, ScenarioIndex>();

export function scenarioIndex(scenario: Scenario): ScenarioIndex {
  let index = indexes.get(scenario);
  if (!index) {
    index = {
      zones: new Map(scenario.zones.map((z) => [z.id, z])),
      roles: new Map(scenario.roles.map((r) => [r.id, r])),
      actions: new Map(scenario.actions.map((a) => [a.id, a])),
      events: new Map(scenario.events.map((e) => [e.id, e])),
    };
    indexes.set(scenario, index);
  }
  return index;
}

/** The role a seat plays, or an error for a seat without one. */
export function roleOfSeat(state: CoastState, seatId: string): CoastRole | RuleError {
  const id = state.seats.get(seatId)?.role;
  const role = id ? state.roles.get(id) : undefined;
  return role ?? ruleError("coast.no_role");
}

export function projectOf(state: CoastState, id: string): CoastProject | RuleError {
  return state.projects.get(id) ?? ruleError("coast.unknown_project", { project: id });
}

export const isOpen = (project: { status: string }) => project.status === "proposed" || project.status === "approved" || project.status === "appealed";

/** k€ pledged to a project, from the synced map or its plain JSON (a bot's view). */
export function pledged(project: { pledges: { values(): Iterable<number> } | Record<string, number> }): number {
  const { pledges } = project;
  const amounts = typeof pledges.values === "function" ? [...(pledges.values as () => Iterable<number>).call(pledges)] : Object.values(pledges as Record<string, number>);
  return amounts.reduce((a, b) => a + b, 0);
}

/** Gives every pledge of a project back to the role that made it. */
export function returnPledges(state: CoastState, project: CoastProject): void {
  for (const [roleId, amount] of project.pledges) state.roles.get(roleId)!.budget += amount;
}

/** The role holding a power, if any role of the scenario has it. */
export function roleWithPower(scenario: Scenario, power: Role["power"]): Role | undefined {
  return scenario.roles.find((r) => r.power === power);
}

// --- zones between the synced state and the model ---------------------------------------------

/** The dynamic zone fields: the synced zone and its plain JSON (a bot's view) both have them. */
export type ZoneFields = Omit<ZoneState, "id" | "elevation" | "seaFacing" | "neighbours" | "defence" | "kind" | "downdrift"> & {
  kind: string;
  defenceKind: string;
  defenceHeight: number;
  defenceCondition: number;
};

export function toModelZone(zone: ZoneFields, def: Zone): ZoneState {
  return {
    id: def.id,
    kind: zone.kind as ZoneKind,
    elevation: def.elevation,
    seaFacing: def.seaFacing,
    neighbours: def.neighbours,
    defence: { kind: zone.defenceKind as DefenceKind, height: zone.defenceHeight, condition: zone.defenceCondition },
    width: zone.width,
    homes: zone.homes,
    jobs: zone.jobs,
    nature: zone.nature,
    relocatedHomes: zone.relocatedHomes,
    relocatedJobs: zone.relocatedJobs,
    buildingForbidden: zone.buildingForbidden,
    erosionFactor: zone.erosionFactor,
    damageFactor: zone.damageFactor,
    groyneHold: zone.groyneHold,
    downdrift: def.downdrift,
    homesLost: zone.homesLost,
    jobsLost: zone.jobsLost,
  };
}

/** The zones in scenario order, as the model wants them. */
export function modelZones(zones: { get(id: string): ZoneFields | undefined }, scenario: Scenario): ZoneState[] {
  return scenario.zones.map((def) => toModelZone(zones.get(def.id)!, def));
}

export function writeZone(target: CoastZone, zone: ZoneState): void {
  target.kind = zone.kind;
  target.defenceKind = zone.defence.kind;
  target.defenceHeight = zone.defence.height;
  target.defenceCondition = zone.defence.condition;
  target.width = zone.width;
  target.homes = zone.homes;
  target.jobs = zone.jobs;
  target.nature = zone.nature;
  target.relocatedHomes = zone.relocatedHomes;
  target.relocatedJobs = zone.relocatedJobs;
  target.buildingForbidden = zone.buildingForbidden;
  target.erosionFactor = zone.erosionFactor;
  target.damageFactor = zone.damageFactor;
  target.groyneHold = zone.groyneHold;
  target.homesLost = zone.homesLost;
  target.jobsLost = zone.jobsLost;
}

// --- setup ----------------------------------------------------------------------------------------

export function setup(state: CoastState, ctx: Ctx): void {
  // The streams' seeds come first, so that nothing else drawn at setup can shift the weather.
  const streams = drawStreamSeeds(ctx.rng);
  prepareTerritory(state, ctx, streams);
  const roleIds = ctx.content.roles.map((r) => r.id);
  const dealt = ctx.settings.roleAssignment === "random" ? ctx.rng.shuffle([...roleIds]) : roleIds;
  ctx.players().forEach((seat, i) => {
    if (i < dealt.length) giveRole(state, seat.id, dealt[i]);
  });
}

/** The territory at the start: zones, roles with their objectives, the weather the streams give. */
export function prepareTerritory(state: CoastState, ctx: Pick<Ctx, "content" | "settings">, streams: StreamSeeds): void {
  const scenario = ctx.content;
  state.streams = JSON.stringify(streams);
  state.weather = JSON.stringify(planWeather(scenario, streams.weather, ctx.settings.baseSurgeMax));
  state.rise = riseAfter(scenario.sea.rise, 0);
  for (const zone of scenario.zones.map(initialZoneState)) {
    const synced = new CoastZone({ id: zone.id });
    writeZone(synced, zone);
    state.zones.set(zone.id, synced);
  }
  markExposure(state, ctx);
  for (const def of scenario.roles) {
    const role = new CoastRole({ id: def.id, satisfaction: ctx.settings.startSatisfaction });
    role.goals.push(...def.goals.map(() => "pending"));
    role.secret = JSON.stringify(def.secretObjectives.map((o): SecretObjective => ({ ...o, status: "pending" })));
    state.roles.set(def.id, role);
  }
  state.round = 0;
}

/** Gives a role to a seat; a seat holding another role lets it go, and a role held elsewhere moves. */
export function giveRole(state: CoastState, seatId: string, roleId: string): void {
  const seat = state.seats.get(seatId)!;
  const role = state.roles.get(roleId)!;
  const previousHolder = role.seat ? state.seats.get(role.seat) : undefined;
  const previousRole = seat.role ? state.roles.get(seat.role) : undefined;
  // A swap: the other seat takes this seat's former role.
  if (previousHolder && previousHolder !== seat) {
    previousHolder.role = previousRole?.id ?? "";
    if (previousRole) previousRole.seat = previousHolder.id;
  } else if (previousRole) {
    previousRole.seat = "";
  }
  seat.role = roleId;
  role.seat = seatId;
}
