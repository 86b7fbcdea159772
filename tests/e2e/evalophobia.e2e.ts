import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createEvalo, joinAndReady, playSolo, press, tap } from "./evalophobia-flows.ts";
import { e2e } from "./harness.ts";

const TIMEOUT = { timeout: 180_000 };

describe("evalophobia", TIMEOUT, () => {
  it("a solo game played by taps at 1024x768 reaches the roadmap and its QR code", TIMEOUT, async () => {
    const { browser, server } = await e2e();
    const { code } = await createEvalo(server.url, { mode: "solo" });
    const page = await browser.page(`/?code=${code}`);
    await page.setViewportSize({ width: 1024, height: 768 });
    await joinAndReady(page, "Ada");
    await page.locator("canvas").waitFor();
    await playSolo(page, tap);
    const report = page.locator(".report");
    await report.getByRole("heading", { name: "Feuille de route" }).waitFor();
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
    await page.locator(".report").getByRole("heading", { name: "Feuille de route" }).waitFor();
    await page.close();
  });
});
