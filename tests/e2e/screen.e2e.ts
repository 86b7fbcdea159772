import assert from "node:assert/strict";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { TestPlayer, until } from "../support/clients.ts";
import { e2e } from "./harness.ts";

const SCREENSHOTS = resolve(import.meta.dirname, "../../docs/screenshots");
const TIMEOUT = { timeout: 300_000 };

async function createSession(url: string, body: Record<string, unknown>) {
  const response = await fetch(new URL("/api/sessions", url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  assert.equal(response.status, 201);
  return (await response.json()) as { code: string; facilitatorToken: string; joinUrl: string };
}

/** The display fits its viewport: nothing to scroll, and its own words (not the game's canvas) at 28 px or more. */
async function assertDisplay(page: Page, where: string): Promise<void> {
  const fit = await page.evaluate(() => {
    const small = [...document.querySelectorAll(".big-screen__bar *, .big-screen__invite *, .big-screen__title")]
      .filter((node) => [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) && (node as HTMLElement).offsetParent !== null)
      .map((node) => ({ text: node.textContent!.trim().slice(0, 30), size: parseFloat(getComputedStyle(node).fontSize) }))
      .filter(({ size }) => size < 28);
    const root = document.scrollingElement!;
    const below = [...document.querySelectorAll("body *")].filter((n) => n.getBoundingClientRect().bottom > innerHeight + 1).slice(0, 6).map((n) => `${n.tagName}.${n.className}`);
    return { overflowY: root.scrollHeight - innerHeight, overflowX: root.scrollWidth - innerWidth, small, below };
  });
  assert.ok(fit.overflowY <= 0 && fit.overflowX <= 0, `${where}: the page scrolls (${fit.overflowX}, ${fit.overflowY}) ${fit.below.join(" ")}`);
  assert.deepEqual(fit.small, [], `${where}: text under 28 px`);
}

describe("the big screen is a display", { timeout: 900_000 }, () => {
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { width: 1366, height: 768 }]) {
    it(`lobby, play and debrief fit ${size.width}x${size.height}, with one button and no language switch`, TIMEOUT, async () => {
      const { browser, server } = await e2e();
      const session = await createSession(server.url, { game: "evalophobia", mode: "group", settings: { autoStart: false, fillWithBots: true, seats: 4 } });
      const host = await TestPlayer.join(server.url, session.code, { seat: "facilitator", token: session.facilitatorToken });
      const people = [await TestPlayer.join(server.url, session.code, { seat: "player", name: "Ada" }), await TestPlayer.join(server.url, session.code, { seat: "player", name: "Bilal" })];
      const page = await browser.page(`/screen?code=${session.code}`);
      await page.setViewportSize(size);
      const shoot = (step: string) => (size.width === 1366 ? Promise.resolve() : page.screenshot({ path: `${SCREENSHOTS}/big-screen-${step}-${size.width}x${size.height}.png` }).then(() => undefined));
      const where = (step: string) => `${step} at ${size.width}x${size.height}`;

      await page.locator(".big-screen__code").waitFor();
      await page.locator(".big-screen__name", { hasText: "Bilal" }).waitFor();
      assert.equal((await page.locator(".big-screen__code").textContent())?.trim(), session.code);
      assert.equal(await page.locator(".big-screen__link").textContent(), session.joinUrl.replace(/^https?:\/\//, ""));
      assert.equal(await page.locator("button:visible").count(), 1, "one button: full screen");
      assert.equal(await page.locator("#lang-fr, #lang-en").count(), 0, "no language switch");
      await assertDisplay(page, where("lobby"));
      await shoot("lobby");

      assert.equal((await host.send("start")).ack, true);
      await page.locator(".big-screen__stage canvas").waitFor();
      await page.waitForTimeout(1500);
      await assertDisplay(page, where("play"));
      await shoot("play");

      assert.equal((await host.send("end")).ack, true);
      await until(() => host.state.status === "finished", "the end");
      await page.locator(".big-screen__end .card--report").waitFor();
      await page.waitForTimeout(500);
      await assertDisplay(page, where("debrief"));
      await shoot("debrief");
      for (const player of [...people, host]) await player.leave();
      await page.close();
    });
  }
});
