import { ArraySchema, MapSchema, Schema } from "@colyseus/schema";

/**
 * The state as plain data, as a seat with the given visible objects receives it: a hidden
 * (`.view()`) field is kept only on objects in `visible`; in a hidden collection only the
 * visible elements are kept. It mirrors what `StateView` sends, for bots on the server.
 */
export function seatView(value: unknown, visible: ReadonlySet<object>): any {
  if (value instanceof Schema) {
    const metadata = (value.constructor as any)[Symbol.metadata] ?? {};
    const out: Record<string, unknown> = {};
    for (let index = 0; metadata[index] !== undefined; index++) {
      const field = metadata[index] as { name: string; tag?: number };
      const child = (value as any)[field.name];
      if (child === undefined) continue;
      if (field.tag === undefined || visible.has(value)) out[field.name] = seatView(child, visible);
      else if (holdsSchemas(child)) out[field.name] = onlyVisible(child, visible);
    }
    return out;
  }
  if (value instanceof MapSchema) {
    return Object.fromEntries([...value.entries()].map(([k, v]) => [k, seatView(v, visible)]));
  }
  if (value instanceof ArraySchema) return [...value].map((v) => seatView(v, visible));
  return value;
}

function holdsSchemas(value: unknown): value is MapSchema<any> | ArraySchema<any> {
  return (value instanceof MapSchema || value instanceof ArraySchema) && [...value.values()].some((v) => v instanceof Schema);
}

function onlyVisible(collection: MapSchema<any> | ArraySchema<any>, visible: ReadonlySet<object>): unknown {
  if (collection instanceof MapSchema) {
    return Object.fromEntries([...collection.entries()].filter(([, v]) => visible.has(v)).map(([k, v]) => [k, seatView(v, visible)]));
  }
  return [...collection].filter((v) => visible.has(v)).map((v) => seatView(v, visible));
}
