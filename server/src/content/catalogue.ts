import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ContentProblem, GameDefinition, LocalizedText } from "@sgp/shared";
import type { RegisteredGame } from "../games.ts";
import { formatProblem, validateContent } from "./validate.ts";

export interface LoadedContent {
  game: string;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  file: string;
  data: any;
  warnings: ContentProblem[];
}

export interface ContentCatalogue {
  games: Map<string, GameDefinition>;
  contents: Map<string, Map<string, LoadedContent>>;
  refused: { file: string; problems: ContentProblem[] }[];
}

/** Reads every content file of every game; an invalid file is reported and skipped, never fatal. */
export function loadCatalogue(registered: RegisteredGame[], log: (line: string) => void = console.warn): ContentCatalogue {
  const games = new Map(registered.map((g) => [g.definition.id, g.definition]));
  const contents = new Map<string, Map<string, LoadedContent>>([...games.keys()].map((id) => [id, new Map()]));
  const refused: ContentCatalogue["refused"] = [];
  for (const { contentDirs } of registered) {
    for (const dir of contentDirs) {
      for (const path of jsonFiles(dir)) {
        const file = relative(process.cwd(), path);
        const result = readAndValidate(file, path, games);
        if (!result.ok) {
          refused.push({ file, problems: result.problems });
          result.problems.forEach((p) => log(formatProblem(p)));
          continue;
        }
        const data = result.data;
        const byId = contents.get(data.game)!;
        if (byId.has(data.id)) {
          const problem: ContentProblem = {
            file, path: "$.id", severity: "error", code: "content.duplicate_id",
            message: { fr: `L'identifiant « ${data.id} » est déjà pris par ${byId.get(data.id)!.file}.`, en: `The id "${data.id}" is already used by ${byId.get(data.id)!.file}.` },
          };
          refused.push({ file, problems: [problem] });
          log(formatProblem(problem));
          continue;
        }
        byId.set(data.id, { game: data.game, id: data.id, version: data.version, title: data.title, description: data.description, file, data, warnings: result.warnings });
      }
    }
  }
  return { games, contents, refused };
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith(".json")).sort().map((name) => join(dir, name));
  } catch {
    return [];
  }
}

function readAndValidate(file: string, path: string, games: Map<string, GameDefinition>) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const detail = (error as Error).message;
    return {
      ok: false as const,
      problems: [{ file, path: "$", severity: "error" as const, code: "content.bad_json", message: { fr: `JSON illisible : ${detail}`, en: `Unreadable JSON: ${detail}` } }],
    };
  }
  return validateContent(file, raw, games);
}
