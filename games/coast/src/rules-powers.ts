import { isRuleError, ruleError, type RuleError } from "@sgp/shared";
import { z } from "zod";
import type { Power } from "./content.ts";
import { buildHomes, changeSatisfaction, housingSites } from "./effects.ts";
import { idSchema, roleOfSeat, scenarioIndex, type Command, type Ctx } from "./rules.ts";
import { markExposure } from "./rounds.ts";
import type { CoastRole, CoastState } from "./state.ts";

/** The role of a seat that holds a power, or why it may not act. */
export function powerHolder(state: CoastState, ctx: Ctx, seatId: string, power: Power): CoastRole | RuleError {
  const role = roleOfSeat(state, seatId);
  if (isRuleError(role)) return role;
  return scenarioIndex(ctx.content).roles.get(role.id)?.power === power ? role : ruleError("coast.no_power");
}

/** The flood-defence tax (GEMAPI): money for defences this round, at a cost in satisfaction. */
export const levyTax: Command<Record<string, never>> = {
  payload: z.object({}).strict(),
  apply(state, ctx, seatId) {
    const role = powerHolder(state, ctx, seatId, "tax");
    if (isRuleError(role)) return role;
    if (role.taxLevied) return ruleError("coast.tax_already_levied");
    const terms = ctx.content.powers.tax;
    role.taxLevied = true;
    role.budget += terms.amount;
    changeSatisfaction(state, role.id, terms.satisfaction);
  },
};

/** Zoning: the mayor closes a zone to building, or opens it again (never inside the 30-year erosion band). */
export const setZoning: Command<{ zone: string; open: boolean }> = {
  payload: z.object({ zone: idSchema, open: z.boolean() }).strict(),
  apply(state, ctx, seatId, { zone: id, open }) {
    const role = powerHolder(state, ctx, seatId, "zoning");
    if (isRuleError(role)) return role;
    const zone = state.zones.get(id);
    const def = scenarioIndex(ctx.content).zones.get(id);
    if (!zone || !def) return ruleError("coast.unknown_zone", { zone: id });
    if (open === !zone.buildingForbidden) return ruleError(open ? "coast.zone_already_open" : "coast.zone_already_closed");
    if (open && (!def.buildable || zone.kind !== def.kind)) return ruleError("coast.zone_not_buildable");
    if (open && zone.erosionBand === 30) return ruleError("coast.zone_in_erosion_band");
    zone.buildingForbidden = !open;
    changeSatisfaction(state, role.id, ctx.content.powers.zoning.satisfaction);
  },
};

/** Housing pressure: the mayor decides where the waiting homes go, among the open zones the event allows. */
export const placeHomes: Command<{ zone: string }> = {
  payload: z.object({ zone: idSchema }).strict(),
  apply(state, ctx, seatId, { zone: id }) {
    const role = powerHolder(state, ctx, seatId, "zoning");
    if (isRuleError(role)) return role;
    if (state.homesWaiting === 0) return ruleError("coast.no_homes_waiting");
    const zone = housingSites(state, ctx.content).find((z) => z.id === id);
    if (!zone) return ruleError("coast.not_a_housing_site", { zone: id });
    buildHomes(state, zone);
    markExposure(state, ctx);
  },
};
