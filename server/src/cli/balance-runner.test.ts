import { describe, expect, it } from "vitest";
import { balanceParts, parseBalanceArgs, replaceSection } from "./balance-runner.ts";

describe("the balance runner", () => {
  it("reads its flags and refuses unknown ones", () => {
    expect(parseBalanceArgs([])).toEqual({ game: undefined, options: { seeds: undefined, seedBase: 0 } });
    expect(parseBalanceArgs(["--game", "coast", "--seeds", "60", "--seed-base", "1000"])).toEqual({ game: "coast", options: { seeds: 60, seedBase: 1000 } });
    expect(() => parseBalanceArgs(["--seed", "3"])).toThrow();
    expect(() => parseBalanceArgs(["--seeds", "0"])).toThrow(/--seeds/);
  });

  it("finds the games that have a balance part", () => {
    expect(balanceParts(process.cwd()).map((p) => p.id)).toContain("coast");
  });

  it("rewrites only its own section of docs/balance.md", () => {
    const doc = "# Balance\n\nIntro.\n\n## coast\n\nold coast\n\n## evalophobia\n\nkept\n";
    expect(replaceSection(doc, "coast", "new coast")).toBe("# Balance\n\nIntro.\n\n## coast\n\nnew coast\n\n## evalophobia\n\nkept\n");
    expect(replaceSection(doc, "evalophobia", "new evalo")).toBe("# Balance\n\nIntro.\n\n## coast\n\nold coast\n\n## evalophobia\n\nnew evalo\n");
    expect(replaceSection("# Balance\n", "other", "body")).toBe("# Balance\n\n## other\n\nbody\n");
  });
});
