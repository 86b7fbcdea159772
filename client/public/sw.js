/* The shell's service worker: the page and its built assets stay available when the stand's
   network drops for a moment. Live data (the API, the game's connection) is never cached. */
const CACHE = "sgp-shell-v1";
const SHELL = "/index.html";
const LIVE = ["/api/", "/matchmake/", "/health"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch("/", { cache: "no-store" });
      const html = await response.clone().text();
      await cache.put(SHELL, response);
      // The entry script, its preloaded chunks and styles, named in the page.
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
      await cache.addAll([...new Set([...assets, "/manifest.webmanifest", "/icons/icon.svg", "/icons/icon-192.png", "/icons/icon-512.png"])]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/* A page tells what it loaded before this worker was in charge (lazy chunks, fonts). */
self.addEventListener("message", (event) => {
  const urls = event.data?.type === "keep" && Array.isArray(event.data.urls) ? event.data.urls.filter((url) => typeof url === "string" && url.startsWith("/assets/")) : [];
  if (urls.length > 0) event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
});

async function fromNetworkElseShell(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const shell = await cache.match(SHELL);
    if (shell) return shell;
    throw error;
  }
}

/* Built assets have content hashes in their names: once cached, always right. */
async function fromCacheElseNetwork(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || LIVE.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (request.mode === "navigate") event.respondWith(fromNetworkElseShell(request));
  else if (url.pathname.startsWith("/assets/") || url.pathname.startsWith("/icons/") || url.pathname === "/manifest.webmanifest") event.respondWith(fromCacheElseNetwork(request));
});
