// 面试演练's service worker, generated at build time by
// scripts/finalize-dist.mjs from the files actually in dist/.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `drill-${VERSION}`;

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the page says it may
  // take over, so code never changes under a running round.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("drill-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every page of the app is index.html with a hash route.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("index.html")).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetchAndKeep(request)));
});

// What is not precached (the PNG icons) is kept once fetched, so an app
// installed while online still has its icons offline.
function fetchAndKeep(request) {
  return fetch(request).then((response) => {
    if (response.ok && new URL(request.url).pathname.endsWith(".png")) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
