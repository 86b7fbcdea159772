import type { GameClient } from "./contract.ts";

declare const __SGP_TEST_GAME__: boolean;

type Loader = () => Promise<{ default: GameClient }>;

/** `games/<id>/client/index.ts`: the folder is the game's id. */
const shipped = import.meta.glob<{ default: GameClient }>("../../../games/*/client/index.ts");
/** `tests/fixtures/<id>-game/client.ts`, only in test builds. */
const fixtures: Record<string, Loader> = __SGP_TEST_GAME__ ? import.meta.glob<{ default: GameClient }>("../../../tests/fixtures/*/client.ts") : {};

function byId(modules: Record<string, Loader>, idOf: (path: string) => string): Map<string, Loader> {
  return new Map(Object.entries(modules).map(([path, load]) => [idOf(path), load]));
}

const loaders = new Map([
  ...byId(shipped, (path) => path.split("/").at(-3)!),
  ...byId(fixtures, (path) => path.split("/").at(-2)!.replace(/-game$/, "")),
]);

/** The client of a game, loaded on demand; null when the game has none. */
export async function loadGameClient(id: string): Promise<GameClient | null> {
  const load = loaders.get(id);
  if (!load) return null;
  const client = (await load()).default;
  if (client.id !== id) throw new Error(`game client at ${id} says it is ${client.id}`);
  return client;
}
