import { z } from "zod";
import { contentEnvelopeSchema, jsonPath, type ContentProblem, type GameDefinition } from "@sgp/shared";

const frenchErrors = z.locales.fr().localeError;
const englishErrors = z.locales.en().localeError;

export type Validation = { ok: true; data: any; warnings: ContentProblem[] } | { ok: false; problems: ContentProblem[] };

/** Checks one content file against its game: the schema first, then the game's semantic checks. */
export function validateContent(file: string, raw: unknown, games: ReadonlyMap<string, GameDefinition>): Validation {
  const envelope = contentEnvelopeSchema.safeParse(raw, { error: englishErrors });
  if (!envelope.success) return { ok: false, problems: zodProblems(file, contentEnvelopeSchema, raw) };
  const definition = games.get(envelope.data.game);
  if (!definition) {
    return {
      ok: false,
      problems: [
        {
          file,
          path: "$.game",
          severity: "error",
          code: "content.unknown_game",
          message: { fr: `Jeu inconnu : « ${envelope.data.game} ».`, en: `Unknown game: "${envelope.data.game}".` },
        },
      ],
    };
  }
  const parsed = definition.content.schema.safeParse(raw, { error: englishErrors });
  if (!parsed.success) return { ok: false, problems: zodProblems(file, definition.content.schema, raw) };
  const problems = (definition.content.check?.(parsed.data) ?? []).map((issue) => ({ file, ...issue }));
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, data: parsed.data, warnings: problems };
}

function zodProblems(file: string, schema: z.ZodType, raw: unknown): ContentProblem[] {
  const english = schema.safeParse(raw, { error: englishErrors });
  const french = schema.safeParse(raw, { error: frenchErrors });
  const enIssues = english.success ? [] : english.error.issues;
  const frIssues = french.success ? [] : french.error.issues;
  return enIssues.map((issue, i) => ({
    file,
    path: jsonPath(issue.path),
    severity: "error" as const,
    code: `schema.${issue.code}`,
    message: { fr: frIssues[i]?.message ?? issue.message, en: issue.message },
  }));
}

export function formatProblem(problem: ContentProblem, locale: "fr" | "en" = "fr"): string {
  return `${problem.file}: ${problem.path}: ${problem.severity}: ${problem.message[locale]}`;
}
