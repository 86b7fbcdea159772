import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createSession } from "./flows.ts";
import { e2e } from "./harness.ts";

const TIMEOUT = { timeout: 90_000 };

/** How many inputs the session's log holds, read with the facilitator token this tab keeps. */
function logLength(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const code = new URL(location.href).searchParams.get("code")!;
    const { facilitatorToken } = JSON.parse(sessionStorage.getItem(`sgp.seat.${code}`)!);
    const response = await fetch(`/api/sessions/${code}/state`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
    return ((await response.json()) as { seq: number }).seq;
  });
}

describe("a game's table", TIMEOUT, () => {
  it("is played from the keyboard through the accessible layer, exactly as a tap", TIMEOUT, async () => {
    const { browser } = await e2e();
    const ada = await browser.page("/");
    await createSession(ada, "Ada");
    await ada.getByRole("button", { name: "Ajouter un robot" }).click();
    await ada.locator(".seat .avatar--bot").waitFor();
    await ada.getByRole("button", { name: "Je suis prêt·e" }).click();

    await ada.locator("canvas").waitFor();
    const card = ada.getByRole("button", { name: /^Poser la carte \d$/ }).first();
    await ada.waitForFunction(() => document.querySelector('.a11y-target[aria-disabled="false"]') !== null);
    const moves = () => logLength(ada);
    const before = await moves();

    await card.focus();
    const ring = await card.evaluate((button) => getComputedStyle(button).outlineStyle);
    assert.equal(ring, "solid", "the focused target shows a focus ring over its object");
    await ada.keyboard.press("Enter");
    const deadline = Date.now() + 10_000;
    while ((await moves()) === before && Date.now() < deadline) await ada.waitForTimeout(100);
    assert.ok((await moves()) > before, "the card was played");
    await ada.close();
  });
});
