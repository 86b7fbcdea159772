import assert from "node:assert/strict";
import { resolve } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { openTablet, smallTargets, storedKeys, tablet, tapButton } from "./kiosk-tablets.ts";

const SHOTS = resolve(import.meta.dirname, "../../docs/screenshots");

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/kiosk-${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

test("table A: two visitors and two bots play a short coast game, then every tablet resets itself", { timeout: 180_000 }, async () => {
  const context = await tablet();
  try {
    const pages = [await openTablet(context, "A", "1"), await openTablet(context, "A", "2"), await openTablet(context, "A", "3"), await openTablet(context, "A", "4")];
    const [ada, bob] = pages;
    await ada.getByText("Table A · Trait de côte express").waitFor();
    assert.deepEqual(await smallTargets(ada), [], "welcome screen targets");
    await shoot(ada, "welcome");

    // Ada taps Play: a friendly name and a colour, changed by tapping, and the lobby's countdown.
    await tapButton(ada, "Jouer");
    await ada.getByRole("heading", { name: "Vous êtes prêt·e ?" }).waitFor();
    const nameButton = ada.locator("#kiosk-name");
    const firstName = (await nameButton.textContent())!.replace("↻", "").trim();
    await nameButton.tap();
    await ada.waitForFunction((before) => !document.querySelector("#kiosk-name")!.textContent!.includes(before), firstName);
    const colour = () => ada.locator("#kiosk-color").evaluate((el) => getComputedStyle(el).backgroundColor);
    const firstColour = await colour();
    await ada.locator("#kiosk-color").tap();
    await ada.waitForFunction((before) => getComputedStyle(document.querySelector("#kiosk-color")!).backgroundColor !== before, firstColour);
    await ada.locator(".kiosk-countdown .timer:not([hidden])").waitFor();
    assert.deepEqual(await smallTargets(ada), [], "lobby targets");
    await shoot(ada, "lobby");

    await tapButton(bob, "Jouer");
    await bob.getByRole("heading", { name: "Vous êtes prêt·e ?" }).waitFor();
    await tapButton(ada, "Je suis prêt·e");
    await tapButton(bob, "Je suis prêt·e");

    // Both ready: the game starts, bots take the two other roles.
    for (const page of [ada, bob]) await page.locator(".screen--game").waitFor();
    await ada.waitForFunction(() => document.querySelectorAll(".game-players .seat").length === 4);
    assert.equal(await ada.locator(".game-players .avatar--bot").count(), 2);
    await shoot(ada, "game");

    // Short phases: the game reaches its debrief; each tablet offers its QR code.
    for (const page of [ada, bob]) {
      await page.getByRole("heading", { name: "Partie terminée" }).waitFor({ timeout: 90_000 });
      await page.getByRole("img", { name: /QR code du bilan/ }).waitFor();
    }
    await shoot(ada, "end");

    // Nobody touches them: "Still there?" after 10 s, the welcome screen 5 s later, storage empty.
    await ada.getByRole("alertdialog", { name: "Toujours là ?" }).waitFor({ timeout: 20_000 });
    for (const page of pages) {
      await page.getByRole("button", { name: "Jouer" }).waitFor({ timeout: 20_000 });
      assert.deepEqual(await storedKeys(page), [], "storage is empty");
    }
  } finally {
    await context.close();
  }
});
