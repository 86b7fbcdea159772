import { describe, expect, it } from "vitest";
import { previewMessages } from "./messages.ts";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("preview page strings", () => {
  it("exist in French and English, non-empty, with the same placeholders", () => {
    const { fr, en } = previewMessages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr)) {
      expect(fr[key], key).not.toBe("");
      expect(en[key], key).not.toBe("");
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it("are all under the page's own prefix, so they never shadow a game's or the shell's", () => {
    expect(Object.keys(previewMessages.fr).filter((key) => !key.startsWith("preview."))).toEqual([]);
  });
});
