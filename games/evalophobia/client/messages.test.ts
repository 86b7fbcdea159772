import { describe, expect, it } from "vitest";
import { messages } from "./messages.ts";

describe("the table's strings", () => {
  it("exist in French and English alike, none empty", () => {
    const fr = Object.keys(messages.fr).sort();
    const en = Object.keys(messages.en).sort();
    expect(fr.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !fr.includes(key))).toEqual([]);
    for (const catalogue of [messages.fr, messages.en]) for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe("");
  });
});
