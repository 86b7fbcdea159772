import { after } from "node:test";
import { resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ServerProcess } from "../support/server-process.ts";
import { e2e } from "./harness.ts";

/** The stand's tablets in the browser suite: a server with the test stand, touch-screen contexts. */

export const TABLET = { width: 1024, height: 768 };
export const STAFF_PIN = "1357";
const STAND_CONFIG = resolve(import.meta.dirname, "../fixtures/stand-e2e.json");

interface Stand {
  server: ServerProcess;
  browser: Browser;
}

let shared: Promise<Stand> | undefined;

/** One server with the test stand (short idle times and phases) and one Chromium, after the client build. */
export function stand(): Promise<Stand> {
  shared ??= (async () => {
    await e2e(); // builds the client once for the whole run
    const server = await ServerProcess.start({ CLIENT_DIR: "client/dist-e2e", STAND_CONFIG });
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    return { server, browser };
  })();
  return shared;
}

after(async () => {
  if (!shared) return;
  const { server, browser } = await shared;
  await browser.close();
  await server.stop();
});

/** A tablet: its own browser context (storage, service worker), a touch screen, French. */
export async function tablet(viewport = TABLET): Promise<BrowserContext> {
  const { browser, server } = await stand();
  const context = await browser.newContext({ baseURL: server.url, viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: "fr-FR" });
  context.setDefaultTimeout(20_000);
  return context;
}

export async function openTablet(context: BrowserContext, table: string, tablet: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/kiosk/${table}/${tablet}`);
  await page.getByRole("button", { name: "Jouer" }).waitFor();
  return page;
}

/** Taps a button by its accessible name (a finger, not a mouse). */
export async function tapButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("button", { name }).tap();
}

/** Everything this page's origin keeps, for the "nothing of the visitor remains" checks. */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
}

/** Every target the visitor can touch is at least 48 CSS px both ways. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, a[href], [role=button], input, select")]
      .filter((el) => el.offsetParent !== null && !el.closest(".a11y-layer"))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(({ el, box }) => `${el.id || el.className || el.tagName} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}
