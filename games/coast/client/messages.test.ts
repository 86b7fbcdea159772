import { describe, expect, it } from "vitest";
import { ZONE_KINDS } from "@sgp/game-coast/content";
import { messages } from "./messages.ts";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the coast client's strings", () => {
  const fr = Object.keys(messages.fr).sort();
  const en = Object.keys(messages.en).sort();

  it("every key exists in French and in English", () => {
    expect(fr.filter((key) => !en.includes(key)), "keys missing in English").toEqual([]);
    expect(en.filter((key) => !fr.includes(key)), "keys missing in French").toEqual([]);
  });

  it("no text is empty and both languages use the same placeholders", () => {
    for (const key of fr) {
      expect(messages.fr[key], key).not.toBe("");
      expect(messages.en[key], key).not.toBe("");
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.fr[key]));
    }
  });

  it("names every kind of zone", () => {
    for (const kind of ZONE_KINDS) expect(fr, kind).toContain(`coast.kind.${kind}`);
  });
});
