import { FRIENDLY_NAMES, SEAT_COLORS } from "@sgp/shared";
import { describe, expect, it } from "vitest";
import { nextChoice, nextColor, nextName } from "./profile.ts";

describe("tapping through names and colours", () => {
  it("goes to the next option and wraps around", () => {
    expect(nextChoice(["a", "b", "c"], "a", [])).toBe("b");
    expect(nextChoice(["a", "b", "c"], "c", [])).toBe("a");
  });

  it("skips what others hold", () => {
    expect(nextChoice(["a", "b", "c", "d"], "a", ["b", "c"])).toBe("d");
    expect(nextColor(SEAT_COLORS[0], [SEAT_COLORS[1]])).toBe(SEAT_COLORS[2]);
    expect(nextName(FRIENDLY_NAMES[0], [FRIENDLY_NAMES[1]])).toBe(FRIENDLY_NAMES[2]);
  });

  it("comes back to the current option when every other one is held", () => {
    expect(nextChoice(["a", "b", "c"], "a", ["b", "c"])).toBe("a");
  });

  it("starts at the first option from an unknown current value (a bot's name)", () => {
    expect(nextChoice(["a", "b"], "z", [])).toBe("a");
  });
});
