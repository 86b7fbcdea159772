import { DEFAULT_LOCALE } from "@sgp/shared";
import { setLocale } from "../i18n/index.ts";

/** Nothing of the previous visitor stays on the tablet: seat tokens, language, anything kept by the pages. */
export function forgetVisitor(): void {
  setLocale(DEFAULT_LOCALE);
  sessionStorage.clear();
  localStorage.clear();
}
