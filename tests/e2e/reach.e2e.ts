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
      await tap(page, "J'ai assez trié");
      while (!(await hasTarget(page, "Valider mes freins"))) await page.waitForTimeout(100);
      await assertInReach(page, ["Valider mes freins"], at("pick"));
      while (!(await hasTarget(page, "Retenir ces leviers"))) {
        const pick = await waitForTarget(page, /^(Choisir «|Retenir ces leviers|Valider mes freins)/);
        if (pick.startsWith("Valider")) await tap(page, pick);
        else if (pick.startsWith("Choisir")) await waitGone(page, await tap(page, pick));
      }
      await assertInReach(page, ["Retenir ces leviers"], at("offers"));
      while (!(await hasTarget(page, "Terminer"))) {
        await waitGone(page, await tap(page, "Retenir le levier"));
        await waitGone(page, await tap(page, "Retenir ces leviers"));
      }
      await assertInReach(page, ["Terminer"], at("roadmap"));
      await page.close();
    });

    it(`Evalophobia group at ${size.width}x${size.height}: each phase's controls in the viewport`, TIMEOUT, async () => {
      const { browser, server } = await e2e();
      const { code } = await createEvalo(server.url, { mode: "group", content: "default", settings: { fillWithBots: true, seats: 3 } });
      const page = await browser.page(`/?code=${code}`);
      await page.setViewportSize(size);
      await joinAndReady(page, "Ada");
      const at = (phase: string) => `group ${phase} ${size.width}x${size.height}`;
      await tap(page, "Choisir la carte");
      await assertInReach(page, ["Poser sur le tableau"], at("diagnosis"));
      await waitGone(page, await tap(page, "Poser sur le tableau"));
      await assertInReach(page, ["J'ai fini"], at("diagnosis"));
      await tap(page, "J'ai fini");
      await assertInReach(page, ["J'ai voté"], at("vote"));
      await tap(page, "J'ai voté");
      await assertInReach(page, ["J'ai fini"], at("levers"));
      await tap(page, "J'ai fini");
      await assertInReach(page, ["Terminer"], at("roadmap"));
      await page.close();
    });
  }
});
