/** Deeper than this, a message is refused rather than walked (a stack is not an input). */
const MAX_DEPTH = 32;

export type PlainJson = { ok: true; value: unknown; json: string; bytes: number } | { ok: false };

/**
 * A decoded message as plain JSON, or a refusal when it holds anything JSON would change or
 * drop: Date, BigInt, Map, Set, binary, undefined, non-finite numbers, class instances. The
 * value returned is the JSON text parsed back, so what is validated is byte for byte what is
 * logged and replayed.
 */
export function toPlainJson(value: unknown): PlainJson {
  if (!isPlain(value, 0)) return { ok: false };
  const json = JSON.stringify(value);
  return { ok: true, value: JSON.parse(json), json, bytes: Buffer.byteLength(json) };
}

function isPlain(value: unknown, depth: number): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object" || depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && value.every((item) => isPlain(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Reflect.ownKeys(value).every((key) => typeof key === "string" && isPlain((value as Record<string, unknown>)[key], depth + 1));
}
