import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createEvalo, groupStep, handLabels, joinAndReady, playSolo, press, ready, tap, waitForTarget } from "./evalophobia-flows.ts";
import { enterName } from "./flows.ts";
import { e2e } from "./harness.ts";

const TIMEOUT = { timeout: 300_000 };

describe("evalophobia", { timeout: 600_000 }, () => {
  it("a solo game played by taps at 1024x768 reaches the roadmap and its QR code", TIMEOUT, async () => {
    const { browser, server } = await e2e();
    const { code } = await createEvalo(server.url, { mode: "solo" });
    const page = await browser.page(`/?code=${code}`);
    await page.setViewportSize({ width: 1024, height: 768 });
    await joinAndReady(page, "Ada");
    await page.locator("canvas").waitFor();
    await playSolo(page, tap);
    const report = page.locator(".report");
    await report.getByRole("heading", { name: "Feuille de route", exact: true }).waitFor();
    assert.match((await report.textContent()) ?? "", /Préchauffage terminé/);
    await page.getByRole("img", { name: `QR code du bilan de la session ${code}` }).waitFor();
    await page.close();
  });

  it("a solo game played with the keyboard alone reaches the roadmap", TIMEOUT, async () => {
    const { browser, server } = await e2e();
    const { code } = await createEvalo(server.url, { mode: "solo" });
    const page = await browser.page(`/?code=${code}`);
    await joinAndReady(page, "Bao");
    await page.locator("canvas").waitFor();
    await playSolo(page, press);
    await page.locator(".report").getByRole("heading", { name: "Feuille de route", exact: true }).waitFor();
    await page.close();
  });

  it("a group game with two people and a bot: one page reloads mid-game, finds the same hand, and all play to the roadmap", TIMEOUT, async () => {
    const { browser, server } = await e2e();
    const { code } = await createEvalo(server.url, { mode: "group", settings: { fillWithBots: true, seats: 3 } });
    const ada = await browser.page(`/?code=${code}`);
    await enterName(ada, "Ada");
    const bob = await browser.page(`/?code=${code}`);
    await joinAndReady(bob, "Bob");
    await ready(ada);

    await waitForTarget(bob, "Choisir la carte");
    const hand = await handLabels(bob);
    assert.ok(hand.length > 0);
    await bob.reload();
    await waitForTarget(bob, "Choisir la carte");
    assert.deepEqual(await handLabels(bob), hand);

    const players = [
      { page: ada, memory: { played: false, proposed: false } },
      { page: bob, memory: { played: false, proposed: false } },
    ];
    const ended = async () => (await Promise.all(players.map(({ page }) => page.locator(".screen--end").count()))).every((n) => n > 0);
    while (!(await ended())) {
      let acted = false;
      for (const { page, memory } of players) if (await page.locator("canvas").count()) acted = (await groupStep(page, memory)) || acted;
      if (!acted) await ada.waitForTimeout(200);
    }
    for (const { page } of players) {
      await page.locator(".report").getByRole("heading", { name: "Feuille de route", exact: true }).waitFor();
      await page.getByRole("img", { name: `QR code du bilan de la session ${code}` }).waitFor();
    }
    assert.match((await ada.locator(".report").textContent()) ?? "", /Ada.*Bob|Bob.*Ada/s);
    await ada.close();
    await bob.close();
  });
});
