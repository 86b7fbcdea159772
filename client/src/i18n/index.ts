import { DEFAULT_LOCALE, LOCALES, interpolate, localize as localizeText, platformErrors, type Locale, type LocalizedText, type MessageCatalogue, type Params } from "@sgp/shared";
import { en } from "./en.ts";
import { fr, type MessageKey } from "./fr.ts";

export type { MessageKey };

const shell: Record<Locale, Record<MessageKey, string>> = { fr, en };
const STORAGE_KEY = "sgp.locale";

/** Catalogues added at run time (a game's own strings and error codes), searched first. */
const extra: MessageCatalogue[] = [];
const listeners = new Set<(locale: Locale) => void>();

function storedLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(stored ?? "") ? (stored as Locale) : DEFAULT_LOCALE;
}

let current: Locale = storedLocale();

export function locale(): Locale {
  return current;
}

export function setLocale(next: Locale): void {
  if (next === current) return;
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const listener of listeners) listener(next);
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shell's strings. */
export function t(key: MessageKey, params?: Params): string {
  return interpolate(shell[current][key], params);
}

/** Any string: a game's own keys first, then the shell's; the key itself when unknown. */
export function text(key: string, params?: Params): string {
  for (const catalogue of extra) {
    const template = catalogue[current]?.[key];
    if (template) return interpolate(template, params);
  }
  return key in shell[current] ? t(key as MessageKey, params) : key;
}

export function addMessages(catalogue: MessageCatalogue): void {
  if (!extra.includes(catalogue)) extra.unshift(catalogue);
}

/** An error code in the current locale; the server's own message when no catalogue knows it. */
export function errorText(code: string, params: Params = {}, serverMessage?: string): string {
  for (const catalogue of [...extra, platformErrors]) {
    const template = catalogue[current]?.[code];
    if (template) return interpolate(template, params);
  }
  return serverMessage ?? interpolate(platformErrors[current].internal);
}

export function localize(value: LocalizedText): string {
  return localizeText(value, current);
}

document.documentElement.lang = current;
