import { isRuleError, ruleError, type RuleError } from "@sgp/shared";
import { z } from "zod";
import { actionMatters, destinations, movesPeople, relocationKind } from "./effects.ts";
import { powerHolder } from "./rules-powers.ts";
import { idSchema, isOpen, pledged, projectOf, returnPledges, roleOfSeat, roleWithPower, scenarioIndex, type Command, type Ctx } from "./rules.ts";
import { ChatLine, CoastProject, REACTIONS, type CoastProject as Project, type CoastRole, type CoastState } from "./state.ts";

export const CHAT_MAX = 140;
const CHAT_KEEP = 200;
const projectPayload = z.object({ project: idSchema }).strict();

function openProject(state: CoastState, id: string): Project | RuleError {
  const project = projectOf(state, id);
  if (isRuleError(project)) return project;
  return isOpen(project) ? project : ruleError("coast.project_closed");
}

/** What the table could put into a project: the roles' budgets above zero, the funding call, the natural-risks fund. */
export function moneyOnTheTable(state: Pick<CoastState, "roles" | "fund" | "riskFund">): number {
  return [...state.roles.values()].reduce((sum, r) => sum + Math.max(0, r.budget), 0) + state.fund + state.riskFund;
}

export const propose: Command<{ action: string; zone: string; to?: string }> = {
  payload: z.object({ action: idSchema, zone: idSchema, to: idSchema.optional() }).strict(),
  apply(state, ctx, seatId, payload) {
    const role = roleOfSeat(state, seatId);
    if (isRuleError(role)) return role;
    const action = scenarioIndex(ctx.content).actions.get(payload.action);
    if (!action) return ruleError("coast.unknown_action", { action: payload.action });
    const zone = state.zones.get(payload.zone);
    if (!zone) return ruleError("coast.unknown_zone", { zone: payload.zone });
    if (!action.proposers.includes(role.id)) return ruleError("coast.not_proposer");
    if (!(action.zoneKinds as string[]).includes(zone.kind)) return ruleError("coast.wrong_zone");
    if (role.proposalsThisRound >= ctx.settings.proposalsPerRound) return ruleError("coast.too_many_proposals", { max: ctx.settings.proposalsPerRound });
    if (role.budget < 0) return ruleError("coast.in_debt", { budget: role.budget });
    if (payload.to !== undefined) {
      if (!movesPeople(action)) return ruleError("coast.no_destination_needed");
      const kind = relocationKind(action);
      if (kind === "outside" || !destinations(state, ctx.content, zone.id, kind).some((z) => z.id === payload.to)) return ruleError("coast.bad_destination", { zone: payload.to });
    }
    const money = moneyOnTheTable(state);
    if (action.cost > money) return ruleError("coast.too_expensive", { cost: action.cost, money });
    if ([...state.projects.values()].some((p) => isOpen(p) && p.action === action.id && p.zone === zone.id)) return ruleError("coast.already_proposed");
    if (!actionMatters(action, zone, state.warningFactor)) return ruleError("coast.pointless");
    state.projectCount++;
    const id = `project-${state.projectCount}`;
    state.projects.set(
      id,
      new CoastProject({ id, action: action.id, zone: zone.id, to: payload.to ?? "", proposer: role.id, seat: seatId, cost: action.cost, needsApproval: action.needsApproval, proposedRound: state.round }),
    );
    role.proposalsThisRound++;
    // A new project on the table: everyone else may look at it again before the negotiation ends.
    for (const seat of state.seats.values()) if (seat.id !== seatId) seat.done = false;
  },
};

export const pledge: Command<{ project: string; amount: number }> = {
  payload: z.object({ project: idSchema, amount: z.number().int().min(1).max(1_000_000) }).strict(),
  apply(state, _ctx, seatId, { project: id, amount }) {
    const role = roleOfSeat(state, seatId);
    if (isRuleError(role)) return role;
    const project = openProject(state, id);
    if (isRuleError(project)) return project;
    if (amount > role.budget) return ruleError("coast.not_enough_budget", { budget: role.budget });
    const missing = project.cost - pledged(project);
    if (amount > missing) return ruleError("coast.over_pledge", { max: missing });
    role.budget -= amount;
    project.pledges.set(role.id, (project.pledges.get(role.id) ?? 0) + amount);
  },
};

/** Takes one's pledge back; the proposer withdrawing drops the whole project. */
export const withdraw: Command<{ project: string }> = {
  payload: projectPayload,
  apply(state, _ctx, seatId, { project: id }) {
    const role = roleOfSeat(state, seatId);
    if (isRuleError(role)) return role;
    const project = openProject(state, id);
    if (isRuleError(project)) return project;
    if (project.proposer === role.id) {
      returnPledges(state, project);
      project.pledges.clear();
      project.status = "lapsed";
      project.closedRound = state.round;
      return;
    }
    const amount = project.pledges.get(role.id);
    if (!amount) return ruleError("coast.nothing_pledged");
    role.budget += amount;
    project.pledges.delete(role.id);
  },
};

function decideApproval(state: CoastState, project: Project | RuleError, approve: boolean): RuleError | void {
  if (isRuleError(project)) return project;
  if (!project.needsApproval) return ruleError("coast.no_approval_needed");
  if (project.approved || project.status === "refused") return ruleError("coast.already_decided");
  if (approve) {
    project.approved = true;
    if (project.status === "proposed") project.status = "approved";
    return;
  }
  returnPledges(state, project);
  project.status = "refused";
  project.closedRound = state.round;
}

const approval = (approve: boolean): Command<{ project: string }> => ({
  payload: projectPayload,
  apply(state, ctx, seatId, { project }) {
    const role = powerHolder(state, ctx, seatId, "approve");
    if (isRuleError(role)) return role;
    return decideApproval(state, openProject(state, project), approve);
  },
});

/** The facilitator stands in for the State when no seat plays it. */
const facilitatorApproval = (approve: boolean): Command<{ project: string }> => ({
  payload: projectPayload,
  by: "facilitator",
  apply(state, ctx, _seat, { project }) {
    const approver = roleWithPower(ctx.content, "approve");
    if (approver && state.roles.get(approver.id)!.seat) return ruleError("coast.state_is_played");
    return decideApproval(state, openProject(state, project), approve);
  },
});

export const approve = approval(true);
export const refuse = approval(false);
export const facilitatorApprove = facilitatorApproval(true);
export const facilitatorRefuse = facilitatorApproval(false);

/** The appeal holds a project back one round: it cannot start at this round's decision. */
export const appeal: Command<{ project: string }> = {
  payload: projectPayload,
  apply(state, ctx, seatId, { project: id }) {
    const role = powerHolder(state, ctx, seatId, "appeal");
    if (isRuleError(role)) return role;
    const project = openProject(state, id);
    if (isRuleError(project)) return project;
    if (project.appealedRound > 0) return ruleError("coast.already_appealed");
    if (role.appealsThisRound >= ctx.settings.appealsPerRound) return ruleError("coast.appeal_limit", { max: ctx.settings.appealsPerRound });
    project.status = "appealed";
    project.appealedRound = state.round;
    role.appealsThisRound++;
  },
};

/** A quick reaction for tablets; the same reaction again takes it back. */
export const react: Command<{ project: string; reaction: (typeof REACTIONS)[number] }> = {
  payload: z.object({ project: idSchema, reaction: z.enum(REACTIONS) }).strict(),
  apply(state, _ctx, seatId, { project: id, reaction }) {
    const project = openProject(state, id);
    if (isRuleError(project)) return project;
    if (project.reactions.get(seatId) === reaction) project.reactions.delete(seatId);
    else project.reactions.set(seatId, reaction);
  },
};

export const chat: Command<{ text: string }> = {
  payload: z.object({ text: z.string().trim().min(1).max(CHAT_MAX) }).strict(),
  apply(state, _ctx, seatId, { text }) {
    state.chatCount++;
    state.chat.push(new ChatLine({ n: state.chatCount, seat: seatId, role: state.seats.get(seatId)?.role ?? "", round: state.round, text }));
    if (state.chat.length > CHAT_KEEP) state.chat.shift();
  },
};
