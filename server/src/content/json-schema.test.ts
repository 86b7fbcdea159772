import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { loadGames } from "../games.ts";
import { contentJsonSchema, schemaFileName } from "./json-schema.ts";

const games = await loadGames([]);
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("generated JSON Schemas", () => {
  for (const { definition, contentDirs } of games) {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(contentJsonSchema(definition));

    it(`${definition.id}: is the one committed in docs/schemas (run npm run decks -- schema)`, () => {
      expect(readJson(join("docs/schemas", schemaFileName(definition)))).toEqual(JSON.parse(JSON.stringify(contentJsonSchema(definition))));
    });

    it(`${definition.id}: accepts every shipped file, each of which points at it`, () => {
      const files = contentDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => join(dir, f)));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const data = readJson(file);
        expect(validate(data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
        expect(data.$schema).toBe(`../../../docs/schemas/${schemaFileName(definition)}`);
      }
    });
  }

  it("rejects a structurally broken deck", () => {
    const evalophobia = games.find((g) => g.definition.id === "evalophobia")!.definition;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(contentJsonSchema(evalophobia));
    expect(validate(readJson("games/evalophobia/test-fixtures/broken-structure.json"))).toBe(false);
    expect(validate({ game: "evalophobia", id: "x", version: 1, title: "X", categories: [], reasons: [], levers: [] })).toBe(false);
  });
});
