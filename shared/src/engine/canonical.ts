import { Schema } from "@colyseus/schema";
import { BaseState, PhaseTimer, Seat, VOLATILE_FIELDS } from "../state.ts";

/**
 * The state as plain data with sorted keys, minus connection flags and clocks: two sessions
 * that played the same inputs give the same string, whatever their connections did.
 */
export function canonicalJson(state: Schema): string {
  return JSON.stringify(sortKeys(stripVolatile(state.toJSON(), state)));
}

function volatileOf(value: unknown): readonly string[] {
  if (value instanceof Seat) return VOLATILE_FIELDS.Seat;
  if (value instanceof PhaseTimer) return VOLATILE_FIELDS.PhaseTimer;
  if (value instanceof BaseState) return VOLATILE_FIELDS.BaseState;
  return [];
}

function stripVolatile(json: any, instance: any): any {
  if (json === null || typeof json !== "object" || instance === null || typeof instance !== "object") return json;
  const out: any = Array.isArray(json) ? [] : {};
  const drop = volatileOf(instance);
  const entries: [string, unknown][] = Array.isArray(json) ? json.map((v, i) => [String(i), v]) : Object.entries(json);
  for (const [key, value] of entries) {
    if (drop.includes(key)) continue;
    const child = typeof instance.get === "function" && !(instance instanceof Schema) ? instance.get(Array.isArray(json) ? Number(key) : key) : instance[key];
    out[key] = stripVolatile(value, child);
  }
  return out;
}

function sortKeys(value: any): any {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
}
