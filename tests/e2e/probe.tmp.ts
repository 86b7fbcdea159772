import { ServerProcess } from "/work/wt/pace/tests/support/server-process.ts";
import { launchBrowser } from "/work/wt/pace/tests/e2e/harness.ts";
import { createEvalo, joinAndReady, waitForTarget } from "/work/wt/pace/tests/e2e/evalophobia-flows.ts";
const server = await ServerProcess.start({ CLIENT_DIR: "client/dist-e2e" });
const browser = await launchBrowser(server.url);
for (const [w, hgt] of [[1024, 768], [768, 1024], [390, 844]]) {
  const { code } = await createEvalo(server.url, { mode: "solo" });
  const page = await browser.page(`/?code=${code}`);
  await page.setViewportSize({ width: w, height: hgt });
  await joinAndReady(page, "Ada");
  await page.locator("canvas").waitFor();
  await waitForTarget(page, "C'est nous");
  await page.waitForTimeout(800);
  const boxes = await page.evaluate(() => [...document.querySelectorAll('.a11y-target:not([hidden])')].map((n) => ({ t: (n.textContent ?? "").slice(0, 30), r: n.getBoundingClientRect().toJSON() })));
  const canvas = await page.locator("canvas").boundingBox();
  console.log(w, hgt, "canvas", JSON.stringify(canvas), "scrollH", await page.evaluate(() => document.documentElement.scrollHeight));
  for (const b of boxes) console.log("  ", b.t, Math.round(b.r.y), Math.round(b.r.bottom), b.r.bottom > hgt ? "OUT" : "");
  await page.screenshot({ path: `/tmp/probe-${w}.png` });
  await page.close();
}
await browser.close(); await server.stop();
