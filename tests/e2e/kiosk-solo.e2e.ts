import { test } from "node:test";
import type { Page } from "playwright-core";
import { playSolo, steadyBox, waitForTarget } from "./evalophobia-flows.ts";
import { openTablet, tablet, tapButton } from "./kiosk-tablets.ts";

/** A finger on the canvas where the object is (its accessible mirror has the object's bounds). */
async function fingerTap(page: Page, name: string | RegExp): Promise<string> {
  const label = await waitForTarget(page, name);
  const box = await steadyBox(page, label);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + Math.min(box.height / 2, 30));
  return label;
}

test("table B: a visitor alone plays Evalophobia solo to the roadmap with taps only", { timeout: 180_000 }, async () => {
  const context = await tablet();
  try {
    const page = await openTablet(context, "B", "1");
    await tapButton(page, "Jouer");
    await tapButton(page, "Je suis prêt·e");
    await page.locator(".screen--game").waitFor();
    await playSolo(page, fingerTap);
    await page.getByRole("img", { name: /QR code du bilan/ }).waitFor();
  } finally {
    await context.close();
  }
});
