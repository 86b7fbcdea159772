import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, TestPlayer, until } from "../support/clients.ts";
import { ServerProcess } from "../support/server-process.ts";

const ADMIN = "designer-password";
const contentDir = mkdtempSync(join(tmpdir(), "sgp-content-"));
const kiosk = JSON.parse(readFileSync("games/evalophobia/content/kiosk.json", "utf8"));
let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start({ CONTENT_DIR: contentDir, ADMIN_PASSWORD: ADMIN });
});

afterAll(async () => {
  await server?.stop();
});

async function contentIds(game: string): Promise<string[]> {
  const body = await (await fetch(`${server.url}/api/games`)).json();
  return body.games.find((g: { id: string }) => g.id === game).contents.map((c: { id: string }) => c.id);
}

async function refusedFiles(): Promise<string[]> {
  return (await (await fetch(`${server.url}/api/games`)).json()).refused.map((r: { file: string }) => r.file);
}

/** A designer's copy of the kiosk deck, with ten cards rewritten. */
function designerDeck(id: string) {
  const deck = structuredClone(kiosk);
  deck.id = id;
  deck.title = { fr: "Mon jeu d'atelier", en: "My workshop deck" };
  deck.reasons.slice(0, 10).forEach((reason: { text: { fr: string; en: string } }, i: number) => {
    reason.text = { fr: `Chez nous, la raison numéro ${i + 1} revient sans cesse.`, en: `Here, reason number ${i + 1} keeps coming back.` };
  });
  return deck;
}

describe("content for designers", () => {
  it("picks up a deck dropped into the external folder while the server runs, and plays it", async () => {
    writeFileSync(join(contentDir, "atelier.json"), JSON.stringify(designerDeck("atelier")));
    await expect.poll(() => contentIds("evalophobia"), { timeout: 10_000 }).toContain("atelier");
    const session = await createSession(server.url, { game: "evalophobia", content: "atelier", mode: "solo" });
    const player = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Designer" });
    expect(await player.send("ready", { ready: true })).toEqual({ ack: true });
    await until(() => player.state.phase === "sort", "solo game started");
  });

  it("refuses an invalid file with its problems and never disturbs a running session", async () => {
    const session = await createSession(server.url, { game: "evalophobia", content: "kiosk", mode: "solo" });
    const player = await TestPlayer.join(server.url, session.code, { seat: "player", name: "Joueuse" });
    await player.send("ready", { ready: true });
    await until(() => player.state.phase === "sort");
    const broken = designerDeck("cassé");
    broken.levers[0].addresses = ["no-such-reason"];
    writeFileSync(join(contentDir, "atelier-casse.json"), JSON.stringify(broken));
    await expect.poll(() => refusedFiles(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining("atelier-casse.json")]));
    const games = await (await fetch(`${server.url}/api/games`)).json();
    const problems = games.refused.find((r: { file: string }) => r.file.endsWith("atelier-casse.json")).problems;
    expect(problems.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(["$.id"]));
    // the running game goes on
    expect(await player.send("sort", { keep: true })).toEqual({ ack: true });
    rmSync(join(contentDir, "atelier-casse.json"));
    await expect.poll(() => refusedFiles(), { timeout: 10_000 }).not.toEqual(expect.arrayContaining([expect.stringContaining("atelier-casse.json")]));
  });

  it("checks a draft, and stores an uploaded file only when it is valid and the admin password is given", async () => {
    const post = (path: string, body: unknown, bearer?: string) =>
      fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) }, body: JSON.stringify(body) });
    const draft = designerDeck("televerse");
    expect(await (await post("/api/content/check", draft)).json()).toMatchObject({ ok: true });
    const bad = { ...draft, levers: [] };
    const checked = await (await post("/api/content/check", bad)).json();
    expect(checked.ok).toBe(false);
    expect(checked.problems[0]).toMatchObject({ path: "$.levers", severity: "error" });

    expect((await post("/api/content", draft)).status).toBe(401);
    expect((await post("/api/content", draft, "wrong-password")).status).toBe(403);
    expect((await post("/api/content", bad, ADMIN)).status).toBe(400);
    const stored = await post("/api/content", draft, ADMIN);
    expect(stored.status).toBe(201);
    expect(await contentIds("evalophobia")).toContain("televerse");
    expect(JSON.parse(readFileSync(join(contentDir, "evalophobia", "televerse.json"), "utf8")).id).toBe("televerse");
    const huge = { ...draft, description: "x".repeat(600_000) };
    expect((await post("/api/content", huge, ADMIN)).status).toBe(413);
    const whole = await (await fetch(`${server.url}/api/content/evalophobia/televerse`)).json();
    expect(whole.data.reasons).toHaveLength(draft.reasons.length);
  });
});

describe("images beside a content file", () => {
  it("serves an image a card names from beside its file, and refuses a file whose image is missing", async () => {
    const folder = join(contentDir, "illustre");
    mkdirSync(folder, { recursive: true });
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    writeFileSync(join(folder, "budget.png"), png);
    const deck = designerDeck("illustre");
    deck.reasons[0].image = "budget.png";
    writeFileSync(join(folder, "illustre.json"), JSON.stringify(deck));
    await expect.poll(() => contentIds("evalophobia"), { timeout: 30_000 }).toContain("illustre");
    const image = await fetch(`${server.url}/api/content/evalophobia/illustre/files/budget.png`);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png);
    expect((await fetch(`${server.url}/api/content/evalophobia/illustre/files/illustre.json`)).status).toBe(404);

    const missing = designerDeck("sans-image");
    missing.levers[2].image = "absent.png";
    writeFileSync(join(folder, "sans-image.json"), JSON.stringify(missing));
    await expect.poll(() => refusedFiles(), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringContaining("sans-image.json")]));
    const games = await (await fetch(`${server.url}/api/games`)).json();
    const problem = games.refused.find((r: { file: string }) => r.file.endsWith("sans-image.json")).problems[0];
    expect(problem).toMatchObject({ path: "$.levers[2].image", code: "content.missing_image" });
  });
});

describe("the validator command", () => {
  const run = (...files: string[]) => spawnSync(process.execPath, ["--import", "tsx", "server/src/cli/decks.ts", "check", ...files], { encoding: "utf8" });

  it("exits 0 for valid files and 1 with one line per problem, naming file, JSON path and message in both languages", () => {
    const valid = run("games/evalophobia/content/default.json", "games/evalophobia/content/kiosk.json");
    expect(valid.status).toBe(0);
    const folder = mkdtempSync(join(tmpdir(), "sgp-check-"));
    mkdirSync(folder, { recursive: true });
    const deck = designerDeck("copie");
    deck.reasons[3].category = "nowhere";
    const file = join(folder, "copie.json");
    writeFileSync(file, JSON.stringify(deck));
    const invalid = run(file);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain(`${file}: $.reasons[3].category: erreur / error:`);
    expect(invalid.stdout).toMatch(/nowhere.*\/.*nowhere/);
    expect(run().status).toBe(2);
  });

  it("runs exactly the server's checks: an id another file of the catalogue uses is refused by both, with the same message", async () => {
    const folder = mkdtempSync(join(tmpdir(), "sgp-check-"));
    const file = join(folder, "double.json");
    writeFileSync(file, JSON.stringify({ ...designerDeck("x"), id: "kiosk" }));
    const cli = run(file);
    expect(cli.status).toBe(1);
    writeFileSync(join(contentDir, "double.json"), readFileSync(file));
    await expect.poll(() => refusedFiles(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining("double.json")]));
    const games = await (await fetch(`${server.url}/api/games`)).json();
    const [problem] = games.refused.find((r: { file: string }) => r.file.endsWith("double.json")).problems;
    expect(problem).toMatchObject({ code: "content.duplicate_id", path: "$.id", message: { fr: expect.stringContaining("games/evalophobia/content/kiosk.json") } });
    expect(cli.stdout).toContain(`${file}: $.id: erreur / error: ${problem.message.fr} / ${problem.message.en}`);
    rmSync(join(contentDir, "double.json"));

    // a file over the size cap is refused unread, by the command as by the server
    const heavy = spawnSync(process.execPath, ["--import", "tsx", "server/src/cli/decks.ts", "check", "games/evalophobia/content/kiosk.json"], { encoding: "utf8", env: { ...process.env, MAX_CONTENT_BYTES: "2048" } });
    expect(heavy.status).toBe(1);
    expect(heavy.stdout).toMatch(/games\/evalophobia\/content\/kiosk.json: \$: erreur \/ error: Fichier trop lourd : [\d\u202f ]+ Kio, 2 au plus\. \/ File too large/);
  });
});
