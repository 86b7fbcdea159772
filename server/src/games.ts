import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { GameDefinition } from "@sgp/shared";

export interface RegisteredGame {
  definition: GameDefinition;
  /** Folders whose *.json files are this game's content. */
  contentDirs: string[];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The games shipped with the platform. Adding a game: add its folder in games/ and one line here. */
const SHIPPED: { load: () => Promise<GameDefinition>; folder: string }[] = [
  { load: async () => (await import("@sgp/game-evalophobia")).default, folder: "evalophobia" },
  { load: async () => (await import("@sgp/game-coast")).default, folder: "coast" },
];

/** Registers the shipped games plus extra modules (each exporting its definition as default). */
export async function loadGames(extraModules: string[]): Promise<RegisteredGame[]> {
  const shipped = await Promise.all(
    SHIPPED.map(async ({ load, folder }) => ({ definition: await load(), contentDirs: [join(repoRoot, "games", folder, "content")] })),
  );
  const extra = await Promise.all(
    extraModules.map(async (modulePath) => {
      const module = await import(pathToFileURL(modulePath).href);
      const definition = module.default as GameDefinition;
      if (!definition?.id) throw new Error(`${modulePath} does not export a game definition as default`);
      return { definition, contentDirs: [join(dirname(modulePath), "content")] };
    }),
  );
  return [...shipped, ...extra];
}
