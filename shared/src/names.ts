/** Friendly names for visitors who do not type: shore birds and sea creatures. */
export const FRIENDLY_NAMES = [
  "Mouette", "Goéland", "Sterne", "Huîtrier", "Aigrette", "Héron", "Tadorne", "Avocette",
  "Courlis", "Bécasseau", "Macareux", "Cormoran", "Pluvier", "Grèbe", "Phoque", "Dauphin",
  "Crabe", "Bigorneau", "Hippocampe", "Loutre", "Seiche", "Étoile de mer", "Anémone", "Oursin",
] as const;

/** A name not yet taken at the table, picked with the given random number in [0, 1). */
export function friendlyName(taken: Iterable<string>, random: number): string {
  const used = new Set(taken);
  const free = FRIENDLY_NAMES.filter((name) => !used.has(name));
  const pool = free.length > 0 ? free : FRIENDLY_NAMES;
  return pool[Math.floor(random * pool.length) % pool.length];
}
