import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { enterName, joinByCode } from "./flows.ts";
import { createFromConsole, idsIn, phaseOf, recordFrames, seatIdOf, waitForRows } from "./facilitator-flows.ts";
import { e2e } from "./harness.ts";

const TIMEOUT = { timeout: 180_000 };

interface Card {
  id: string;
  title: { fr: string; en: string };
}

const timerPaused = (page: Page) => page.locator(".gamebar .timer.timer--paused").waitFor();
const timerRunning = (page: Page) => page.waitForFunction(() => {
  const timer = document.querySelector(".gamebar .timer");
  return timer !== null && !timer.classList.contains("timer--paused") && !(timer as HTMLElement).hidden;
});

describe("facilitator", TIMEOUT, () => {
  it("creates an Evalophobia group session, runs it from the console (pause, resume, skip, kick), exports the roadmap; the big screen never shows a hand", TIMEOUT, async () => {
    const { browser, server } = await e2e();
    const desk = await browser.page("/facilitate");
    const code = await createFromConsole(desk, { game: "evalophobia", mode: "group", settings: { diagnosisSeconds: "300", voteSeconds: "200", leversSeconds: "400" } });
    assert.match(code, /^[A-Z0-9]{6}$/);
    await desk.locator(".qr svg").waitFor();
    const joinLink = (await desk.locator("#join-link").getAttribute("href"))!;
    assert.equal(new URL(joinLink).searchParams.get("code"), code);
    assert.match((await desk.locator(".qr").getAttribute("aria-label"))!, new RegExp(code));

    // The facilitator's link opens the console; the token leaves the address bar and stays in this browser.
    await desk.locator("#open-console").click();
    await desk.getByRole("heading", { name: "Console d'animation" }).waitFor();
    assert.equal(new URL(desk.url()).hash, "");
    await desk.reload();
    await desk.getByRole("heading", { name: "Console d'animation" }).waitFor();
    await desk.locator("#session-status", { hasText: "Salle d'attente" }).waitFor();

    const screen = await browser.page(`/screen?code=${code}`);
    const screenFrames = recordFrames(screen);
    await screen.reload();
    await screen.locator(".big-screen [data-testid=join-code]").filter({ hasText: code.split("").join("") }).waitFor();
    await screen.locator(".big-screen .qr svg").waitFor();
    const consoleFrames = recordFrames(desk);
    await desk.reload();
    await desk.getByRole("heading", { name: "Console d'animation" }).waitFor();

    const names = ["Ana", "Bruno", "Chloé"];
    const players: Page[] = [];
    const playerFrames: Buffer[][] = [];
    for (const name of names) {
      const page = await browser.context.newPage();
      playerFrames.push(recordFrames(page));
      await page.goto(new URL("/", server.url).href);
      await joinByCode(page, code, name);
      players.push(page);
    }
    // The fourth joins by the URL the QR code holds.
    const dora = await browser.context.newPage();
    await dora.goto(joinLink.replace(new URL(joinLink).origin, server.url));
    await enterName(dora, "Dora");
    await waitForRows(desk, 4);

    await desk.locator("#fac-start").click();
    await desk.locator("#session-status", { hasText: "En cours" }).waitFor();
    assert.equal(await phaseOf(desk), "diagnosis");
    for (const page of [...players, dora]) await timerRunning(page);

    await desk.locator("#fac-pause").click();
    for (const page of [...players, dora]) await timerPaused(page);
    await players[0].locator(".gamebar .timer", { hasText: "En pause" }).waitFor();
    await screen.locator(".big-screen .timer.timer--paused").waitFor();
    await desk.locator("#fac-resume").click();
    for (const page of [...players, dora]) await timerRunning(page);

    await desk.locator("#fac-skip").click();
    await desk.waitForFunction(() => document.querySelector("#current-phase")?.getAttribute("data-phase") === "vote");

    // Kick Dora, who sees why.
    const doraSeat = await seatIdOf(desk, "Dora");
    await desk.locator(`#kick-${doraSeat}-open`).click();
    await desk.locator(`#kick-${doraSeat}`).fill("Merci Dora, la session continue à trois.");
    await desk.locator(`#kick-${doraSeat}-submit`).click();
    await dora.getByRole("heading", { name: "L'animation vous a retiré·e de la session." }).waitFor();
    assert.equal(await dora.locator("#closed-detail").textContent(), "Merci Dora, la session continue à trois.");
    await desk.locator(`#players-table tr[data-seat="${doraSeat}"] .presence--on`).waitFor({ state: "detached" });

    // To the levers: every player now holds lever cards too.
    await desk.locator("#fac-skip").click();
    await desk.waitForFunction(() => document.querySelector("#current-phase")?.getAttribute("data-phase") === "levers");
    await desk.locator("[data-secret=hand-count]").first().waitFor();
    assert.match((await desk.locator("[data-secret=hand-count]").first().textContent())!, /Vu par l'animation seulement.*\d+ raisons · \d+ leviers/);

    // The big screen: no card of a hand, neither on the wire nor on screen.
    const deck = (await (await fetch(`${server.url}/api/sessions/${code}/content`)).json()) as { reasons: Card[]; levers: Card[] };
    const cards = [...deck.reasons, ...deck.levers];
    await screen.waitForTimeout(500);
    const allPlayerFrames = playerFrames.flat();
    const publicIds = idsIn(consoleFrames, cards.map((c) => c.id));
    const handIds = [...idsIn(allPlayerFrames, cards.map((c) => c.id))].filter((id) => !publicIds.has(id) && ![...publicIds].some((p) => p.includes(id)));
    assert.ok(handIds.length >= 3 * 6, `the players' hands are on their wires (${handIds.length} cards)`);
    assert.deepEqual([...idsIn(screenFrames, handIds)], [], "a hand's card reached the big screen");
    const screenText = await screen.evaluate(() => `${document.body.innerText}\n${[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")).join("\n")}`);
    const shown = cards.filter((c) => handIds.includes(c.id) && (screenText.includes(c.title.fr) || screenText.includes(c.title.en)));
    assert.deepEqual(shown.map((c) => c.id), [], "a hand's card is shown on the big screen");

    // A note, the end, the debrief revealed to the players, and the exports.
    await desk.locator("#note-text").fill("Bonne énergie du groupe sur les leviers.");
    await desk.locator("#note-add").click();
    await desk.locator("#notes-list li", { hasText: "Bonne énergie" }).waitFor();
    desk.once("dialog", (dialog) => void dialog.accept());
    await desk.locator("#fac-end").click();
    await desk.locator("#session-status", { hasText: "Terminée" }).waitFor();
    await desk.locator("#fac-reveal").click();
    await desk.locator("#debrief-revealed").waitFor();
    await players[0].locator(".screen--end .report").waitFor();
    await screen.locator(".big-screen .report").waitFor();

    const [json] = await Promise.all([desk.waitForEvent("download"), desk.locator("#export-json").click()]);
    const report = JSON.parse(readFileSync((await json.path())!, "utf8"));
    assert.equal(report.header.code, code);
    assert.ok(report.report.sections.some((s: { id: string }) => s.id === "notes"));
    const [csv] = await Promise.all([desk.waitForEvent("download"), desk.locator("#export-csv").click()]);
    assert.ok(readFileSync((await csv.path())!, "utf8").length > 0);
    const [printable] = await Promise.all([desk.context().waitForEvent("page"), desk.locator("#export-html").click()]);
    await printable.waitForLoadState();
    await printable.waitForFunction(() => document.body.innerText.includes("Bonne énergie"));
    assert.match(await printable.evaluate(() => document.body.innerText), /Ana/);

    for (const page of [desk, screen, dora, printable, ...players]) await page.close();
  });
});
