import type { Params } from "@sgp/shared";
import { addMessages, text } from "../i18n/index.ts";
import { facilitatorMessages, type FacilitatorKey } from "./catalogue.ts";

addMessages(facilitatorMessages);

/** A string of the facilitator's pages in the current language. */
export function m(key: FacilitatorKey, params?: Params): string {
  return text(key, params);
}

/** A name the catalogue may know (a phase, a setting): its text, else the name itself. */
export function known(prefix: string, name: string): string {
  return text(`${prefix}${name}`);
}
