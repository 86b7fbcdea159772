import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createSession, enterName, joinByCode, seatNames, waitForSeats } from "./flows.ts";
import { e2e } from "./harness.ts";

const TIMEOUT = { timeout: 90_000 };

describe("lobby", TIMEOUT, () => {
  it("three pages join one session (by creating it, by its code, by its link) and see each other; a reload keeps the seat", TIMEOUT, async () => {
    const { browser } = await e2e();
    const ada = await browser.page("/");
    const code = await createSession(ada, "Ada");
    assert.match(code, /^[A-Z0-9]{6}$/);

    const bob = await browser.page("/");
    await joinByCode(bob, code, "Bob");

    const chloe = await browser.page(`/?code=${code}`);
    await enterName(chloe, "Chloé");

    for (const page of [ada, bob, chloe]) await waitForSeats(page, ["Ada", "Bob", "Chloé"]);
    assert.equal(await ada.getByText("hôte").count(), 1);

    await bob.reload();
    await bob.getByRole("heading", { name: "Salle d'attente" }).waitFor();
    await waitForSeats(bob, ["Ada", "Bob", "Chloé"]);
    assert.equal(await bob.locator(".seat--me .seat__name").first().evaluate((n) => n.firstChild?.textContent), "Bob");
    await waitForSeats(ada, ["Ada", "Bob", "Chloé"]);
    assert.deepEqual((await seatNames(ada)).length, 3);
    for (const page of [ada, bob, chloe]) await page.close();
  });

  it("a refused command shows a toast in the player's language", TIMEOUT, async () => {
    const { browser } = await e2e();
    const ada = await browser.page("/");
    await createSession(ada, "Ada");
    await ada.getByRole("button", { name: "Lancer la partie" }).click();
    await ada.getByRole("alert").filter({ hasText: "Il faut au moins 2 joueurs pour commencer." }).waitFor();

    await ada.getByRole("button", { name: "EN · English", exact: true }).click();
    await ada.getByRole("button", { name: "Start the game" }).click();
    await ada.getByRole("alert").filter({ hasText: "At least 2 players are needed to start." }).waitFor();
    await ada.getByRole("button", { name: "FR · Français", exact: true }).click();
    await ada.close();
  });

  it("keyboard alone reaches and runs every lobby action", TIMEOUT, async () => {
    const { browser } = await e2e();
    const ada = await browser.page("/");
    const code = await createSession(ada, "Ada");
    assert.ok(code);

    const reached = await tabThrough(ada, 40);
    for (const id of ["lang-fr", "lang-en", "ready-toggle", "start-game", "add-bot", "leave-session", "copy-link", "join-link"]) {
      assert.ok(reached.includes(id), `Tab never reaches #${id} (reached: ${reached.join(", ")})`);
    }

    await focusByTab(ada, "ready-toggle");
    await ada.keyboard.press("Space");
    await ada.locator(".seat--me .status--ready").waitFor();

    // With a bot, everyone is ready: the game starts by itself.
    await focusByTab(ada, "add-bot");
    await ada.keyboard.press("Enter");
    await ada.locator(".seat .avatar--bot").first().waitFor();
    await ada.close();
  });
});

/** Presses Tab `count` times from the top of the page and lists the ids that got focus. */
async function tabThrough(page: Page, count: number): Promise<string[]> {
  await page.locator("body").focus();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    ids.push(await page.evaluate(() => document.activeElement?.id ?? ""));
  }
  return ids;
}

async function focusByTab(page: Page, id: string): Promise<void> {
  await page.locator("body").focus();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reaches #${id}`);
}
