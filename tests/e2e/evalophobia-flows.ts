import type { Page } from "playwright-core";
import { enterName } from "./flows.ts";

/** What people do at Evalophobia's table, through the accessible layer's mirror of the canvas. */

export interface EvaloSession {
  code: string;
  facilitatorToken: string;
}

/** Creates a session as a facilitator's form would (any deck, mode and settings). */
export async function createEvalo(baseUrl: string, body: { mode: string; content?: string; settings?: Record<string, unknown> }): Promise<EvaloSession> {
  const response = await fetch(new URL("/api/sessions", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ game: "evalophobia", content: "kiosk", ...body }),
  });
  if (response.status !== 201) throw new Error(`session not created: ${response.status} ${await response.text()}`);
  return (await response.json()) as EvaloSession;
}

/** On the session's link: names oneself and says ready (a table starts once everyone seated is). */
export async function joinAndReady(page: Page, name: string): Promise<void> {
  await enterName(page, name);
  await ready(page);
}

/** "Je suis prêt·e" at a table, "Commencer" alone. */
export async function ready(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^(Je suis prêt·e|Commencer)$/ }).click();
}

type Name = string | RegExp;

const matches = (label: string, name: Name) => (typeof name === "string" ? label.startsWith(name) : name.test(label));

/** Labels of the canvas's objects that can be acted on now, in the layer's order. */
export function targets(page: Page): Promise<string[]> {
  return page.locator('.a11y-target[aria-disabled="false"]:not([hidden])').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
}

export async function waitForTarget(page: Page, name: Name, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await targets(page)).find((label) => matches(label, name));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no target ${name} among ${(await targets(page)).join(" | ")}`);
    await page.waitForTimeout(100);
  }
}

export async function hasTarget(page: Page, name: Name): Promise<boolean> {
  return (await targets(page)).some((label) => matches(label, name));
}

/**
 * Where the object is once it stays put: a phase change can resize the canvas (the shell's timer
 * appears) and redraw the table, and a finger taps what it sees, not what is moving.
 */
export async function steadyBox(page: Page, label: string, timeout = 5_000): Promise<DOMRect> {
  const read = () => page.evaluate((l) => [...document.querySelectorAll(".a11y-target:not([hidden])")].find((n) => n.textContent === l)?.getBoundingClientRect().toJSON() as DOMRect | undefined, label);
  const deadline = Date.now() + timeout;
  for (let last = await read(); ; ) {
    await page.waitForTimeout(150);
    const now = await read();
    if (now && last && now.x === last.x && now.y === last.y && now.width === last.width && now.height === last.height) return now;
    if (Date.now() > deadline) throw new Error(`target ${label} ${now ? "keeps moving" : "is gone"}`);
    last = now;
  }
}

/** Taps the canvas where the object is (its mirror has the object's bounds and lets the pointer through). */
export async function tap(page: Page, name: Name): Promise<string> {
  const label = await waitForTarget(page, name);
  const canvas = (await page.locator("canvas").boundingBox())!;
  for (let i = 0; i < 40; i++) {
    const box = await steadyBox(page, label);
    const y = box.y + Math.min(box.height / 2, 30);
    // Below the line that says what to do, and above the canvas's bottom: else scroll the table as a finger would.
    if (y > canvas.y + 100 && y < canvas.y + canvas.height - 10) {
      await page.mouse.click(box.x + box.width / 2, y);
      return label;
    }
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, y > canvas.y + canvas.height / 2 ? 200 : -200);
    await page.waitForTimeout(80);
  }
  throw new Error(`could not scroll to ${label}`);
}

/** Reaches the object with Tab alone (from wherever focus is) and acts with Enter. */
export async function press(page: Page, name: Name): Promise<string> {
  const label = await waitForTarget(page, name);
  for (let i = 0; i < 120; i++) {
    const focused = await page.evaluate(() => (document.activeElement?.classList.contains("a11y-target") ? (document.activeElement.textContent ?? "") : null));
    if (focused === label) {
      await page.keyboard.press("Enter");
      return label;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${label}`);
}

/** Waits until the object that was acted on is gone or changed (the state moved on). */
export async function waitGone(page: Page, label: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((l) => ![...document.querySelectorAll(".a11y-target")].some((n) => n.textContent === l && n.getAttribute("aria-disabled") === "false"), label, { timeout });
}

export type Act = (page: Page, name: Name) => Promise<string>;

/** A whole solo game, acting with `act` (taps or keys): sort, pick, choose levers, finish. */
export async function playSolo(page: Page, act: Act): Promise<void> {
  for (let card = 0; ; card++) {
    const shown = await waitForTarget(page, /^(C'est nous|Choisir «)/);
    if (shown.startsWith("Choisir")) break;
    await waitGone(page, await act(page, card < 3 ? "C'est nous" : "Pas nous"));
  }
  while (!(await hasTarget(page, "Valider mes freins"))) await waitGone(page, await act(page, /^Choisir «/));
  await act(page, "Valider mes freins");
  while (!(await hasTarget(page, "Terminer"))) {
    await waitGone(page, await act(page, "Retenir le levier"));
    await waitGone(page, await act(page, "Retenir ces leviers"));
  }
  await act(page, "Terminer");
  await page.getByRole("heading", { name: "Partie terminée" }).waitFor();
}

/** The cards in my hand, by their labels ("Choisir la carte « … »"). */
export async function handLabels(page: Page): Promise<string[]> {
  return (await targets(page)).filter((label) => label.startsWith("Choisir la carte"));
}

/** What a player at a group table does next: the first action that applies, in this order. */
export async function groupStep(page: Page, memory: { played: boolean; proposed: boolean }): Promise<boolean> {
  const labels = await targets(page);
  const find = (prefix: string) => labels.find((label) => label.startsWith(prefix));
  const next =
    find("Terminer") ??
    find("Accepter «") ??
    find("Mettre un coupon") ??
    find("J'ai voté") ??
    find("Poser sur le tableau") ??
    find("Proposer «") ??
    (!memory.played || !memory.proposed ? find("Choisir la carte") : undefined) ??
    find("J'ai fini");
  if (!next) return false;
  if (next.startsWith("Poser")) memory.played = true;
  if (next.startsWith("Proposer")) memory.proposed = true;
  await tap(page, next);
  // Some actions leave a like-labelled object behind (another coupon to place): move on after a while.
  await waitGone(page, next, 4_000).catch(() => undefined);
  return true;
}
