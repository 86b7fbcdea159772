import type { PhaseDefinition } from "@sgp/shared";
import type { Scenario } from "./content.ts";
import { applyAction, applyEvent, eventSetsWeather } from "./effects.ts";
import { floodedUnder, runSea, toCm, type SeaResult, type ZoneExplanation } from "./model.ts";
import { checkObjectives, measure, resilienceIndex } from "./objectives.ts";
import { isOpen, modelZones, pledged, returnPledges, roleWithPower, scenarioIndex, writeZone, type Ctx, type Settings } from "./rules.ts";
import { Headline, RoundRecord, type CoastProject, type CoastState } from "./state.ts";

type Phase = PhaseDefinition<CoastState, Scenario, Settings>;

const CHAT = ["chat"];
const MONEY = ["grant", "withdraw.money"];
const seconds = (value: number) => (value > 0 ? value : null);

// --- event ------------------------------------------------------------------------------------

/** A weighted draw without replacement; the pile refills once every card has come out. */
export function drawEvent(state: CoastState, ctx: Ctx): string {
  if (state.eventPile.length === 0) state.eventPile.push(...ctx.content.events.filter((e) => e.weight > 0).map((e) => e.id));
  const events = scenarioIndex(ctx.content).events;
  const pile = [...state.eventPile];
  const total = pile.reduce((sum, id) => sum + events.get(id)!.weight, 0);
  let ticket = ctx.rng.next() * total;
  const index = Math.max(0, pile.findIndex((id) => (ticket -= events.get(id)!.weight) < 0));
  state.eventPile.splice(index, 1);
  return pile[index];
}

function startRound(state: CoastState, ctx: Ctx): void {
  state.round++;
  for (const def of ctx.content.roles) {
    const role = state.roles.get(def.id)!;
    role.budget += def.budgetPerRound;
    role.weakened = false;
    role.appealsThisRound = 0;
    role.proposalsThisRound = 0;
  }
  state.surge = 0;
  state.springTide = 0;
  state.stormAdded = 0;
  state.fund = 0;
  state.fundActions.clear();
  state.homesBuiltThisRound = 0;
  state.event = drawEvent(state, ctx);
  state.eventDrawn = state.event;
  state.eventSource = "deck";
}

/** The card is applied once the table has seen it (and the facilitator had a chance to change it). */
function applyRoundEvent(state: CoastState, ctx: Ctx): void {
  if (state.event) applyEvent(state, ctx.content, state.event);
  if (!state.event || !eventSetsWeather(ctx.content, state.event)) state.surge = toCm(state.surge + ctx.rng.next() * ctx.settings.baseSurgeMax);
  state.surge = toCm(state.surge + state.stormAdded);
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
  applyAction(state, ctx.content, scenarioIndex(ctx.content).actions.get(project.action)!, project.zone);
}

/** With no seat holding the State, a regulated project goes ahead unless the facilitator refused it. */
function cleared(state: CoastState, ctx: Ctx, project: CoastProject): boolean {
  if (!project.needsApproval || project.approved) return true;
  const approver = roleWithPower(ctx.content, "approve");
  return !approver || !state.roles.get(approver.id)!.seat;
}

function fundFor(state: CoastState, project: CoastProject): number {
  const eligible = state.fundActions.length === 0 || state.fundActions.includes(project.action);
  return eligible ? Math.min(state.fund, Math.max(0, project.cost - pledged(project))) : 0;
}

function start(state: CoastState, ctx: Ctx, project: CoastProject): void {
  project.fundUsed = fundFor(state, project);
  state.fund -= project.fundUsed;
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
    } else if (cleared(state, ctx, project) && pledged(project) + fundFor(state, project) >= project.cost) {
      start(state, ctx, project);
    } else {
      lapse(state, project);
    }
  }
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

function storeSea(state: CoastState, ctx: Ctx, result: SeaResult): void {
  const sea = ctx.content.sea;
  const wave = waves(result.explanations);
  const exposed = new Set(floodedUnder(result.zones, sea, sea.highTide + state.rise, sea.referenceSurge).map((z) => z.id));
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
      duneFailed: eroded?.duneFailed ?? false,
      exposed: exposed.has(after.id),
    });
  });
}

function runRoundSea(state: CoastState, ctx: Ctx): void {
  const { sea, territory } = ctx.content;
  const rise = sea.riseByRound[state.round - 1] ?? sea.riseByRound.at(-1) ?? 0;
  state.rise = toCm(state.rise + rise + state.extraRise);
  const result = runSea(
    modelZones(state.zones, ctx.content),
    sea,
    { years: territory.yearsPerRound, riseSoFar: state.rise, surge: state.surge, springTide: state.springTide, warningFactor: state.warningFactor },
    ctx.rng,
  );
  storeSea(state, ctx, result);
  state.history.push(roundRecord(state, ctx, result));
}

function roundRecord(state: CoastState, ctx: Ctx, result: SeaResult): RoundRecord {
  const zones = [...state.zones.values()];
  const none = { spent: 0, satisfaction: 0 };
  const at = (indicator: "homesExposed" | "jobs" | "homes" | "nature") => measure(indicator, "global", zones, none, 0);
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
    homesFlooded: result.totals.homesFlooded,
    homesExposed: at("homesExposed"),
    damage: result.totals.damage,
    jobs: at("jobs"),
    homes: at("homes"),
    nature: at("nature"),
    budgetSpent: projects.filter((p) => p.startedRound === state.round).reduce((sum, p) => sum + pledged(p), 0),
    homesBuilt: state.homesBuiltThisRound,
  });
  record.floodedZones.push(...result.explanations.filter((e) => e.flooded).map((e) => e.zoneId));
  record.breaches.push(...result.explanations.filter((e) => e.breached).map((e) => e.zoneId));
  record.projectsStarted.push(...ids((p) => p.startedRound === state.round));
  record.projectsDone.push(...ids((p) => p.doneRound === state.round));
  record.projectsLapsed.push(...ids((p) => p.status === "lapsed" && p.closedRound === state.round));
  return record;
}

// --- report -----------------------------------------------------------------------------------------

function closeRound(state: CoastState, ctx: Ctx): void {
  const record = state.history.at(-1)!;
  const zones = [...state.zones.values()];
  const roles = [...state.roles.values()];
  const resilienceNow = () =>
    resilienceIndex(ctx.content, {
      zones,
      spentSoFar: roles.reduce((sum, r) => sum + r.spent, 0),
      givenSoFar: ctx.content.roles.reduce((sum, r) => sum + r.budgetPerRound, 0) * state.round,
      satisfactions: roles.map((r) => r.satisfaction),
    });
  checkObjectives(state, ctx.content, { zones, resilience: resilienceNow(), startSatisfaction: ctx.settings.startSatisfaction });
  record.resilience = resilienceNow();
  for (const role of roles) record.satisfaction.set(role.id, role.satisfaction);
  record.headlines.push(...headlines(state, record));
}

function headline(id: string, params: Record<string, string | number> = {}): Headline {
  const h = new Headline({ id });
  for (const [key, value] of Object.entries(params)) h.params.set(key, String(value));
  return h;
}

/** Two or three lines of the local newspaper: the event, the flood (or the dry feet), one more fact. */
function headlines(state: CoastState, record: RoundRecord): Headline[] {
  const lines: Headline[] = [];
  if (record.event) lines.push(headline("event", { event: record.event }));
  const flooded = [...state.zones.values()].filter((z) => z.flooded && z.homesFlooded > 0).sort((a, b) => b.homesFlooded - a.homesFlooded);
  if (record.homesFlooded > 0) lines.push(headline("flood", { homes: record.homesFlooded, zone: flooded[0]?.id ?? "", zones: record.floodedZones.length }));
  else lines.push(headline("dry", { level: record.waterLevel.toFixed(2) }));
  const failedDune = [...state.zones.values()].find((z) => z.duneFailed);
  const done = record.projectsDone.map((id) => state.projects.get(id)!);
  const extra =
    (record.breaches.length > 0 && headline("breach", { zone: record.breaches[0] })) ||
    (failedDune && headline("dune_failed", { zone: failedDune.id })) ||
    (done.length > 0 && headline("project_done", { action: done[0].action, zone: done[0].zone, count: done.length })) ||
    (record.projectsLapsed.length > 0 && headline("projects_lapsed", { count: record.projectsLapsed.length })) ||
    (record.homesBuilt > 0 && headline("homes_built", { homes: record.homesBuilt })) ||
    headline("rise", { cm: Math.round(record.rise * 100) });
  lines.push(extra);
  return lines;
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
    commands: ["propose", "pledge", "withdraw", "approve", "refuse", "state.approve", "state.refuse", "appeal", "react", ...MONEY, ...CHAT],
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
