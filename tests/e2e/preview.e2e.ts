import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ServerProcess } from "../support/server-process.ts";
import { e2e } from "./harness.ts";

const TIMEOUT = { timeout: 90_000 };
const repoRoot = resolve(import.meta.dirname, "../..");
const PASSWORD = "preview-e2e-password";
const SHIPPED = [
  { game: "evalophobia", id: "default" },
  { game: "evalophobia", id: "kiosk" },
  { game: "coast", id: "sablecourt" },
  { game: "coast", id: "kiosque" },
];

type Problem = { path: string; message: { fr: string; en: string } };

/** The designers' page on a server of its own: an admin password and an empty external folder. */
describe("preview page", TIMEOUT, () => {
  let server: ServerProcess;
  let contentDir: string;
  let drafts: string;

  before(async () => {
    await e2e(); // the test build of the client
    contentDir = mkdtempSync(join(tmpdir(), "sgp-content-"));
    drafts = mkdtempSync(join(tmpdir(), "sgp-drafts-"));
    server = await ServerProcess.start({ CLIENT_DIR: "client/dist-e2e", ADMIN_PASSWORD: PASSWORD, CONTENT_DIR: contentDir });
  });

  after(async () => {
    await server.stop();
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(drafts, { recursive: true, force: true });
  });

  /** A tab on this server that fails the test on any uncaught error. */
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await (await e2e()).browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(new URL(path, server.url).href);
    return { page, errors };
  }

  const api = async <T>(path: string, init?: RequestInit): Promise<T> => (await fetch(new URL(path, server.url), init)).json() as Promise<T>;
  const checkOnServer = (file: string) => api<{ problems: Problem[] }>("/api/content/check", { method: "POST", headers: { "content-type": "application/json" }, body: readFileSync(file) });
  const fixture = (name: string) => join(repoRoot, "games/evalophobia/test-fixtures", name);

  for (const { game, id } of SHIPPED) {
    it(`shows every item of ${game}/${id}, and its problems, without an error`, TIMEOUT, async () => {
      const content = await api<{ file: string; warnings: Problem[]; data: Record<string, unknown> }>(`/api/content/${game}/${id}`);
      const { page, errors } = await open(`/preview?game=${game}&content=${id}`);
      const shown = page.locator(`.shown[data-game="${game}"][data-content="${id}"]`);
      await shown.waitFor();

      const lists = Object.entries(content.data).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
      assert.ok(lists.length >= 3, "a deck or scenario has several lists");
      for (const [key, items] of lists) {
        const section = shown.locator(`[data-section="${key}"]`);
        assert.equal(await section.getAttribute("data-count"), String(items.length), `${key}: announced count`);
        assert.equal(await section.locator("[data-preview-item]").count(), items.length, `${key}: every item shown`);
      }
      if ((await shown.getAttribute("data-drawn")) === "true") {
        const box = await shown.locator(".shown__canvas canvas").boundingBox();
        assert.ok(box && box.width > 200 && box.height > 200, "the game's drawing has room");
      }

      assert.equal(await shown.locator(".shown__problems").getAttribute("data-problems"), String(content.warnings.length));
      const paths = await shown.locator(".shown__problems .problem").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-path")));
      assert.deepEqual(paths, content.warnings.map((w) => w.path));
      assert.equal(await page.getByRole("alert").count(), 0);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it("lists the refused files with their problems and switches to English", TIMEOUT, async () => {
    const broken = fixture("broken-semantics.json");
    const file = join(contentDir, "refused-draft.json");
    writeFileSync(file, readFileSync(broken));
    const mine = (c: { refused: { file: string; problems: Problem[] }[] }) => c.refused.find((r) => r.file.endsWith("refused-draft.json"));
    const { problems } = mine(await waitFor(() => api<{ refused: { file: string; problems: Problem[] }[] }>("/api/games"), (c) => mine(c) !== undefined))!;
    const { page, errors } = await open("/preview");
    const refused = page.locator(".refused__file").filter({ hasText: "refused-draft.json" });
    await refused.waitFor();
    assert.deepEqual(await refused.locator(".problem").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-path"))), problems.map((p) => p.path));
    await page.locator("#lang-en").click();
    await page.getByRole("heading", { name: "Content preview" }).waitFor();
    await refused.getByText(problems[0].message.en).first().waitFor();
    await page.locator("#lang-fr").click();
    rmSync(file);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("checks a broken draft and shows its problems with their JSON paths", TIMEOUT, async () => {
    for (const name of ["broken-semantics.json", "broken-structure.json"]) {
      const expected = await checkOnServer(fixture(name));
      assert.ok(expected.problems.length > 0);
      const { page, errors } = await open("/preview");
      await page.locator("#draft-file").setInputFiles(fixture(name));
      const result = page.locator('.draft-result[data-status="invalid"]');
      await result.waitFor();
      await result.getByText(`${name} n'est pas valide.`).waitFor();
      const shown = await result.locator(".problem").evaluateAll((nodes) => nodes.map((n) => [n.getAttribute("data-path"), n.querySelector(".problem__message")?.textContent]));
      assert.deepEqual(
        shown,
        expected.problems.map((p) => [p.path, p.message.fr]),
      );
      assert.equal(await page.locator("#draft-preview").count(), 0, "no preview of an invalid draft");
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  it("uploads a broken file (refused, nothing stored), then a fixed one: previewed, stored, listed", TIMEOUT, async () => {
    const { page, errors } = await open("/preview");
    await page.locator("#draft-file").setInputFiles(fixture("broken-semantics.json"));
    await page.locator('.draft-result[data-status="invalid"]').waitFor();
    await page.getByLabel("Mot de passe d'administration").fill(PASSWORD);
    await page.getByRole("button", { name: "Enregistrer le fichier" }).click();
    await page.locator('.draft-result[data-status="refused"]').waitFor();
    assert.ok((await page.locator(".draft-result .problem").count()) > 0);
    assert.equal(existsSync(join(contentDir, "evalophobia", "broken-semantics.json")), false);

    const deck = JSON.parse(readFileSync(join(repoRoot, "games/evalophobia/content/kiosk.json"), "utf8"));
    const fixed = join(drafts, "atelier.json");
    writeFileSync(fixed, JSON.stringify({ ...deck, id: "atelier-e2e", title: { fr: "Atelier d'essai", en: "Trial workshop" } }, null, 2));
    await page.locator("#draft-file").setInputFiles(fixed);
    await page.locator('.draft-result[data-status="valid"]').getByText("atelier.json est valide.").waitFor();

    await page.getByRole("button", { name: "Prévisualiser ce brouillon" }).click();
    const draft = page.locator('.shown[data-content="atelier-e2e"]');
    await draft.getByText("Brouillon non enregistré : atelier.json").waitFor();
    assert.equal(await draft.locator('[data-section="reasons"] [data-preview-item]').count(), deck.reasons.length);

    await page.getByLabel("Mot de passe d'administration").fill("not-the-password");
    await page.getByRole("button", { name: "Enregistrer le fichier" }).click();
    await page.getByRole("alert").filter({ hasText: "Mot de passe d'administration incorrect." }).waitFor();
    assert.equal(existsSync(join(contentDir, "evalophobia", "atelier-e2e.json")), false);

    await page.getByLabel("Mot de passe d'administration").fill(PASSWORD);
    await page.getByRole("button", { name: "Enregistrer le fichier" }).click();
    await page.getByRole("status").filter({ hasText: "atelier.json est enregistré : evalophobia / atelier-e2e." }).waitFor();
    await page.locator('.shown[data-content="atelier-e2e"]').getByText(/^Fichier : /).waitFor();
    assert.equal(await page.locator("#preview-content").inputValue(), "evalophobia/atelier-e2e");
    assert.ok(existsSync(join(contentDir, "evalophobia", "atelier-e2e.json")));
    assert.deepEqual(errors, []);
    await page.close();
  });
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out");
}
