import { describe, expect, it } from "vitest";
import { botWaitMs } from "./bots.ts";
import { freeBotName } from "./seating.ts";

const seat = (id: string, controller: string, acted: boolean, connected = true) => ({ id, controller, acted, connected });
const view = (seats: ReturnType<typeof seat>[], timer: Record<string, unknown>, turn = "") =>
  ({ turn, seats: Object.fromEntries(seats.map((s) => [s.id, s])), timer: { durationMs: 0, endsAt: 0, remainingMs: 0, paused: false, ...timer } }) as any;

describe("bot pacing", () => {
  const now = 1_000_000;
  const minute = { durationMs: 60_000, endsAt: now + 50_000 };

  it("waits for a person who has not acted until the share of the phase has passed", () => {
    const v = view([seat("p1", "human", false), seat("p2", "bot", false)], minute);
    expect(botWaitMs(v, "p2", { share: 0.5, now })).toBe(20_000);
    expect(botWaitMs(v, "p2", { share: 0.5, now: now + 20_000 })).toBe(0);
    expect(botWaitMs(v, "p2", { share: 1, now })).toBe(50_000);
  });

  it("acts at once when every connected person has acted, on its own turn, or when the pace is off", () => {
    expect(botWaitMs(view([seat("p1", "human", true), seat("p2", "bot", false)], minute), "p2", { share: 1, now })).toBe(0);
    expect(botWaitMs(view([seat("p1", "human", false, false), seat("p2", "bot", false)], minute), "p2", { share: 1, now })).toBe(0);
    expect(botWaitMs(view([seat("p1", "human", false), seat("p2", "bot", false)], minute, "p2"), "p2", { share: 1, now })).toBe(0);
    expect(botWaitMs(view([seat("p1", "human", false), seat("p2", "bot", false)], minute), "p2", { share: 0, now })).toBe(0);
  });

  it("waits for people without end in an untimed or paused phase", () => {
    expect(botWaitMs(view([seat("p1", "human", false), seat("p2", "bot", false)], {}), "p2", { share: 0.5, now })).toBe(Infinity);
    const paused = { durationMs: 60_000, remainingMs: 50_000, paused: true };
    expect(botWaitMs(view([seat("p1", "human", false), seat("p2", "bot", false)], paused), "p2", { share: 0.5, now })).toBe(Infinity);
  });
});

describe("bot names", () => {
  it("never takes a name someone at the table has, whatever its case", () => {
    expect(freeBotName(["alex", "Camille"])).toBe("Sacha");
    expect(freeBotName(["Alex", "Camille", "Sacha", "Dominique", "Charlie", "Lou", "Noa", "Claude", "Andrea", "Eden"])).toBe("Alex 2");
  });
});
