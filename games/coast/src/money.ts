import type { Scenario } from "./content.ts";
import { changeSatisfaction } from "./effects.ts";
import type { SeaResult } from "./model.ts";
import { pledged, scenarioIndex } from "./rules.ts";
import type { CoastProject, CoastState } from "./state.ts";

/**
 * Money that follows damage. Cat-Nat insurance pays its share of flood damage and nothing for
 * erosion; the rest falls on the scenario's payers, whose budgets may go below zero. The
 * natural-risks fund helps pay approved projects on threatened zones. Money spent on what the
 * sea then made useless is counted as wasted.
 */

const round = (value: number) => Math.round(value);

/** The project's zone is threatened: exposed to the reference storm, or in an erosion band. */
function threatened(state: CoastState, zoneId: string): boolean {
  const zone = state.zones.get(zoneId);
  return !!zone && (zone.exposure > 0 || zone.erosionBand > 0);
}

/** What the round's funding call and the natural-risks fund would pay towards a project now. */
export function fundsFor(
  state: Pick<CoastState, "fund" | "fundActions" | "riskFund" | "zones">,
  scenario: Scenario,
  project: Pick<CoastProject, "action" | "cost" | "zone" | "approved"> & Parameters<typeof pledged>[0],
): { call: number; riskFund: number; total: number } {
  const missing = Math.max(0, project.cost - pledged(project));
  const callEligible = state.fundActions.length === 0 || [...state.fundActions].includes(project.action);
  const call = callEligible ? Math.min(state.fund, missing) : 0;
  const terms = scenario.money.riskFund;
  const fundEligible = !!terms && terms.actionIds.includes(project.action) && project.approved && threatened(state as CoastState, project.zone);
  const riskFund = fundEligible ? Math.min(state.riskFund, round(terms.share * project.cost), missing - call) : 0;
  return { call, riskFund, total: call + riskFund };
}

/** Charges the round's uninsured flood damage and erosion losses to the payers. */
export function chargeLosses(state: CoastState, scenario: Scenario, result: SeaResult): { insured: number; uninsured: number } {
  const { money } = scenario;
  const insured = round(result.totals.damage * money.catNatShare);
  const erosionLoss = result.totals.homesLost * money.lossPerHome + result.totals.jobsLost * money.lossPerJob;
  const uninsured = result.totals.damage - insured + erosionLoss;
  for (const [roleId, share] of Object.entries(money.uninsuredPayers)) {
    const role = state.roles.get(roleId);
    if (!role) continue;
    const bill = round(uninsured * share);
    role.budget -= bill;
    role.damagePaid += bill;
  }
  return { insured, uninsured };
}

/** A role below zero at the end of a round loses satisfaction. */
export function payDebts(state: CoastState, scenario: Scenario): void {
  for (const role of state.roles.values()) if (role.budget < 0) changeSatisfaction(state, role.id, scenario.money.debtSatisfaction);
}

const MOVES_OUT = new Set(["relocateHomes", "relocateJobs", "marshRestore"]);

/**
 * Money spent on projects the sea made useless: works on a zone whose buildings erosion then
 * took (moving people out of it was not wasted).
 */
export function moneyWasted(state: CoastState, scenario: Scenario): number {
  const actions = scenarioIndex(scenario).actions;
  const useless = (p: CoastProject) => {
    const zone = state.zones.get(p.zone);
    if (p.status !== "done" || !zone || zone.homesLost + zone.jobsLost === 0) return false;
    return !actions.get(p.action)!.effects.some((e) => MOVES_OUT.has(e.type));
  };
  return [...state.projects.values()].filter(useless).reduce((sum, p) => sum + pledged(p) + p.fundUsed, 0);
}
