import type { Page } from "playwright-core";
import { enterName } from "./flows.ts";
import type { Browser } from "./harness.ts";

/** What a visitor does at a coast kiosk table, by taps, in French. */

/** A kiosk game of "Trait de côte" with this one person and bots on the other seats, started. */
export interface CoastTable {
  page: Page;
  code: string;
  facilitatorToken: string;
}

/** A coast session with bots in every other seat, joined by one person who says they are ready. */
export async function startCoastGame(browser: Browser, serverUrl: string, name: string, table: { content?: string; seats?: number; settings?: Record<string, unknown> } = {}): Promise<CoastTable> {
  const { content = "kiosque", seats = 4, settings = {} } = table;
  const response = await fetch(`${serverUrl}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ game: "coast", content, settings: { fillWithBots: true, seats, ...settings } }),
  });
  const { code, facilitatorToken } = (await response.json()) as { code: string; facilitatorToken: string };
  const page = await browser.page(`/?code=${code}`);
  await enterName(page, name);
  await page.getByRole("button", { name: "Je suis prêt·e" }).click();
  await page.locator(".coast-panel").waitFor();
  await page.locator("canvas").waitFor();
  return { page, code, facilitatorToken };
}

export async function startKioskGame(browser: Browser, serverUrl: string, name: string): Promise<Page> {
  return (await startCoastGame(browser, serverUrl, name)).page;
}

/** Waits for a phase of the round, shown at the top of the panel. */
export async function phase(page: Page, title: string, timeout = 30_000): Promise<void> {
  await page.locator(".coast-step strong", { hasText: title }).waitFor({ timeout });
}

/** Taps the canvas where an object mirrored in the accessible layer stands. */
export async function tapOnCanvas(page: Page, label: string | RegExp): Promise<void> {
  const target = page.locator(".a11y-target", { hasText: label }).first();
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Accessible names of the zones on the map. */
export function zoneLabels(page: Page): Promise<string[]> {
  return page.locator(".a11y-target").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? n.textContent ?? ""));
}

/** Picks the first action card that may go somewhere, taps a highlighted zone, confirms. */
export async function proposeFirstProject(page: Page): Promise<boolean> {
  const open = page.locator(".coast-propose > summary");
  if (!(await open.count())) return false;
  await open.click();
  const card = page.locator(".coast-action:not([disabled])").first();
  if (!(await card.count())) return false;
  await card.click();
  await page.locator(".coast-placing").waitFor();
  await tapOnCanvas(page, /^Proposer .* ici/);
  await tapOnCanvas(page, "Proposer ici");
  return true;
}
