import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readContentFile } from "../content/catalogue.ts";
import { contentJsonSchema, schemaFileName } from "../content/json-schema.ts";
import { loadConfig } from "../config.ts";
import { loadGames } from "../games.ts";

const USAGE = `npm run decks -- schema             write docs/schemas/*.schema.json from the games' content schemas
npm run decks -- check <file...>     check decks and scenarios; exit 0 when every file is valid, 1 otherwise`;

/** The content tool for designers: the JSON Schemas for editors, and the validator. */
async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  const registered = await loadGames(loadConfig().extraGameModules);
  const games = new Map(registered.map((g) => [g.definition.id, g.definition]));
  if (command === "schema") {
    mkdirSync("docs/schemas", { recursive: true });
    for (const definition of games.values()) {
      const path = join("docs/schemas", schemaFileName(definition));
      writeFileSync(path, JSON.stringify(contentJsonSchema(definition), null, 2) + "\n");
      console.log(`${path} written`);
    }
    return 0;
  }
  if (command === "check" && files.length > 0) {
    let failed = false;
    for (const file of files) {
      const result = readContentFile(file, file, games);
      const problems = result.ok ? result.warnings : result.problems;
      for (const p of problems) console.log(`${p.file}: ${p.path}: ${p.severity === "error" ? "erreur / error" : "avertissement / warning"}: ${p.message.fr} / ${p.message.en}`);
      if (!result.ok) failed = true;
      else console.log(`${file}: OK${problems.length ? ` (${problems.length} avertissement(s) / warning(s))` : ""}`);
    }
    return failed ? 1 : 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
