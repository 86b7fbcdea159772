import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GroupCommit } from "./server/src/persistence/group-commit.ts";
import { SqliteDriver } from "./server/src/persistence/sqlite-driver.ts";
import { PostgresDriver } from "./server/src/persistence/postgres-driver.ts";
import { SqlStorage } from "./server/src/persistence/sql-storage.ts";
import type { Write } from "./server/src/persistence/storage.ts";
import pg from "pg";

const SESSIONS = 400, PER_TURN = 20, TURNS = 100; // 2,000 writes
async function run(label: string, storage: SqlStorage) {
  for (let s = 0; s < SESSIONS; s++) await storage.insertSession({ code: `S${String(s).padStart(5, "0")}`, game: "tiny", rulesVersion: 1, contentId: "race", content: { a: 1 }, mode: "group", settings: {}, seed: "x", status: "playing", facilitatorTokenHash: "f", reportToken: "r", createdAt: 1, updatedAt: 1 });
  const seqs = new Map<number, number>();
  const write = (i: number): Write => { const s = i % SESSIONS; const seq = (seqs.get(s) ?? 0) + 1; seqs.set(s, seq); return { type: "log", code: `S${String(s).padStart(5, "0")}`, entry: { seq, input: { type: "command", seatId: "p1", host: false, kind: "vote", payload: { card: "c1" } }, at: Date.now() } }; };
  let i = 0;
  let t = performance.now();
  for (let k = 0; k < PER_TURN * TURNS; k++) await storage.commit([write(i++)]);
  const single = performance.now() - t;
  let commits = 0;
  const writer = new GroupCommit({ commit: (w) => (commits++, storage.commit(w)) });
  t = performance.now();
  for (let turn = 0; turn < TURNS; turn++) {
    const done = [];
    for (let k = 0; k < PER_TURN; k++) done.push(writer.write(write(i++)));
    await new Promise((r) => setImmediate(r));
  }
  await writer.drain();
  const grouped = performance.now() - t;
  console.log(JSON.stringify({ backend: label, writes: PER_TURN * TURNS, one_commit_each_ms: Math.round(single), per_write_us: Math.round(single * 1000 / (PER_TURN * TURNS)), grouped_ms: Math.round(grouped), grouped_per_write_us: Math.round(grouped * 1000 / (PER_TURN * TURNS)), commits }));
}
await run("sqlite synchronous=FULL", await SqlStorage.open(new SqliteDriver(mkdtempSync(join(tmpdir(), "gc-")))));
const admin = new pg.Pool({ connectionString: "postgres://sgp@127.0.0.1:55432/postgres" });
await admin.query("DROP DATABASE IF EXISTS gc_measure WITH (FORCE)"); await admin.query("CREATE DATABASE gc_measure");
const pgs = await SqlStorage.open(new PostgresDriver("postgres://sgp@127.0.0.1:55432/gc_measure"));
await run("postgresql", pgs);
await pgs.close(); await admin.query("DROP DATABASE gc_measure WITH (FORCE)"); await admin.end();
process.exit(0);
