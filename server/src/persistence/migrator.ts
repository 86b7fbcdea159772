import type { SqlDriver, SqlExecutor } from "./sql.ts";
import type { Migration } from "./migrations.ts";

/** Any constant: PostgreSQL processes starting together take turns on this lock to migrate. */
const MIGRATION_LOCK = 7_364_021;

async function lockedVersions(db: SqlDriver, tx: SqlExecutor): Promise<Set<number>> {
  if (db.dialect === "postgres") await tx.all("SELECT pg_advisory_xact_lock(?)", [MIGRATION_LOCK]);
  await tx.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  return new Set((await tx.all("SELECT version FROM schema_migrations")).map((row) => Number(row.version)));
}

/**
 * Brings the schema to the latest version, each migration in its own transaction; returns the
 * versions it applied. A database migrated by a newer server is refused rather than misread.
 */
export async function migrate(db: SqlDriver, migrations: readonly Migration[]): Promise<number[]> {
  const known = Math.max(...migrations.map((m) => m.version));
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const ran = await db.transaction(async (tx) => {
      const done = await lockedVersions(db, tx);
      const newest = Math.max(0, ...done);
      if (newest > known) throw new Error(`the database's schema is at version ${newest}, newer than this server's ${known}: update the server`);
      if (done.has(migration.version)) return false;
      await migration.up(tx);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [migration.version, migration.name, Date.now()]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
