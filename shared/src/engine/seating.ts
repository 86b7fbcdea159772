/** Seat colours, distinct and dark enough for white text (WCAG AA). Shown with the name, never alone. */
export const SEAT_COLORS: readonly string[] = ["#1d5fa8", "#b3261e", "#2e7d32", "#7b3fa0", "#a35200", "#00707a", "#8a3b5c", "#4d5b1f"];

/** Names of bots: first names used in French and English alike. */
export const BOT_NAMES = ["Alex", "Camille", "Sacha", "Dominique", "Charlie", "Lou", "Noa", "Claude", "Andrea", "Eden"] as const;

/** The first bot name nobody at the table has; numbered once every name is taken. */
export function freeBotName(taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.trim().toLocaleLowerCase("fr")));
  for (let round = 1; ; round++) {
    const name = BOT_NAMES.map((base) => (round === 1 ? base : `${base} ${round}`)).find((candidate) => !used.has(candidate.toLocaleLowerCase("fr")));
    if (name) return name;
  }
}
