import type { Params } from "@sgp/shared";
import { addMessages, text } from "../i18n/index.ts";
import { previewMessages, type PreviewKey } from "./messages.ts";

addMessages(previewMessages);

/** One of the preview page's strings, in the current language. */
export function pt(key: PreviewKey, params?: Params): string {
  return text(key, params);
}
