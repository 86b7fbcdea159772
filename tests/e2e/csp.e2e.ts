import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { createSession } from "./flows.ts";
import { e2e } from "./harness.ts";

/**
 * The pages under the server's Content-Security-Policy: each page type is opened and used, and
 * any violation the browser reports (the event, or its console message) fails the test.
 */
test("every page runs under the CSP without a violation: shell, game canvas, console, big screen, printable report", { timeout: 120_000 }, async () => {
  const { browser, server } = await e2e();
  const violations: string[] = [];
  const open = async (path: string): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    page.on("console", (message) => {
      if (/Content Security Policy|CSP violation/.test(message.text())) violations.push(`${path}: ${message.text()}`);
    });
    await page.goto(new URL(path, server.url).href);
    return page;
  };

  const ada = await open("/");
  const code = await createSession(ada, "Ada");
  await ada.getByRole("button", { name: "Ajouter un robot" }).click();
  await ada.locator(".seat .avatar--bot").waitFor();
  const screen = await open(`/screen?code=${code}`);
  await ada.getByRole("button", { name: "Je suis prêt·e" }).click();
  await ada.locator("canvas").waitFor();
  await ada.waitForFunction(() => document.querySelector('.a11y-target[aria-disabled="false"]') !== null);
  await screen.locator(".big-screen--playing canvas").waitFor();

  const token = await ada.evaluate((c) => JSON.parse(sessionStorage.getItem(`sgp.seat.${c}`)!).facilitatorToken as string, code);
  const desk = await open(`/console?code=${code}#token=${encodeURIComponent(token)}`);
  await desk.getByRole("heading", { name: "Console d'animation" }).waitFor();
  desk.once("dialog", (dialog) => void dialog.accept());
  await desk.locator("#fac-end").click();
  await desk.locator("#fac-reveal").click();
  // The facilitator's printable page, opened from a blob: its print script still loads from the server.
  const [exported] = await Promise.all([desk.context().waitForEvent("page"), desk.locator("#export-html").click()]);
  await exported.locator("[data-print]").waitFor();
  await exported.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith("/report-print.js")));
  await exported.close();
  await screen.locator(".big-screen .report").waitFor();
  await ada.locator(".screen--end .report").waitFor();
  const printable = await open((await ada.locator("#open-report").getAttribute("href"))!);
  await printable.locator("[data-print]").waitFor();

  for (const path of ["/facilitate", "/history", "/preview"]) {
    const page = await open(path);
    await page.locator("main, #app > *").first().waitFor();
    await page.close();
  }
  for (const page of [ada, screen, desk, printable]) await page.close();
  assert.deepEqual(violations, []);
});
