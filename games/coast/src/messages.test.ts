import { describe, expect, it } from "vitest";
import { localize } from "@sgp/shared";
import { messages, NEWS, renderHeadline } from "./messages.ts";
import { kiosk } from "./test-helpers.ts";

describe("the coast rules' texts", () => {
  it("have every error and every headline in French and English, with no '(s)'", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
    expect(Object.keys(NEWS.en).sort()).toEqual(Object.keys(NEWS.fr).sort());
    const all = [...Object.values(messages.fr), ...Object.values(messages.en), ...Object.values(NEWS.fr), ...Object.values(NEWS.en)].flatMap((t) => (typeof t === "string" ? [t] : [t.one, t.other]));
    for (const text of all) expect(text).not.toMatch(/\(s\)|\(e\)/);
  });

  it("put a non-breaking space before French double punctuation", () => {
    const french = [...Object.values(messages.fr), ...Object.values(NEWS.fr)].flatMap((t) => (typeof t === "string" ? [t] : [t.one, t.other]));
    for (const text of french) expect(text, text).not.toMatch(/ [:;?!»]|« /);
  });

  it("write headlines with real plurals, names for ids and numbers the language's way", () => {
    const many = renderHeadline("flood", { count: "1200", zone: "ville" }, kiosk);
    const ville = kiosk.zones.find((z) => z.id === "ville")!.name;
    expect(localize(many, "fr")).toBe(`1\u202f200 logements les pieds dans l'eau, ${localize(ville, "fr")} la plus touchée`);
    expect(localize(many, "en")).toMatch(/^1,200 homes under water/);
    expect(localize(renderHeadline("flood", { count: "1", zone: "ville" }, kiosk), "fr")).toMatch(/^Un logement les pieds dans l'eau/);
    expect(localize(renderHeadline("storm_held", { level: "3.84" }, kiosk), "fr")).toContain("3,84\u00a0m");
    expect(localize(renderHeadline("debt", { role: "interco" }, kiosk), "en")).toContain(localize(kiosk.roles.find((r) => r.id === "interco")!.name, "en"));
  });
});
