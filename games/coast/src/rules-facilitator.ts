import { ruleError } from "@sgp/shared";
import { z } from "zod";
import { toCm } from "./model.ts";
import { giveRole, idSchema, scenarioIndex, type Command } from "./rules.ts";
import type { CoastState } from "./state.ts";

const money = z.number().int().min(1).max(100_000);

/** Roles change hands only before the first negotiation. */
const rolesStillOpen = (state: CoastState) => state.round === 1;

export const assign: Command<{ seat: string; role: string }> = {
  payload: z.object({ seat: z.string().min(1).max(16), role: idSchema }).strict(),
  by: "facilitator",
  changesViews: true,
  apply(state, _ctx, _seat, payload) {
    if (!rolesStillOpen(state)) return ruleError("coast.roles_fixed");
    if (!state.seats.has(payload.seat)) return ruleError("coast.unknown_seat", { seat: payload.seat });
    if (!state.roles.has(payload.role)) return ruleError("coast.unknown_role", { role: payload.role });
    giveRole(state, payload.seat, payload.role);
  },
};

/** A player takes a role no one plays, or one a bot holds (the bot takes the player's former role). */
export const pickRole: Command<{ role: string }> = {
  payload: z.object({ role: idSchema }).strict(),
  changesViews: true,
  apply(state, _ctx, seatId, payload) {
    if (!rolesStillOpen(state)) return ruleError("coast.roles_fixed");
    const role = state.roles.get(payload.role);
    if (!role) return ruleError("coast.unknown_role", { role: payload.role });
    const holder = role.seat ? state.seats.get(role.seat) : undefined;
    if (holder?.id === seatId) return ruleError("coast.role_already_yours");
    if (holder && holder.controller !== "bot") return ruleError("coast.role_taken");
    giveRole(state, seatId, payload.role);
  },
};

export const chooseEvent: Command<{ event: string }> = {
  payload: z.object({ event: idSchema }).strict(),
  by: "facilitator",
  apply(state, ctx, _seat, { event }) {
    if (!scenarioIndex(ctx.content).events.has(event)) return ruleError("coast.unknown_event", { event });
    state.event = event;
    state.eventSource = "facilitator";
  },
};

export const skipEvent: Command<Record<string, never>> = {
  payload: z.object({}).strict(),
  by: "facilitator",
  apply(state) {
    state.event = "";
    state.eventSource = "skipped";
  },
};

export const addStorm: Command<{ metres: number }> = {
  payload: z.object({ metres: z.number().min(0.1).max(3) }).strict(),
  by: "facilitator",
  apply(state, _ctx, _seat, { metres }) {
    if (state.stormAdded + metres > 3) return ruleError("coast.storm_limit", { max: 3 });
    state.stormAdded = toCm(state.stormAdded + metres);
  },
};

export const grant: Command<{ role: string; amount: number }> = {
  payload: z.object({ role: idSchema, amount: money }).strict(),
  by: "facilitator",
  apply(state, _ctx, _seat, { role: id, amount }) {
    const role = state.roles.get(id);
    if (!role) return ruleError("coast.unknown_role", { role: id });
    role.budget += amount;
  },
};

export const withdrawMoney: Command<{ role: string; amount: number }> = {
  payload: z.object({ role: idSchema, amount: money }).strict(),
  by: "facilitator",
  apply(state, _ctx, _seat, { role: id, amount }) {
    const role = state.roles.get(id);
    if (!role) return ruleError("coast.unknown_role", { role: id });
    if (amount > role.budget) return ruleError("coast.not_enough_budget", { budget: role.budget });
    role.budget -= amount;
  },
};
