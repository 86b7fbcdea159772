/** A page of the client: the player's app, or a page of its own (console, big screen, kiosk...). */
export interface Page {
  start(root: HTMLElement): void;
}

interface Route {
  /** The path's first segment, e.g. "screen" for /screen?code=... */
  segment: string;
  load(): Promise<Page>;
}

/** One line per page; each page's code is loaded only when its path is opened. */
const ROUTES: Route[] = [
  { segment: "kiosk", load: async () => (await import("./kiosk/page.ts")).kioskPage(location.pathname) },
  { segment: "preview", load: async () => new (await import("./preview/page.ts")).PreviewPage() },
  { segment: "facilitate", load: async () => new (await import("./console/facilitate-page.ts")).FacilitatePage() },
  { segment: "console", load: async () => new (await import("./console/console-page.ts")).ConsolePage() },
  { segment: "screen", load: async () => new (await import("./screen/screen-page.ts")).ScreenPage() },
  { segment: "history", load: async () => new (await import("./history/history-page.ts")).HistoryPage() },
];

export async function pageFor(pathname: string): Promise<Page> {
  const segment = pathname.split("/").filter(Boolean)[0] ?? "";
  const route = ROUTES.find((r) => r.segment === segment);
  if (route) return route.load();
  const { App } = await import("./app.ts");
  return { start: (root) => new App(root).start() };
}
