import type { Page } from "playwright-core";

/** What people do in the shared screens, in French (the default locale). */

export async function enterName(page: Page, name: string): Promise<void> {
  await page.getByLabel("Votre nom").fill(name);
  await page.getByRole("button", { name: "Entrer dans la salle" }).click();
  await page.getByRole("heading", { name: /^(Salle d'attente|Votre partie en solo)$/ }).waitFor();
}

/** Creates a session of the test game from the home page and enters its lobby; returns its code. */
export async function createSession(page: Page, name: string, mode: "group" | "solo" = "group"): Promise<string> {
  await page.getByLabel("Course à 21 (jeu de test)").check();
  await page.getByLabel("Mode").selectOption(mode);
  await page.getByRole("button", { name: "Créer la session" }).click();
  await enterName(page, name);
  return joinCode(page);
}

export async function joinCode(page: Page): Promise<string> {
  return (await page.getByTestId("join-code").textContent())!.trim();
}

export async function joinByCode(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel("Code de la session").fill(code);
  await page.getByRole("button", { name: "Rejoindre" }).click();
  await enterName(page, name);
}

/** Names in the lobby's list of seats, in table order. */
export function seatNames(page: Page): Promise<string[]> {
  return page.locator(".seats .seat__name").evaluateAll((nodes) => nodes.map((n) => n.firstChild?.textContent?.trim() ?? ""));
}

export async function waitForSeats(page: Page, names: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const shown = [...document.querySelectorAll(".seats .seat__name")].map((n) => n.firstChild?.textContent?.trim());
      return expected.length === shown.length && expected.every((name) => shown.includes(name));
    },
    names,
  );
}
