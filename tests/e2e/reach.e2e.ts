import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createEvalo, hasTarget, joinAndReady, tap, waitForTarget, waitGone } from "./evalophobia-flows.ts";
import { enterName } from "./flows.ts";
import { e2e } from "./harness.ts";

const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];
const TIMEOUT = { timeout: 300_000 };

/**
 * The phase's main controls lie inside the viewport as drawn, the table not scrolled and the page
 * not scrolled: a finger reaches them at once.
 */
async function assertInReach(page: Page, labels: string[], where: string): Promise<void> {
  for (const label of labels) await waitForTarget(page, label);
  await page.waitForTimeout(300); // the redraw after the last change
  const boxes = await page.evaluate((wanted) => {
    const targets = [...document.querySelectorAll(".a11y-target:not([hidden])")];
    return {
      scrolled: window.scrollY,
      viewport: { width: innerWidth, height: innerHeight },
      found: wanted.map((label) => ({ label, box: targets.find((n) => (n.textContent ?? "").startsWith(label))?.getBoundingClientRect().toJSON() as DOMRect | undefined })),
    };
  }, labels);
  assert.equal(boxes.scrolled, 0, `${where}: the page scrolled`);
  for (const { label, box } of boxes.found) {
    assert.ok(box, `${where}: no control ${label}`);
    const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= boxes.viewport.width && box.y + box.height <= boxes.viewport.height;
    assert.ok(inside, `${where}: ${label} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)} is outside ${boxes.viewport.width}x${boxes.viewport.height}`);
  }
}

/** Taps a control where it is drawn (it is in reach: no scrolling first). */
async function tapInReach(page: Page, label: string): Promise<void> {
  const box = (await page.locator(".a11y-target:not([hidden])", { hasText: label }).first().boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Chooses a card of the hand until the table offers to play it (a redraw can swallow a tap). */
async function chooseACard(page: Page): Promise<void> {
  for (let i = 0; i < 10 && !(await hasTarget(page, "Poser sur le tableau")); i++) {
    await tap(page, "Choisir la carte");
    await page.waitForTimeout(500);
  }
}

describe("controls within reach", { timeout: 900_000 }, () => {
  for (const size of SIZES) {
    it(`Evalophobia solo at ${size.width}x${size.height}: each phase's controls in the viewport`, TIMEOUT, async () => {
      const { browser, server } = await e2e();
      const { code } = await createEvalo(server.url, { mode: "solo" });
      const page = await browser.page(`/?code=${code}`);
      await page.setViewportSize(size);
      await joinAndReady(page, "Ada");
      const at = (phase: string) => `solo ${phase} ${size.width}x${size.height}`;
      await assertInReach(page, ["Pas nous", "C'est nous"], at("sort"));
      await waitGone(page, await tap(page, "C'est nous"));
      await assertInReach(page, ["Pas nous", "C'est nous", "J'ai assez trié"], at("sort"));
      await tapInReach(page, "J'ai assez trié");
      while (!(await hasTarget(page, "Valider mes freins"))) await waitGone(page, await tap(page, /^Choisir «/));
      await assertInReach(page, ["Valider mes freins"], at("pick"));
      await tapInReach(page, "Valider mes freins");
      let checked = false;
      while (!(await hasTarget(page, "Terminer"))) {
        await waitGone(page, await tap(page, "Retenir le levier"));
        if (!checked) await assertInReach(page, ["Retenir ces leviers"], at("offers"));
        checked = true;
        await tapInReach(page, "Retenir ces leviers");
        await waitGone(page, "Retenir ces leviers").catch(() => undefined);
      }
      await assertInReach(page, ["Terminer"], at("roadmap"));
      await page.close();
    });

    // Skipped: the suite's server lets robots play at once (BOT_PACE_SHARE=0), so they can fill the board before
    // the person poses a card and "Poser sur le tableau" never shows (failed 1 of 2 CI runs at 1024x768). It
    // needs a server whose robots wait for the person; issue 16 stays open until then.
    it(`Evalophobia group at ${size.width}x${size.height}: each phase's controls in the viewport`, { ...TIMEOUT, skip: "robots race the person: see the comment above" }, async () => {
      const { browser, server } = await e2e();
      const { code } = await createEvalo(server.url, { mode: "group", content: "default", settings: { fillWithBots: true, seats: 3 } });
      const page = await browser.page(`/?code=${code}`);
      await page.setViewportSize(size);
      await joinAndReady(page, "Ada");
      const at = (phase: string) => `group ${phase} ${size.width}x${size.height}`;
      await chooseACard(page);
      await assertInReach(page, ["Poser sur le tableau"], at("diagnosis"));
      await tapInReach(page, "Poser sur le tableau");
      await assertInReach(page, ["J'ai fini"], at("diagnosis"));
      await tapInReach(page, "J'ai fini");
      await assertInReach(page, ["J'ai voté"], at("vote"));
      await tapInReach(page, "J'ai voté");
      await assertInReach(page, ["J'ai fini"], at("levers"));
      await tapInReach(page, "J'ai fini");
      await assertInReach(page, ["Terminer"], at("roadmap"));
      await page.close();
    });
  }
});
