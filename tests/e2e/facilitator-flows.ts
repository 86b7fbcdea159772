import type { Page, WebSocket } from "playwright-core";

/** What a facilitator does in the console, in French (the default locale). */

/** Every binary frame a page's websockets receive: what that page could read off the wire. */
export function recordFrames(page: Page): Buffer[] {
  const frames: Buffer[] = [];
  page.on("websocket", (socket: WebSocket) => socket.on("framereceived", ({ payload }) => void (typeof payload !== "string" && frames.push(Buffer.from(payload)))));
  return frames;
}

/** Deck ids (reason or lever cards) that some frame contains. */
export function idsIn(frames: Buffer[], ids: string[]): Set<string> {
  return new Set(ids.filter((id) => frames.some((frame) => frame.includes(Buffer.from(id, "utf8")))));
}

export async function createFromConsole(page: Page, options: { game: string; mode: string; settings: Record<string, string> }): Promise<string> {
  await page.locator("#fac-game").selectOption(options.game);
  await page.locator("#fac-mode").selectOption(options.mode);
  for (const [name, value] of Object.entries(options.settings)) await page.locator(`#setting-${name}`).fill(value);
  await page.getByRole("button", { name: "Créer la session" }).click();
  await page.getByRole("heading", { name: /^Session [A-Z0-9]{6} créée$/ }).waitFor();
  return (await page.getByTestId("join-code").textContent())!.trim();
}

export async function phaseOf(console: Page): Promise<string> {
  return (await console.locator("#current-phase").getAttribute("data-phase")) ?? "";
}

export async function seatIdOf(console: Page, name: string): Promise<string> {
  return (await console.locator("#players-table tbody tr", { has: console.locator(".seat__name", { hasText: name }) }).getAttribute("data-seat"))!;
}

export async function waitForRows(console: Page, count: number): Promise<void> {
  await console.waitForFunction((n) => document.querySelectorAll("#players-table tbody tr").length === n, count);
}
