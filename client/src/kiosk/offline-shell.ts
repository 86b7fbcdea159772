/** Registers the service worker that keeps the shell (page and built assets) for when the stand's network drops. */
export function keepShellOffline(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  void navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // What this page loaded before the worker was in charge (the page's own chunks, styles, fonts).
      const urls = performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith("/assets/"))
        .map((url) => url.pathname);
      registration.active?.postMessage({ type: "keep", urls: [...new Set(urls)] });
    })
    .catch(() => undefined);
}
