import { describe, expect, it } from "vitest";
import { kioskMessages } from "./messages.ts";

describe("kiosk messages", () => {
  it("has the same keys in French and English, none empty", () => {
    expect(Object.keys(kioskMessages.en).sort()).toEqual(Object.keys(kioskMessages.fr).sort());
    for (const catalogue of Object.values(kioskMessages)) for (const value of Object.values(catalogue)) expect(value.trim()).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(kioskMessages.fr)) expect(placeholders(kioskMessages.en[key]), key).toEqual(placeholders(value));
  });
});
