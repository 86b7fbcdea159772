import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { phase, proposeFirstProject, startCoastGame, tapOnCanvas } from "./coast-flows.ts";
import type { Browser } from "./harness.ts";

/** "Trait de côte" at a kiosk table, step by step, in French, at both tablet sizes, into docs/screenshots/. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
const OUT = resolve(import.meta.dirname, "../../docs/screenshots");
/** Phases wait for the players, so that no step ends while both sizes are shot (the kiosk's own timers are short). */
const UNTIMED = { eventSeconds: 0, negotiationSeconds: 0, seaSeconds: 0, reportSeconds: 0 };

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(900); // the canvas follows its container, then the map redraws
    await page.screenshot({ path: `${OUT}/coast-${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
  await page.waitForTimeout(400);
}

/** Taps a button of the panel, again if the panel was redrawn under the pointer (a busy machine redraws slowly). */
/** The screen at both sizes, scrolled so that `target` is at the top. */
async function shootAt(page: Page, target: Locator, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(500);
    await target.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: `${OUT}/coast-${name}-${size.width}x${size.height}.png` });
  }
}

async function tap(page: Page, name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  for (let attempt = 1; ; attempt++) {
    try {
      return await button.click({ timeout: 3000 });
    } catch (error) {
      if (attempt === 10) throw error;
    }
  }
}

/** The buttons that move the table on, in the order of a round. */
const ONWARD = ["Passer à la négociation", "J'ai fini de négocier", "Voir le bilan du tour", "Tour suivant", "Voir le bilan final"];

/** Presses whichever button moves the table on (a bot's new project asks everyone again) until `reached` holds. */
async function playUntil(page: Page, reached: () => Promise<boolean>): Promise<void> {
  while (!(await reached())) {
    for (const name of ONWARD) {
      const button = page.getByRole("button", { name, exact: true });
      if (!(await button.count())) continue;
      await button.click({ timeout: 2000 }).catch(() => undefined);
      break;
    }
    await page.waitForTimeout(300);
  }
}

const atStep = (page: Page, title: string) => async () => (await page.locator(".coast-step strong", { hasText: title }).count()) > 0;

/** Sablecourt's map before and after a storm the facilitator adds from the console. */
async function sablecourtScreenshots(browser: Browser, serverUrl: string): Promise<void> {
  const { page, code, facilitatorToken } = await startCoastGame(browser, serverUrl, "Nour", { content: "sablecourt", seats: 6, settings: UNTIMED });
  await phase(page, "L'événement");
  await shoot(page, "08-sablecourt-before-flood");
  const desk = await browser.page(`/console?code=${code}#token=${encodeURIComponent(facilitatorToken)}`);
  await desk.locator("#coast-storm").fill("2.5");
  await desk.locator("#coast-storm-add").click();
  await desk.getByText(/Surcote ajoutée : 2[.,]5/).waitFor();
  await desk.close();
  await playUntil(page, atStep(page, "La mer"));
  await phase(page, "La mer");
  await page.waitForTimeout(4500);
  await shoot(page, "09-sablecourt-after-flood");
  await page.close();
}

export async function coastScreenshots(browser: Browser, serverUrl: string): Promise<void> {
  await sablecourtScreenshots(browser, serverUrl);
  const { page } = await startCoastGame(browser, serverUrl, "Nour", { settings: UNTIMED });
  await phase(page, "L'événement");
  await shoot(page, "01-map-before-flood");
  await tap(page, "Passer à la négociation");

  await phase(page, "La négociation");
  await page.getByRole("tab", { name: "Mon rôle" }).click();
  await shoot(page, "02-role-sheet");
  await page.getByRole("tab", { name: "À faire" }).click();
  await proposeFirstProject(page);
  await page.locator(".coast-project").first().waitFor();
  await page.locator(".toast").evaluateAll((toasts) => toasts.forEach((toast) => toast.remove()));
  await shoot(page, "03-negotiation");
  await playUntil(page, atStep(page, "La mer"));

  await phase(page, "La mer");
  await page.waitForTimeout(3500); // the water fills the zones wave after wave
  await shoot(page, "04-map-after-flood");
  // The bots may move the table on meanwhile (they wait for a person only so long): the explanation needs the sea phase.
  if (await page.locator(".a11y-target", { hasText: /^Marais.*inondée/ }).count()) {
    await tapOnCanvas(page, /^Marais.*inondée/);
    await shoot(page, "05-zone-explanation");
  }
  await playUntil(page, atStep(page, "Le bilan du tour"));
  await shoot(page, "06-round-report");
  const over = page.getByRole("heading", { name: "Partie terminée" });
  await playUntil(page, async () => (await over.count()) > 0);
  await page.locator(".report").waitFor();
  await shoot(page, "07-debrief");
  await shootAt(page, page.getByRole("heading", { name: "Les mêmes tempêtes, sans vos projets" }), "10-debrief-nothing-done");
  await page.close();
}
