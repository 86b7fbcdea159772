import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ContentCatalogue } from "../content/catalogue.ts";
import { contentJsonSchema, schemaFileName } from "../content/json-schema.ts";
import { loadConfig } from "../config.ts";
import { loadGames } from "../games.ts";

const USAGE = `npm run decks -- schema             write docs/schemas/*.schema.json from the games' content schemas
npm run decks -- check <file...>     check decks and scenarios as the server would, ids unique across its whole catalogue
                                     included; exit 0 when every file is valid, 1 otherwise`;

function warningCount(count: number): string {
  const fr = new Intl.PluralRules("fr").select(count) === "one" ? "avertissement" : "avertissements";
  const en = new Intl.PluralRules("en").select(count) === "one" ? "warning" : "warnings";
  return `${count.toLocaleString("fr-FR")} ${fr} / ${count.toLocaleString("en-GB")} ${en}`;
}

/** The content tool for designers: the JSON Schemas for editors, and the validator. */
async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  const config = loadConfig();
  const registered = await loadGames(config.extraGameModules);
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
    // Exactly what the server would do with these files beside its own: ids unique across the catalogue.
    const catalogue = new ContentCatalogue(registered, config.contentDir, () => undefined, config.MAX_CONTENT_BYTES);
    let failed = false;
    for (const { file, ok, problems } of catalogue.check(files)) {
      for (const p of problems) console.log(`${p.file}: ${p.path}: ${p.severity === "error" ? "erreur / error" : "avertissement / warning"}: ${p.message.fr} / ${p.message.en}`);
      if (!ok) failed = true;
      else console.log(`${file}: OK${problems.length ? ` (${warningCount(problems.length)})` : ""}`);
    }
    return failed ? 1 : 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
