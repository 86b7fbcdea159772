import { z } from "zod";
import { localizedTextSchema } from "./i18n/text.ts";

/** Every content file (deck, scenario) declares which game it is for, its id and version. */
export const contentEnvelopeSchema = z.object({
  $schema: z.string().optional(),
  game: z.string().min(1).max(40),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "lowercase letters, digits and dashes"),
  version: z.number().int().positive(),
  title: localizedTextSchema(80),
  description: localizedTextSchema(600).optional(),
});
export type ContentEnvelope = z.infer<typeof contentEnvelopeSchema>;

/**
 * One problem in a content file. The same shape is used by the server's logs, `GET /api/games`
 * and the validator command. `path` is a JSON path such as `$.reasons[3].category`.
 */
export interface ContentProblem {
  file: string;
  path: string;
  severity: "error" | "warning";
  code: string;
  message: { fr: string; en: string };
}

/** A problem found by a game's semantic checks, before the file name is known. */
export type ContentIssue = Omit<ContentProblem, "file">;

export function jsonPath(path: readonly PropertyKey[]): string {
  return "$" + path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
}

export function issue(
  path: readonly PropertyKey[],
  code: string,
  message: { fr: string; en: string },
  severity: ContentProblem["severity"] = "error",
): ContentIssue {
  return { path: jsonPath(path), code, message, severity };
}

/**
 * An image a card or zone refers to: a file name beside the content file (served with it by
 * GET /api/content/:game/:id/files/:name).
 */
export const contentImageSchema = z.string().regex(/^[\w-]{1,60}\.(png|jpe?g|webp|svg)$/i, "a file name beside the content file: letters, digits, dashes, then .png, .jpg, .webp or .svg");

/** Every image a content file refers to, with its JSON path. */
export function contentImages(value: unknown, path: PropertyKey[] = []): { path: string; name: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => contentImages(item, [...path, i]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "image" && typeof child === "string" ? [{ path: jsonPath([...path, key]), name: child }] : contentImages(child, [...path, key]),
  );
}
