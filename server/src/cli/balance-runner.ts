import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

/** What each game's `games/<id>/src/balance.ts` exports (see docs/balance.md). */
export interface BalanceOptions {
  seeds?: number;
  seedBase: number;
}
export interface BalancePart {
  json: { id: string } & Record<string, unknown>;
  tables: string;
  markdown: string;
  failures: string[];
}
type BalanceModule = { runBalance(options: BalanceOptions): Promise<BalancePart> | BalancePart };

export interface BalanceArgs {
  game?: string;
  options: BalanceOptions;
}

/** `--game <id>`, `--seeds N`, `--seed-base B`; anything else is an error. */
export function parseBalanceArgs(args: string[]): BalanceArgs {
  const { values } = parseArgs({ args, options: { game: { type: "string" }, seeds: { type: "string" }, "seed-base": { type: "string" } }, strict: true, allowPositionals: false });
  const integer = (name: string, value: string | undefined, min: number) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got "${value}"`);
    return n;
  };
  return { game: values.game, options: { seeds: integer("seeds", values.seeds, 1), seedBase: integer("seed-base", values["seed-base"], 0) ?? 0 } };
}

/** The games that have a balance part: every `games/<id>/src/balance.ts`. */
export function balanceParts(root: string): { id: string; file: string }[] {
  const games = join(root, "games");
  return readdirSync(games)
    .sort()
    .map((id) => ({ id, file: join(games, id, "src", "balance.ts") }))
    .filter((part) => existsSync(part.file));
}

/** Rewrites the section `## <id>` of the markdown (appended when absent), keeping the others. */
export function replaceSection(markdown: string, id: string, body: string): string {
  const section = `## ${id}\n\n${body.trim()}\n`;
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${id}`);
  if (start === -1) return `${markdown.trimEnd()}\n\n${section}`;
  const next = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  const before = lines.slice(0, start).join("\n").trimEnd();
  const after = next === -1 ? "" : `\n${lines.slice(next).join("\n")}`;
  return `${before}\n\n${section}${after}`;
}

const DOC_HEAD = `# Balance\n\nWritten by \`npm run balance\`: each game's part plays its strategies on seeded games with the pure engine and checks the design's targets. Do not edit the sections by hand.\n`;

export async function runBalanceTool(root: string, args: BalanceArgs, out: (line: string) => void = console.log): Promise<number> {
  const parts = balanceParts(root).filter((p) => !args.game || p.id === args.game);
  if (parts.length === 0) throw new Error(args.game ? `no balance part for game "${args.game}"` : "no game has a balance part");
  const docPath = join(root, "docs", "balance.md");
  let doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : DOC_HEAD;
  const results: BalancePart[] = [];
  for (const part of parts) {
    const module = (await import(pathToFileURL(part.file).href)) as BalanceModule;
    const result = await module.runBalance(args.options);
    results.push(result);
    out(result.tables);
    doc = replaceSection(doc, result.json.id, result.markdown);
  }
  writeFileSync(docPath, doc);
  const failures = results.flatMap((r) => r.failures);
  for (const failure of failures) out(`target missed: ${failure}`);
  out(JSON.stringify({ games: results.map((r) => r.json) }));
  return failures.length > 0 ? 1 : 0;
}
