import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { enterName } from "./flows.ts";
import { createEvalo, groupStep, hasTarget, joinAndReady, ready, tap, waitForTarget, waitGone } from "./evalophobia-flows.ts";
import { launchBrowser, startServer } from "./harness.ts";

/** Evalophobia's table at each step, solo and group, in French, into docs/screenshots/ (the client is already built). */
const TABLET = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
const PHONE = { width: 390, height: 844 };
const OUT = resolve(import.meta.dirname, "../../docs/screenshots");

async function shoot(page: Page, name: string, phone = false): Promise<void> {
  for (const size of phone ? [...TABLET, PHONE] : TABLET) {
    await page.setViewportSize(size);
    await page.waitForTimeout(600); // the canvas follows its container, then the scene redraws
    await page.screenshot({ path: `${OUT}/evalophobia-${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(TABLET[0]);
  await page.waitForTimeout(300);
}

async function act(page: Page, name: string | RegExp): Promise<void> {
  await waitGone(page, await tap(page, name));
}

async function solo(page: Page): Promise<void> {
  await act(page, "C'est nous");
  await act(page, "C'est nous");
  await act(page, "Pas nous");
  await shoot(page, "solo-1-sort", true);
  while (!(await hasTarget(page, /^Choisir «/))) await act(page, /^(C'est nous|Pas nous)/);
  await act(page, /^Choisir «/);
  await shoot(page, "solo-2-pick");
  while (!(await hasTarget(page, "Valider mes freins"))) await act(page, /^Choisir «/);
  await act(page, "Valider mes freins");
  await act(page, "Retenir le levier");
  await shoot(page, "solo-3-offers");
  while (!(await hasTarget(page, "Terminer"))) {
    await act(page, "Retenir le levier");
    await act(page, "Retenir ces leviers");
  }
  await shoot(page, "solo-4-roadmap");
  await act(page, "Terminer");
  await page.locator(".report").waitFor();
  await shoot(page, "solo-5-end", true);
}

async function group(ada: Page, bob: Page): Promise<void> {
  const memory = { played: false, proposed: false };
  const bobMemory = { played: false, proposed: false };
  await waitForTarget(ada, "Choisir la carte");
  await act(ada, "Choisir la carte");
  await act(ada, "Poser sur le tableau");
  memory.played = true;
  await waitForTarget(bob, "Choisir la carte");
  await act(bob, "Choisir la carte");
  await act(bob, "Poser sur le tableau");
  bobMemory.played = true;
  await act(ada, "Choisir la carte");
  await shoot(ada, "group-1-diagnosis", true);
  await act(ada, "Ne plus choisir");
  while (!(await hasTarget(ada, "Mettre un coupon"))) {
    await groupStep(ada, memory);
    await groupStep(bob, bobMemory);
  }
  await act(ada, "Mettre un coupon");
  await shoot(ada, "group-2-vote");
  while (!(await hasTarget(ada, "Repiocher"))) {
    await groupStep(ada, memory);
    await groupStep(bob, bobMemory);
  }
  await ada.waitForTimeout(500);
  await ada.setViewportSize(TABLET[0]);
  await ada.screenshot({ path: `${OUT}/evalophobia-group-3-reveal-1024x768.png` });
  await waitForTarget(bob, "Choisir la carte");
  await act(bob, "Choisir la carte");
  await act(bob, "Proposer «");
  bobMemory.proposed = true;
  await waitForTarget(ada, "Accepter «");
  await act(ada, "Choisir la carte");
  await shoot(ada, "group-4-levers", true);
  while (!(await hasTarget(ada, "Terminer"))) {
    await groupStep(ada, memory);
    await groupStep(bob, bobMemory);
  }
  await shoot(ada, "group-5-roadmap");
  await act(ada, "Terminer");
  await act(bob, "Terminer");
  await ada.locator(".report").waitFor();
  await shoot(ada, "group-6-end");
}

const server = await startServer();
const browser = await launchBrowser(server.url, TABLET[0]);
try {
  const alone = await createEvalo(server.url, { mode: "solo" });
  const page = await browser.page(`/?code=${alone.code}`);
  await joinAndReady(page, "Ada");
  await solo(page);

  const table = await createEvalo(server.url, { mode: "group", content: "default", settings: { fillWithBots: true, seats: 3 } });
  const ada = await browser.page(`/?code=${table.code}`);
  await enterName(ada, "Ada");
  const bob = await browser.page(`/?code=${table.code}`);
  await joinAndReady(bob, "Bob");
  await ready(ada);
  await group(ada, bob);
} finally {
  await browser.close();
  await server.stop();
}
