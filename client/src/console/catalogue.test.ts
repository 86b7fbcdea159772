import { describe, expect, it } from "vitest";
import { facilitatorMessages } from "./catalogue.ts";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the facilitator pages' strings", () => {
  it("exist in French and English, non-empty, with the same placeholders", () => {
    const { fr, en } = facilitatorMessages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr)) {
      expect(fr[key], `French ${key}`).not.toBe("");
      expect(en[key], `English ${key}`).not.toBe("");
      expect(placeholders(en[key]), `placeholders of ${key}`).toEqual(placeholders(fr[key]));
    }
  });

  it("name every setting and phase of the shipped games", async () => {
    const { settingsSchema: evaloSettings } = await import("@sgp/game-evalophobia/content");
    const { settingsSchema: coastSettings } = await import("@sgp/game-coast/rules");
    const { platformSettingsSchema } = await import("@sgp/shared");
    const { phases: evaloPhases } = await import("@sgp/game-evalophobia/phases");
    const { phases: coastPhases } = await import("@sgp/game-coast/rounds");
    const settings = [evaloSettings, coastSettings, platformSettingsSchema].flatMap((schema) => Object.keys(schema.shape));
    for (const name of settings) expect(facilitatorMessages.fr, name).toHaveProperty([`fac.setting.${name}`]);
    for (const name of [...Object.keys(evaloPhases), ...Object.keys(coastPhases)]) expect(facilitatorMessages.fr, name).toHaveProperty([`fac.phase.${name}`]);
  });
});
