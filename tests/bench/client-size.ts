/**
 * The client's JavaScript, gzipped as a server would send it: what the first screen loads (the
 * home page, before any game; Phaser is loaded only when a game starts) and all of it. Builds the
 * client with Vite's manifest into a temporary folder. Exit code 1 when a budget is passed.
 * Usage: npm run size
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const KB = 1024;
const BUDGET = { first_screen_kb: 150, all_kb: 500 };
/** The entry and the home page's route: everything they import statically is on the first screen. */
const FIRST_SCREEN_ENTRIES = ["index.html", "src/app.ts"];

interface ManifestChunk {
  file: string;
  imports?: string[];
}

const repoRoot = resolve(import.meta.dirname, "../..");
const outDir = mkdtempSync(join(tmpdir(), "sgp-client-size-"));
const build = spawnSync(join(repoRoot, "node_modules/.bin/vite"), ["build", "--config", "client/vite.config.ts", "--manifest", "--logLevel", "warn"], {
  cwd: repoRoot,
  env: { ...process.env, CLIENT_OUT_DIR: outDir },
  stdio: ["ignore", "ignore", "inherit"],
});
if (build.status !== 0) throw new Error("the client build failed");

const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8"));
const gzipped = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

const firstScreen = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key];
  if (!chunk || firstScreen.has(chunk.file)) return;
  firstScreen.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
FIRST_SCREEN_ENTRIES.forEach(visit);

const scripts = readdirSync(join(outDir, "assets")).filter((file) => file.endsWith(".js")).map((file) => `assets/${file}`);
const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipped(file), 0);
const phaser = scripts.filter((file) => file.startsWith("assets/phaser-") && !file.startsWith("assets/phaser-host"));
const round = (bytes: number) => Math.round((10 * bytes) / KB) / 10;
const sizes = { first_screen_kb: round(sum(firstScreen)), all_kb: round(sum(scripts)), phaser_kb: round(sum(phaser)) };

console.log(`first screen: ${sizes.first_screen_kb} KB gzip (budget ${BUDGET.first_screen_kb}) in ${firstScreen.size} files; all: ${sizes.all_kb} KB (budget ${BUDGET.all_kb}), Phaser ${sizes.phaser_kb} KB`);
console.log(JSON.stringify(sizes));
const over = sizes.first_screen_kb > BUDGET.first_screen_kb || sizes.all_kb > BUDGET.all_kb;
process.exit(over ? 1 : 0);
