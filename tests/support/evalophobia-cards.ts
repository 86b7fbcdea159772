import { readFileSync } from "node:fs";

/** Evalophobia's default deck, as the tests play it. */
export const deck = JSON.parse(readFileSync("games/evalophobia/content/default.json", "utf8"));
export const allIds: string[] = [...deck.reasons, ...deck.levers].map((card: { id: string }) => card.id);

/** Ids that are not part of another id, so that finding their bytes in a frame means the card itself. */
export const distinctive = (id: string) => !allIds.some((other) => other !== id && other.includes(id));
