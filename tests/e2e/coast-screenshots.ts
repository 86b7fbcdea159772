import { resolve } from "node:path";
import type { Page } from "playwright-core";
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

/** Moves on from the event, then says "done" until the sea comes (a bot's new project asks everyone again). */
async function endNegotiation(page: Page): Promise<void> {
  while (!(await page.locator(".coast-step strong", { hasText: "La mer" }).count())) {
    for (const name of ["Passer à la négociation", "J'ai fini de négocier"]) {
      const button = page.getByRole("button", { name, exact: true });
      if (await button.count()) await button.click({ timeout: 2000 }).catch(() => undefined);
    }
    await page.waitForTimeout(200);
  }
}

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
  await endNegotiation(page);
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
  await endNegotiation(page);

  await phase(page, "La mer");
  await page.waitForTimeout(3500); // the water fills the zones wave after wave
  await shoot(page, "04-map-after-flood");
  await tapOnCanvas(page, /^Marais.*inondée/);
  await shoot(page, "05-zone-explanation");
  await tap(page, "Voir le bilan du tour");

  await phase(page, "Le bilan du tour");
  await shoot(page, "06-round-report");
  for (let round = 1; round < 3; round++) {
    await tap(page, "Tour suivant");
    await phase(page, "L'événement");
    await endNegotiation(page);
    await tap(page, "Voir le bilan du tour");
    await phase(page, "Le bilan du tour");
  }
  await tap(page, "Voir le bilan final");
  await page.getByRole("heading", { name: "Partie terminée" }).waitFor({ timeout: 30_000 });
  await page.locator(".report").waitFor();
  await shoot(page, "07-debrief");
  await page.close();
}
