import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { createFromConsole, waitForRows } from "./facilitator-flows.ts";
import { joinByCode } from "./flows.ts";
import { buildClient, launchBrowser, startServer } from "./harness.ts";

/** The facilitator's pages on a tablet in landscape and a laptop, the big screen on a TV, in French. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
];
const TV = { width: 1920, height: 1080 };
const OUT = resolve(import.meta.dirname, "../../docs/screenshots");

async function shoot(page: Page, name: string, sizes = SIZES): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
}

mkdirSync(OUT, { recursive: true });
buildClient();
const server = await startServer();
const browser = await launchBrowser(server.url, SIZES[0]);
try {
  const desk = await browser.page("/facilitate");
  await desk.locator("#fac-game").waitFor();
  await shoot(desk, "20-facilitate");
  const code = await createFromConsole(desk, { game: "evalophobia", mode: "group", settings: { diagnosisSeconds: "600" } });
  await shoot(desk, "21-created");
  await desk.locator("#open-console").click();
  await desk.getByRole("heading", { name: "Console d'animation" }).waitFor();

  const screen = await browser.page(`/screen?code=${code}`);
  await screen.locator(".big-screen .qr svg").waitFor();
  for (const name of ["Ana", "Bruno", "Chloé"]) await joinByCode(await browser.page("/"), code, name);
  await waitForRows(desk, 3);
  await shoot(desk, "22-console-lobby");
  await shoot(screen, "23-screen-lobby", [TV, SIZES[0]]);

  await desk.locator("#fac-start").click();
  await desk.locator("#fac-skip").click();
  await desk.locator("#fac-skip").click();
  await desk.waitForFunction(() => document.querySelector("#current-phase")?.getAttribute("data-phase") === "levers");
  await desk.locator("#note-text").fill("Le groupe a vite trouvé ses priorités.");
  await desk.locator("#note-add").click();
  await desk.locator("#notes-list li").waitFor();
  await shoot(desk, "24-console-playing");
  await screen.waitForTimeout(1500);
  await shoot(screen, "25-screen-playing", [TV, SIZES[0]]);

  desk.once("dialog", (dialog) => void dialog.accept());
  await desk.locator("#fac-end").click();
  await desk.locator("#fac-reveal").click();
  await desk.locator("#debrief-revealed").waitFor();
  await shoot(desk, "26-console-finished");
  await screen.locator(".big-screen .report").waitFor();
  await shoot(screen, "27-screen-debrief", [TV]);
  const [printable] = await Promise.all([desk.context().waitForEvent("page"), desk.locator("#export-html").click()]);
  await printable.waitForFunction(() => document.body.innerText.includes("priorités"));
  await shoot(printable, "28-printable-debrief");

  const history = await browser.page("/history");
  await history.locator("#history-mine").waitFor();
  await shoot(history, "29-history");
} finally {
  await browser.close();
  await server.stop();
}
