/**
 * The value a record holds under a name that came from outside (a client, a file), or undefined.
 * Only own properties count: `__proto__`, `constructor` or `toString` are names like any other,
 * never a way into Object.prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}
