/**
 * Where a server's time went, from a `--cpu-prof` profile (`npm run bench -- --profile DIR`): the
 * functions with the most time, their own (self) and with what they call (total), as shares of
 * the samples. Usage: node --import tsx tests/bench/profile-summary.ts FILE.cpuprofile [--top 15]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "15" } } });
if (positionals.length !== 1) throw new Error("usage: profile-summary FILE.cpuprofile [--top 15]");
const profile: Profile = JSON.parse(readFileSync(positionals[0], "utf8"));

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const selfSamples = new Map<number, number>();
for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, "").replace(/^.*\/(node_modules\/)/, "$1").replace(/^.*\/(server|shared|games|tests)\//, "$1/");
  return `${functionName || "(anonymous)"}${file ? ` ${file}:${lineNumber + 1}` : ""}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
for (const [id, count] of selfSamples) {
  const node = byId.get(id)!;
  self.set(label(node), (self.get(label(node)) ?? 0) + count);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at)!);
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + count);
  }
}

const all = profile.samples.length;
const share = (count: number) => `${((100 * count) / all).toFixed(1)}%`.padStart(6);
const top = Number(values.top);
console.log(`${all} samples\n\nself time:`);
for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${share(count)}  ${name}`);
console.log("\ntotal time (with callees):");
for (const [name, count] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${share(count)}  ${name}`);
