import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { createSession, enterName, joinByCode } from "./flows.ts";
import { coastScreenshots } from "./coast-screenshots.ts";
import { buildClient, launchBrowser, startServer } from "./harness.ts";

/** Renders every shared screen at the three reference sizes, in French, into docs/screenshots/. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];
/** The designers' preview page is a desk page: laptop sizes. */
const PREVIEW_SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
];
const OUT = resolve(import.meta.dirname, "../../docs/screenshots");

async function shoot(page: Page, name: string, sizes = SIZES): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(350); // the canvas follows its container on the next frame
    await page.screenshot({ path: `${OUT}/${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

async function ready(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Je suis prêt·e" }).click();
}

/** Plays a card or says "done" through the accessible layer (keyboard), as a person would with Tab and Enter. */
async function playOneMove(pages: Page[]): Promise<void> {
  for (const page of pages) {
    const focused = await page.evaluate(() => {
      const card = document.querySelector<HTMLButtonElement>('.a11y-target[aria-disabled="false"]');
      card?.focus();
      return card !== null;
    });
    if (focused) {
      await page.keyboard.press("Enter");
      return page.waitForTimeout(150);
    }
  }
  await pages[0].waitForTimeout(100);
}

mkdirSync(OUT, { recursive: true });
buildClient();
const server = await startServer();
const browser = await launchBrowser(server.url, SIZES[0]);
try {
  const ada = await browser.page("/");
  await ada.getByLabel("Course à 21 (jeu de test)").waitFor();
  await shoot(ada, "01-home");

  await ada.getByLabel("Course à 21 (jeu de test)").check();
  await ada.getByRole("button", { name: "Créer la session" }).click();
  await ada.getByLabel("Votre nom").fill("Ada");
  await shoot(ada, "02-name");
  await ada.getByRole("button", { name: "Entrer dans la salle" }).click();
  await ada.getByRole("heading", { name: "Salle d'attente" }).waitFor();
  const code = (await ada.getByTestId("join-code").textContent())!.trim();

  const bob = await browser.page("/");
  await joinByCode(bob, code, "Bob");
  const chloe = await browser.page(`/?code=${code}`);
  await enterName(chloe, "Chloé");
  await ada.getByRole("button", { name: "Ajouter un robot" }).click();
  await ready(bob);
  await ada.locator(".seat .avatar--bot").waitFor();
  await ada.locator(".status--ready").first().waitFor();
  await shoot(ada, "03-lobby");

  const lonely = await browser.page("/");
  await createSession(lonely, "Dominique");
  await lonely.getByRole("button", { name: "Lancer la partie" }).click();
  await lonely.getByRole("alert").waitFor();
  await shoot(lonely, "04-error-toast");
  await lonely.close();

  await server.stop();
  await ada.locator(".banner").waitFor();
  await shoot(ada, "05-reconnecting");
  await server.start();
  await ada.locator(".banner").waitFor({ state: "detached", timeout: 30_000 });

  await ready(ada);
  await ready(chloe);
  await ada.locator("canvas").waitFor();
  await ada.waitForFunction(() => document.querySelector(".gamebar__status")?.textContent === "À vous de jouer");
  await shoot(ada, "06-game-table");

  const players = [ada, bob, chloe];
  while (!(await ada.locator(".screen--end").count())) await playOneMove(players);
  await ada.getByRole("heading", { name: "Partie terminée" }).waitFor();
  await ada.locator(".report").waitFor();
  // The keyboard loop above may have said "done" twice; that refusal is not what this picture shows.
  await ada.locator(".toast").evaluateAll((toasts) => toasts.forEach((toast) => toast.remove()));
  await shoot(ada, "07-end");

  const preview = await browser.page("/preview?game=evalophobia&content=default");
  await preview.locator('.shown[data-content="default"] canvas').waitFor();
  await shoot(preview, "08-preview-deck", PREVIEW_SIZES);
  await preview.locator("#draft-file").setInputFiles(resolve(import.meta.dirname, "../../games/evalophobia/test-fixtures/broken-semantics.json"));
  await preview.locator('.draft-result[data-status="invalid"]').waitFor();
  await shoot(preview, "09-preview-draft-problems", PREVIEW_SIZES);
  await preview.goto(new URL("/preview?game=coast&content=sablecourt", server.url).href);
  await preview.locator('.shown[data-content="sablecourt"]').waitFor();
  await shoot(preview, "10-preview-scenario", PREVIEW_SIZES);

  await coastScreenshots(browser, server.url);
} finally {
  await browser.close();
  await server.stop();
}
