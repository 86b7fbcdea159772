import { z } from "zod";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const localeSchema = z.enum(LOCALES);

/** A text written by people: one plain string (French), or one string per locale. */
export type LocalizedText = string | { fr: string; en?: string };

export function localizedTextSchema(maxLength = 2000) {
  return z.union([
    z.string().min(1).max(maxLength),
    z.object({ fr: z.string().min(1).max(maxLength), en: z.string().min(1).max(maxLength).optional() }).strict(),
  ]);
}

export function localize(text: LocalizedText, locale: Locale): string {
  if (typeof text === "string") return text;
  return (locale === "en" ? text.en : undefined) ?? text.fr;
}

export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders with the given parameters. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
