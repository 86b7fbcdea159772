/** What the browser lets a kiosk page do to the device: fullscreen and keeping the screen awake. */
let wakeLock: WakeLockSentinel | null = null;

async function lockWake(): Promise<void> {
  if (!("wakeLock" in navigator) || document.visibilityState !== "visible") return;
  wakeLock = await navigator.wakeLock.request("screen").catch(() => null);
}

// A wake lock is released when the page is hidden: take it again when the page comes back.
document.addEventListener("visibilitychange", () => {
  if (wakeLock?.released) void lockWake();
});

/** On a visitor's tap (browsers want a user gesture): fullscreen and a screen wake lock, where allowed. */
export async function takeOverScreen(): Promise<void> {
  if (!document.fullscreenElement && document.fullscreenEnabled) await document.documentElement.requestFullscreen({ navigationUI: "hide" }).catch(() => undefined);
  if (!wakeLock || wakeLock.released) await lockWake();
}

export async function releaseScreen(): Promise<void> {
  await wakeLock?.release().catch(() => undefined);
  wakeLock = null;
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
}
