import { describe, expect, it } from "vitest";
import { platformErrors, type MessageCatalogue } from "@sgp/shared";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

function expectSameKeysAndPlaceholders(catalogue: MessageCatalogue): void {
  const frKeys = Object.keys(catalogue.fr).sort();
  const enKeys = Object.keys(catalogue.en).sort();
  expect(enKeys.filter((k) => !frKeys.includes(k)), "keys missing in French").toEqual([]);
  expect(frKeys.filter((k) => !enKeys.includes(k)), "keys missing in English").toEqual([]);
  for (const key of frKeys) {
    expect(catalogue.fr[key], `empty French text for ${key}`).not.toBe("");
    expect(catalogue.en[key], `empty English text for ${key}`).not.toBe("");
    expect(placeholders(catalogue.en[key]), `placeholders of ${key}`).toEqual(placeholders(catalogue.fr[key]));
  }
}

describe("i18n dictionaries", () => {
  it("the shell's strings exist in French and English with the same placeholders", () => {
    expectSameKeysAndPlaceholders({ fr, en });
  });

  it("every platform error code has a French and an English message", () => {
    expectSameKeysAndPlaceholders(platformErrors);
  });
});
