import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchIdle } from "./idle.ts";

describe("idle watch", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(limitMs = 10_000) {
    const target = new EventTarget();
    const calls = { warn: [] as number[], resume: 0, expire: 0 };
    const watch = watchIdle(target, {
      limitMs: () => limitMs,
      warningMs: 5_000,
      warn: (left) => calls.warn.push(left),
      resume: () => calls.resume++,
      expire: () => calls.expire++,
      now: () => Date.now(),
    });
    return { target, calls, watch };
  }

  it("warns after the limit, then expires once after the warning", () => {
    const { calls } = setup();
    vi.advanceTimersByTime(9_750);
    expect(calls.warn).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(calls.warn.length).toBeGreaterThan(0);
    expect(calls.warn.at(-1)).toBeLessThanOrEqual(5_000);
    vi.advanceTimersByTime(5_000);
    expect(calls.expire).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(calls.expire).toBe(1);
  });

  it("a touch during the warning resumes and counts again", () => {
    const { target, calls } = setup();
    vi.advanceTimersByTime(11_000);
    target.dispatchEvent(new Event("pointerdown"));
    vi.advanceTimersByTime(250);
    expect(calls.resume).toBe(1);
    vi.advanceTimersByTime(9_000);
    expect(calls.expire).toBe(0);
  });

  it("stops watching when told", () => {
    const { calls, watch } = setup();
    watch.stop();
    vi.advanceTimersByTime(60_000);
    expect(calls.warn).toEqual([]);
    expect(calls.expire).toBe(0);
  });
});
