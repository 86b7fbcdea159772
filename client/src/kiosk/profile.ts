import { FRIENDLY_NAMES, SEAT_COLORS } from "@sgp/shared";

/** The option after `current` in the list that nobody else holds (the next one at all when every one is held). */
export function nextChoice<T>(options: readonly T[], current: T, taken: Iterable<T>): T {
  const held = new Set(taken);
  const start = options.indexOf(current);
  for (let step = 1; step <= options.length; step++) {
    const candidate = options[(start + step) % options.length];
    if (!held.has(candidate) || candidate === current) return candidate;
  }
  return options[(start + 1) % options.length];
}

/** The visitor's next friendly name, not taken by anyone else at the table. */
export function nextName(current: string, others: Iterable<string>): string {
  return nextChoice<string>(FRIENDLY_NAMES, current, others);
}

/** The visitor's next colour, not worn by anyone else at the table when one is free. */
export function nextColor(current: string, others: Iterable<string>): string {
  return nextChoice(SEAT_COLORS, current, others);
}
