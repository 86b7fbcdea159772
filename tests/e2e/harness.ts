import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ServerProcess } from "../support/server-process.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const CLIENT_DIR = "client/dist-e2e";

/** The client bundle with the test-only game, built once per run. */
export function buildClient(): void {
  const vite = join(repoRoot, "node_modules/.bin/vite");
  const result = spawnSync(vite, ["build", "--config", "client/vite.config.ts", "--logLevel", "warn"], {
    cwd: repoRoot,
    env: { ...process.env, SGP_TEST_GAME: "1", CLIENT_OUT_DIR: CLIENT_DIR },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("client build failed");
}

export function startServer(): Promise<ServerProcess> {
  return ServerProcess.start({ CLIENT_DIR });
}

export interface Browser {
  context: BrowserContext;
  /** A new tab (its own sessionStorage, hence its own seat) on the server. */
  page(path?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, in a fresh profile. */
export async function launchBrowser(baseUrl: string, viewport = { width: 1024, height: 768 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "sgp-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    locale: "fr-FR",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    async page(path = "/") {
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl).href);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface E2E {
  server: ServerProcess;
  browser: Browser;
}

let shared: Promise<E2E> | undefined;

/** One build, one server and one browser for the whole run. */
export function e2e(): Promise<E2E> {
  shared ??= (async () => {
    buildClient();
    const server = await startServer();
    const browser = await launchBrowser(server.url);
    return { server, browser };
  })();
  return shared;
}

export async function closeE2E(): Promise<void> {
  if (!shared) return;
  const { server, browser } = await shared;
  await browser.close();
  await server.stop();
}
