import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { createEvalo, hasTarget, joinAndReady, tap, waitGone } from "./evalophobia-flows.ts";
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

/**
 * A group table seen by one person while two bots play and short timers move the phases on:
 * what a player sees at each step (their hand, the vote, the reveal and levers, the roadmap).
 */
async function group(baseUrl: string): Promise<void> {
  const seconds = { diagnosisSeconds: 12, voteSeconds: 12, leversSeconds: 14, roadmapSeconds: 60 };
  const session = await createEvalo(baseUrl, { mode: "group", content: "default", settings: { fillWithBots: true, seats: 3, ...seconds } });
  const ada = await browser.page(`/?code=${session.code}`);
  await joinAndReady(ada, "Ada");
  const phase = async () => ((await (await fetch(new URL(`/api/sessions/${session.code}/state`, baseUrl), { headers: { authorization: `Bearer ${session.facilitatorToken}` } })).json()) as { phase: string }).phase;
  const reach = async (wanted: string) => {
    while ((await phase()) !== wanted) await ada.waitForTimeout(200);
    await ada.waitForTimeout(2500); // the bots' moves and the scene's animations
  };
  await reach("diagnosis");
  await act(ada, "Choisir la carte");
  await act(ada, "Poser sur le tableau");
  await act(ada, "Choisir la carte");
  await shoot(ada, "group-1-diagnosis", true);
  await reach("vote");
  await tap(ada, "Mettre un coupon");
  await ada.waitForTimeout(600);
  await shoot(ada, "group-2-vote");
  await reach("levers");
  await shoot(ada, "group-3-levers", true);
  await reach("roadmap");
  await shoot(ada, "group-4-roadmap");
  await act(ada, "Terminer");
  await ada.locator(".report").waitFor();
  await shoot(ada, "group-5-end");
}

const server = await startServer();
const browser = await launchBrowser(server.url, TABLET[0]);
try {
  const alone = await createEvalo(server.url, { mode: "solo" });
  const page = await browser.page(`/?code=${alone.code}`);
  await joinAndReady(page, "Ada");
  await solo(page);

  await group(server.url);
} finally {
  await browser.close();
  await server.stop();
}
