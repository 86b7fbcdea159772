import type { Params } from "@sgp/shared";
import { addMessages, text } from "../i18n/index.ts";
import { kioskMessages, type KioskKey } from "./messages.ts";

addMessages(kioskMessages);

/** A kiosk string in the current language. */
export function kt(key: KioskKey, params?: Params): string {
  return text(key, params);
}
