/**
 * The log's write path alone (not part of npm test): the same log entries written with one
 * transaction each, then through the group commit with `--per-turn` entries per event-loop turn,
 * on SQLite (synchronous=FULL) and, with DATABASE_URL, on PostgreSQL. One JSON line per backend.
 *   node --import tsx tests/bench/log-writes.ts [--turns 100] [--per-turn 20]
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GroupCommit } from "../../server/src/persistence/group-commit.ts";
import { PostgresDriver } from "../../server/src/persistence/postgres-driver.ts";
import type { SqlDriver } from "../../server/src/persistence/sql.ts";
import { SqlStorage } from "../../server/src/persistence/sql-storage.ts";
import { SqliteDriver } from "../../server/src/persistence/sqlite-driver.ts";
import type { Write } from "../../server/src/persistence/storage.ts";

const { values } = parseArgs({ options: { turns: { type: "string", default: "100" }, "per-turn": { type: "string", default: "20" } } });
const turns = Number(values.turns);
const perTurn = Number(values["per-turn"]);
const TABLES = 400;

async function measure(backend: string, driver: SqlDriver): Promise<void> {
  const storage = await SqlStorage.open(driver);
  const run = `${Date.now().toString(36)}`;
  const code = (table: number) => `${run}-${table}`;
  for (let table = 0; table < TABLES; table++) {
    await storage.insertSession({
      code: code(table), game: "bench", rulesVersion: 1, contentId: "bench", content: { bench: true }, mode: "group", settings: {}, seed: "bench",
      status: "playing", facilitatorTokenHash: "-", reportToken: "-", createdAt: Date.now(), updatedAt: Date.now(),
    });
  }
  const seqs = new Array<number>(TABLES).fill(0);
  let next = 0;
  const vote = (): Write => {
    const table = next++ % TABLES;
    return { type: "log", code: code(table), entry: { seq: ++seqs[table], input: { type: "command", seatId: "p1", host: false, kind: "vote", payload: { card: "r1" } }, at: Date.now() } };
  };
  const writes = turns * perTurn;

  let started = performance.now();
  for (let i = 0; i < writes; i++) await storage.commit([vote()]);
  const oneEach = performance.now() - started;

  let commits = 0;
  const writer = new GroupCommit({ commit: (group) => (commits++, storage.commit(group)) });
  started = performance.now();
  for (let turn = 0; turn < turns; turn++) {
    for (let i = 0; i < perTurn; i++) void writer.write(vote());
    await new Promise((resolve) => setImmediate(resolve));
  }
  await writer.drain();
  const grouped = performance.now() - started;

  for (let table = 0; table < TABLES; table++) await storage.deleteSession(code(table));
  await storage.close();
  const us = (ms: number) => Math.round((ms * 1000) / writes);
  console.log(JSON.stringify({ backend, writes, per_turn: perTurn, one_transaction_each_us_per_write: us(oneEach), group_commit_us_per_write: us(grouped), group_commits: commits }));
}

await measure("sqlite", new SqliteDriver(mkdtempSync(join(tmpdir(), "sgp-log-bench-"))));
if (process.env.DATABASE_URL) await measure("postgres", new PostgresDriver(process.env.DATABASE_URL));
