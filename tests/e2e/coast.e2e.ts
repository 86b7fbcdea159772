import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { phase, proposeFirstProject, startKioskGame, zoneLabels } from "./coast-flows.ts";
import { e2e } from "./harness.ts";

const TIMEOUT = { timeout: 300_000 };
const ROUNDS = 3;

async function tap(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name, exact: true }).click();
}

/** One round by taps: read the event, propose (first round), pledge and react, watch the sea, read the newspaper. */
async function playRound(page: Page, round: number): Promise<void> {
  await phase(page, "L'événement");
  assert.match((await page.locator(".coast-step__round").textContent()) ?? "", new RegExp(`Manche ${round}/${ROUNDS}`));
  await tap(page, "Passer à la négociation");

  await phase(page, "La négociation");
  if (round === 1) {
    assert.ok(await proposeFirstProject(page), "an action card could be placed");
    await page.locator(".coast-project--mine, .toast").first().waitFor();
  }
  const project = page.locator(".coast-project").first();
  if (await project.count()) {
    await project.getByRole("button", { name: /Je soutiens/ }).click();
    await project.locator('.coast-reaction--support[aria-pressed="true"]').waitFor();
    const pledge = project.locator(".coast-project__moves button", { hasText: /^\+|Tout le reste/ }).first();
    if (await pledge.count()) await pledge.click();
  }
  // A new proposal by a bot asks everyone to look again: say "done" until the sea comes.
  while (!(await page.locator(".coast-step strong", { hasText: "La mer" }).count())) {
    const done = page.getByRole("button", { name: "J'ai fini de négocier" });
    if (await done.count()) await done.click().catch(() => undefined);
    await page.waitForTimeout(200);
  }

  await phase(page, "La mer");
  // The kiosk's marsh lies below high tide plus the first round's rise: it floods every round.
  await page.waitForFunction(() => [...document.querySelectorAll(".a11y-target")].some((b) => /inondée/.test(b.textContent ?? "")));
  const flooded = (await zoneLabels(page)).filter((label) => label.includes("inondée"));
  assert.ok(flooded.some((label) => label.startsWith("Marais")), `the marsh is drawn flooded: ${flooded.join(" / ")}`);
  await tap(page, "Voir le bilan du tour");

  await phase(page, "Le bilan du tour");
  await page.locator(".coast-paper__lead").waitFor();
  assert.match((await page.locator(".coast-paper__date").textContent()) ?? "", /Anse de Gravelle · 20[3-5]0/);
  await tap(page, round === ROUNDS ? "Voir le bilan final" : "Tour suivant");
}

describe("Trait de côte in the browser", TIMEOUT, () => {
  it("a visitor plays the kiosk scenario with three bots at 1024x768, by taps, through every round to the debrief", TIMEOUT, async () => {
    const { browser, server } = await e2e();
    const page = await startKioskGame(browser, server.url, "Camille");

    // The role sheet shows my secret objective, marked as such.
    await page.getByRole("tab", { name: "Mon rôle" }).click();
    await page.locator(".coast-secret .coast-goal").first().waitFor();
    await page.getByRole("tab", { name: "À faire" }).click();

    for (let round = 1; round <= ROUNDS; round++) await playRound(page, round);

    await page.getByRole("heading", { name: "Partie terminée" }).waitFor({ timeout: 30_000 });
    await page.locator(".report").waitFor();
    assert.ok(await page.getByText("Le journal local").count(), "the debrief has the newspaper");
    // The same storms with nothing done, in a sentence with French numbers, and each loss explained.
    await page.getByRole("heading", { name: "Les mêmes tempêtes, sans vos projets" }).waitFor();
    const comparison = (await page.locator(".report .outcome", { hasText: "Sans vos projets" }).first().textContent()) ?? "";
    assert.match(comparison, /Sans vos projets, (aucun logement n'aurait été inondé|[\d\u202f\u00a0]+ logements? (aurait|auraient) été inondés?)\u00a0; avec eux, /);
    assert.ok(await page.getByRole("heading", { name: "Chaque inondation et chaque perte, expliquée" }).count(), "every loss is explained");
    await page.close();
  });
});
