import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { openTablet, tablet, tapButton } from "./kiosk-tablets.ts";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page: the serious and critical violations, one line each. */
async function serious(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the pages' CSP refuses inline scripts, rightly.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => ((await (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe.run()).violations));
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("accessibility: the kiosk screens have no serious or critical violation", { timeout: 90_000 }, async () => {
  const context = await tablet();
  try {
    const page = await openTablet(context, "A", "2");
    const found: Record<string, string[]> = {};
    found.welcome = await serious(page);
    await page.getByRole("button", { name: /Espace équipe/ }).dispatchEvent("pointerdown");
    await page.getByRole("dialog", { name: "Code de l'équipe" }).waitFor({ timeout: 5_000 });
    found.pin = await serious(page);
    await page.locator("#pin-cancel").tap();
    await tapButton(page, "Jouer");
    await page.getByRole("heading", { name: "Vous êtes prêt·e ?" }).waitFor();
    found.lobby = await serious(page);
    assert.deepEqual(found, { welcome: [], pin: [], lobby: [] });
  } finally {
    await context.close();
  }
});

test("accessibility: the other pages have no serious or critical violation", { timeout: 90_000 }, async () => {
  const context = await tablet();
  try {
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const path of ["/", "/facilitate", "/console", "/screen", "/history", "/preview"]) {
      await page.goto(path);
      await page.waitForTimeout(1500);
      found[path] = await serious(page);
    }
    assert.deepEqual(found, { "/": [], "/facilitate": [], "/console": [], "/screen": [], "/history": [], "/preview": [] });
  } finally {
    await context.close();
  }
});
