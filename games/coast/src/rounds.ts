import type { PhaseDefinition } from "@sgp/shared";
import type { Scenario } from "./content.ts";
import { applyAction, applyEvent, placeWaitingHomes } from "./effects.ts";
import { chargeLosses, fundsFor, moneyWasted, payDebts } from "./money.ts";
import { erosionBand, exposure, riseAfter, runSea, toCm, type SeaResult, type ZoneExplanation } from "./model.ts";
import { checkObjectives, measure, resilienceIndex, trajectory } from "./objectives.ts";
import { isOpen, modelZones, pledged, returnPledges, roleWithPower, scenarioIndex, writeZone, type Ctx, type Settings } from "./rules.ts";
import { Headline, RoundRecord, ZoneLoss, type CoastProject, type CoastState } from "./state.ts";
import { isShadow, shadowRounds } from "./counterfactual.ts";
import { breachStream, cardSurge, type StreamSeeds, type WeatherRound } from "./weather.ts";

type Phase = PhaseDefinition<CoastState, Scenario, Settings>;

const CHAT = ["chat"];
const MONEY = ["grant", "withdraw.money"];
const seconds = (value: number) => (value > 0 ? value : null);

// --- event ------------------------------------------------------------------------------------

export const weatherOf = (state: CoastState): WeatherRound[] => JSON.parse(state.weather) as WeatherRound[];
export const streamsOf = (state: CoastState): StreamSeeds => JSON.parse(state.streams) as StreamSeeds;

function startRound(state: CoastState, ctx: Ctx): void {
  state.round++;
  for (const def of ctx.content.roles) {
    const role = state.roles.get(def.id)!;
    role.budget += def.budgetPerRound;
    role.weakened = false;
    role.taxLevied = false;
    role.appealsThisRound = 0;
    role.proposalsThisRound = 0;
  }
  state.surge = 0;
  state.springTide = 0;
  state.stormAdded = 0;
  state.fund = 0;
  state.fundActions.clear();
  state.homesBuiltThisRound = 0;
  state.homesBuiltZone = "";
  state.riskFund += ctx.content.money.riskFund?.perRound ?? 0;
  const weather = weatherOf(state)[state.round - 1];
  state.event = weather.event;
  state.eventDrawn = weather.event;
  state.eventSource = "deck";
  state.guaranteedSurge = weather.guaranteedSurge;
}

/**
 * The card is applied once the table has seen it (and the facilitator had a chance to change
 * it). A card that says nothing of the weather leaves the ordinary winter the weather planned;
 * a guaranteed storm comes whatever card is played.
 */
function applyRoundEvent(state: CoastState, ctx: Ctx): void {
  const card = state.event ? scenarioIndex(ctx.content).events.get(state.event) : undefined;
  if (card) applyEvent(state, ctx.content, card.id);
  if (cardSurge(card) === null) state.surge = toCm(state.surge + weatherOf(state)[state.round - 1].ordinarySurge);
  state.surge = toCm(Math.max(state.surge, state.guaranteedSurge) + state.stormAdded);
}

// --- decision ---------------------------------------------------------------------------------------

function lapse(state: CoastState, project: CoastProject): void {
  returnPledges(state, project);
  project.status = "lapsed";
  project.closedRound = state.round;
}

function finish(state: CoastState, ctx: Ctx, project: CoastProject): void {
  project.status = "done";
  project.roundsLeft = 0;
  project.doneRound = state.round;
  applyAction(state, ctx.content, scenarioIndex(ctx.content).actions.get(project.action)!, project.zone, project.to);
}

/** With no seat holding the State, a regulated project goes ahead unless the facilitator refused it. */
function cleared(state: CoastState, ctx: Ctx, project: CoastProject): boolean {
  if (!project.needsApproval || project.approved) return true;
  const approver = roleWithPower(ctx.content, "approve");
  return !approver || !state.roles.get(approver.id)!.seat;
}

function start(state: CoastState, ctx: Ctx, project: CoastProject): void {
  const funds = fundsFor(state, ctx.content, project);
  project.fundUsed = funds.call + funds.riskFund;
  project.riskFundUsed = funds.riskFund;
  state.fund -= funds.call;
  state.riskFund -= funds.riskFund;
  for (const [roleId, amount] of project.pledges) state.roles.get(roleId)!.spent += amount;
  project.status = "building";
  project.startedRound = state.round;
  project.roundsLeft = scenarioIndex(ctx.content).actions.get(project.action)!.roundsToBuild;
  if (project.roundsLeft === 0) finish(state, ctx, project);
}

/** Building projects move on; funded and cleared projects start; the rest lapse and pledges return. */
export function decide(state: CoastState, ctx: Ctx): void {
  const projects = [...state.projects.values()];
  for (const project of projects.filter((p) => p.status === "building")) {
    project.roundsLeft--;
    if (project.roundsLeft <= 0) finish(state, ctx, project);
  }
  for (const project of projects.filter(isOpen)) {
    if (project.appealedRound === state.round) {
      // The appeal holds it back one round, pledges and approval kept.
      project.status = project.approved ? "approved" : "proposed";
    } else if (cleared(state, ctx, project) && pledged(project) + fundsFor(state, ctx.content, project).total >= project.cost) {
      start(state, ctx, project);
    } else {
      lapse(state, project);
    }
  }
  placeWaitingHomes(state, ctx.content);
}

// --- the sea ----------------------------------------------------------------------------------------

/** 1 for zones the sea entered directly, n+1 for a zone the water reached from a zone of wave n. */
function waves(explanations: readonly ZoneExplanation[]): Map<string, number> {
  const byId = new Map(explanations.map((e) => [e.zoneId, e]));
  const result = new Map<string, number>();
  const waveOf = (id: string, depth = 0): number => {
    const known = result.get(id);
    if (known !== undefined) return known;
    const e = byId.get(id);
    if (!e?.flooded || depth > explanations.length) return 0;
    const wave = e.reason.startsWith("spread_from:") ? waveOf(e.reason.slice("spread_from:".length), depth + 1) + 1 : 1;
    result.set(id, wave);
    return wave;
  };
  for (const e of explanations) waveOf(e.zoneId);
  return result;
}

/** Exposure to the reference storm and the erosion bands, written on every zone. */
export function markExposure(state: CoastState, ctx: Pick<Ctx, "content">): void {
  const zones = modelZones(state.zones, ctx.content);
  const weights = exposure(zones, ctx.content.sea, state.rise);
  for (const zone of zones) {
    const synced = state.zones.get(zone.id)!;
    synced.exposure = weights.get(zone.id)!;
    synced.exposed = synced.exposure >= 1;
    synced.erosionBand = erosionBand(zone, ctx.content.sea);
  }
}

function storeSea(state: CoastState, ctx: Ctx, result: SeaResult): void {
  const wave = waves(result.explanations);
  result.zones.forEach((after, i) => {
    const zone = state.zones.get(after.id)!;
    const e = result.explanations[i];
    const eroded = result.erosion.find((r) => r.zoneId === after.id);
    writeZone(zone, after);
    Object.assign(zone, {
      flooded: e.flooded,
      wave: wave.get(after.id) ?? 0,
      depth: e.depth,
      waterLevel: e.waterLevel,
      defenceCrest: e.defenceCrest,
      reason: e.reason,
      breached: e.breached,
      homesFlooded: e.homesFlooded,
      jobsHit: e.jobsHit,
      damage: e.damage,
      widthLost: eroded ? toCm(eroded.widthBefore - eroded.widthAfter) : 0,
      widthFromUpdrift: eroded?.fromUpdrift ?? 0,
      duneFailed: eroded?.duneFailed ?? false,
      homesLostNow: eroded?.homesLost ?? 0,
      jobsLostNow: eroded?.jobsLost ?? 0,
    });
  });
  markExposure(state, ctx);
}

/** Sea-level rise this round: the planning pace for the round's years, plus what sea-level reports added. */
function riseThisRound(state: CoastState, scenario: Scenario): number {
  const years = scenario.territory.yearsPerRound;
  return riseAfter(scenario.sea.rise, state.round * years) - riseAfter(scenario.sea.rise, (state.round - 1) * years) + state.extraRise;
}

export function runRoundSea(state: CoastState, ctx: Ctx): void {
  const { sea, territory } = ctx.content;
  state.rise = toCm(state.rise + riseThisRound(state, ctx.content));
  const maintained = new Set([...state.zones.values()].filter((z) => z.maintainedRound === state.round).map((z) => z.id));
  const result = runSea(
    modelZones(state.zones, ctx.content),
    sea,
    { years: territory.yearsPerRound, riseSoFar: state.rise, surge: state.surge, springTide: state.springTide, warningFactor: state.warningFactor, maintained },
    breachStream(streamsOf(state), state.round),
  );
  storeSea(state, ctx, result);
  const money = chargeLosses(state, ctx.content, result);
  state.history.push(roundRecord(state, ctx, result, money));
}

/** Every flood and every loss of the round, with its cause. */
function losses(result: SeaResult): ZoneLoss[] {
  const floods = result.explanations
    .filter((e) => e.flooded)
    .map((e) => {
      const spreadFrom = e.reason.startsWith("spread_from:") ? e.reason.slice("spread_from:".length) : "";
      const cause = e.breached ? "breach" : spreadFrom ? "spread" : "overtopped";
      return new ZoneLoss({ zone: e.zoneId, cause, from: spreadFrom, crest: e.defenceCrest, waterLevel: e.waterLevel, depth: e.depth, homes: e.homesFlooded, jobs: e.jobsHit, damage: e.damage });
    });
  const erosion = result.erosion
    .filter((r) => r.homesLost + r.jobsLost > 0)
    .map((r) => new ZoneLoss({ zone: r.zoneId, cause: "erosion", homes: r.homesLost, jobs: r.jobsLost }));
  return [...floods, ...erosion];
}

function roundRecord(state: CoastState, ctx: Ctx, result: SeaResult, money: { insured: number; uninsured: number }): RoundRecord {
  const zones = [...state.zones.values()];
  const none = { spent: 0, satisfaction: 0, budget: 0 };
  const at = (indicator: "homesExposed" | "jobs" | "homes" | "nature") => measure(indicator, "global", zones, none, 0, state);
  const projects = [...state.projects.values()];
  const ids = (test: (p: CoastProject) => boolean) => projects.filter(test).map((p) => p.id);
  const record = new RoundRecord({
    round: state.round,
    year: ctx.content.territory.startYear + (state.round - 1) * ctx.content.territory.yearsPerRound,
    event: state.event,
    surge: state.surge,
    stillWater: result.stillWater,
    waterLevel: result.waterLevel,
    rise: state.rise,
    storm: state.surge >= ctx.content.sea.referenceSurge,
    guaranteed: state.guaranteedSurge > 0,
    homesFlooded: result.totals.homesFlooded,
    homesLost: result.totals.homesLost,
    homesExposed: at("homesExposed"),
    damage: result.totals.damage,
    insured: money.insured,
    uninsured: money.uninsured,
    jobs: at("jobs"),
    homes: at("homes"),
    nature: at("nature"),
    budgetSpent: projects.filter((p) => p.startedRound === state.round).reduce((sum, p) => sum + pledged(p), 0),
    homesBuilt: state.homesBuiltThisRound,
    homesRelocated: (state.totals.get("homesRelocated") ?? 0) - state.history.reduce((sum, r) => sum + r.homesRelocated, 0),
  });
  record.floodedZones.push(...result.explanations.filter((e) => e.flooded).map((e) => e.zoneId));
  record.breaches.push(...result.explanations.filter((e) => e.breached).map((e) => e.zoneId));
  record.losses.push(...losses(result));
  record.projectsStarted.push(...ids((p) => p.startedRound === state.round));
  record.projectsDone.push(...ids((p) => p.doneRound === state.round));
  record.projectsLapsed.push(...ids((p) => p.status === "lapsed" && p.closedRound === state.round));
  return record;
}

// --- report -----------------------------------------------------------------------------------------

export function closeRound(state: CoastState, ctx: Ctx): void {
  const record = state.history.at(-1)!;
  const zones = [...state.zones.values()];
  const roles = [...state.roles.values()];
  payDebts(state, ctx.content);
  record.moneyWasted = moneyWasted(state, ctx.content);
  trajectory(state).add(record, roles);
  if (!isShadow(state)) trajectory(state).compareWith(shadowRounds(state, ctx));
  const resilienceNow = () => resilienceIndex(ctx.content, state);
  checkObjectives(state, ctx.content, { zones, resilience: resilienceNow(), startSatisfaction: ctx.settings.startSatisfaction });
  record.resilience = resilienceNow();
  for (const role of roles) {
    record.satisfaction.set(role.id, role.satisfaction);
    record.budgets.set(role.id, role.budget);
  }
  record.headlines.push(...headlines(state, ctx, record));
}

function headline(id: string, params: Record<string, string | number> = {}): Headline {
  const h = new Headline({ id });
  for (const [key, value] of Object.entries(params)) h.params.set(key, String(value));
  return h;
}

/** The round's lead story: what the sea did, told by its cause. */
function leadStory(state: CoastState, ctx: Ctx, record: RoundRecord): Headline {
  const losses = [...record.losses];
  const worst = (cause: string) => losses.filter((l) => l.cause === cause).sort((a, b) => b.homes - a.homes)[0];
  const eroded = losses.filter((l) => l.cause === "erosion").reduce((sum, l) => sum + l.homes, 0);
  if (eroded > 0) return headline("erosion_loss", { count: eroded, zone: worst("erosion").zone });
  const breach = worst("breach");
  if (breach && record.homesFlooded > 0) return headline("breach_flood", { count: record.homesFlooded, zone: breach.zone });
  const overtopped = losses.find((l) => l.cause === "overtopped" && state.zones.get(l.zone)?.defenceKind === "dike");
  if (overtopped && record.homesFlooded > 0) return headline("overtopped", { count: record.homesFlooded, zone: overtopped.zone });
  const flooded = losses.filter((l) => l.homes > 0).sort((a, b) => b.homes - a.homes)[0];
  if (flooded) return headline("flood", { count: record.homesFlooded, zone: flooded.zone });
  if (record.storm) return headline("storm_held", { level: record.waterLevel });
  return headline(record.surge < ctx.content.sea.referenceSurge / 3 ? "calm" : "dry", { level: record.waterLevel });
}

/** One more fact of the round, the most telling first. */
function sideStory(state: CoastState, record: RoundRecord): Headline {
  const inDebt = [...state.roles.values()].find((r) => r.budget < 0);
  const failedDune = [...state.zones.values()].find((z) => z.duneFailed);
  const done = record.projectsDone.map((id) => state.projects.get(id)!);
  return (
    (record.breaches.length > 0 && headline("breach", { zone: record.breaches[0] })) ||
    (failedDune && headline("dune_failed", { zone: failedDune.id })) ||
    (inDebt && headline("debt", { role: inDebt.id })) ||
    (record.homesRelocated > 0 && headline("relocated", { count: record.homesRelocated })) ||
    (record.homesBuilt > 0 && state.homesBuiltZone && headline("homes_built", { count: record.homesBuilt, zone: state.homesBuiltZone })) ||
    ([...state.roles.values()].some((r) => r.taxLevied) && headline("tax")) ||
    (done.length > 0 && headline("project_done", { action: done[0].action, zone: done[0].zone })) ||
    (record.projectsLapsed.length > 0 && headline("projects_lapsed", { count: record.projectsLapsed.length })) ||
    headline("rise", { cm: Math.round(record.rise * 100) })
  );
}

/** Two or three lines of the local newspaper: what the sea did, the event, one more fact. */
function headlines(state: CoastState, ctx: Ctx, record: RoundRecord): Headline[] {
  return [leadStory(state, ctx, record), ...(record.event ? [headline("event", { event: record.event })] : []), sideStory(state, record)];
}

// --- the phases ---------------------------------------------------------------------------------

export const phases: Record<string, Phase> = {
  event: {
    commands: ["event.choose", "event.skip", "storm.add", "assign", "role.pick", ...MONEY, ...CHAT],
    endsWhenAllDone: true,
    timerSeconds: (s) => seconds(s.eventSeconds),
    enter: startRound,
    exit: applyRoundEvent,
    next: () => "negotiation",
  },
  negotiation: {
    commands: ["propose", "pledge", "withdraw", "approve", "refuse", "state.approve", "state.refuse", "appeal", "react", "tax.levy", "zoning.set", "homes.place", ...MONEY, ...CHAT],
    endsWhenAllDone: true,
    timerSeconds: (s) => seconds(s.negotiationSeconds),
    next: () => "decision",
  },
  decision: {
    commands: [],
    enter: decide,
    isOver: () => true,
    next: () => "sea",
  },
  sea: {
    commands: CHAT,
    endsWhenAllDone: true,
    timerSeconds: (s) => seconds(s.seaSeconds),
    enter: runRoundSea,
    next: () => "report",
  },
  report: {
    commands: CHAT,
    endsWhenAllDone: true,
    timerSeconds: (s) => seconds(s.reportSeconds),
    enter: closeRound,
    next: (state, ctx) => (state.round < ctx.content.territory.rounds ? "event" : null),
  },
};

export const firstPhase = () => "event";
