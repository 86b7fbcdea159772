const TICK_MS = 250;
const ACTIVITY_EVENTS = ["pointerdown", "keydown", "wheel"] as const;

export interface IdleOptions {
  /** How long without a touch before the warning, now (it depends on the game's status). */
  limitMs(): number;
  warningMs: number;
  /** Called on every tick of the warning with the time left. */
  warn(remainingMs: number): void;
  /** A touch during the warning. */
  resume(): void;
  expire(): void;
  now?: () => number;
}

export interface IdleWatch {
  /** Counts from now again (a touch, or the game just ended). */
  poke(): void;
  stop(): void;
}

/** Watches for touches on `target`: past the limit it warns, past the warning it expires (once). */
export function watchIdle(target: EventTarget, options: IdleOptions): IdleWatch {
  const now = options.now ?? Date.now;
  let last = now();
  let warning = false;
  const poke = () => {
    last = now();
  };
  const tick = () => {
    const idle = now() - last;
    const limit = options.limitMs();
    if (idle >= limit + options.warningMs) {
      stop();
      return options.expire();
    }
    if (idle >= limit) {
      warning = true;
      return options.warn(limit + options.warningMs - idle);
    }
    if (warning) {
      warning = false;
      options.resume();
    }
  };
  const interval = setInterval(tick, TICK_MS);
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, poke, { capture: true, passive: true });
  const stop = () => {
    clearInterval(interval);
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, poke, { capture: true });
  };
  return { poke, stop };
}
