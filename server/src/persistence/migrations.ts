import { createHash } from "node:crypto";
import type { SqlExecutor } from "./sql.ts";

/**
 * A numbered change of the schema, run once, in order, in its own transaction, by both backends
 * (SQLite and PostgreSQL read the same statements). Never edit a migration that has shipped:
 * add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: SqlExecutor): Promise<void>;
}

export function contentHash(json: string): string {
  return createHash("sha256").update(json).digest("hex");
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    // The schema the first releases created without a migrator: databases they made adopt it as is.
    name: "sessions, seat tokens, logs, stand sessions, reports",
    up: (db) =>
      db.exec(`
        CREATE TABLE IF NOT EXISTS sessions (
          code TEXT PRIMARY KEY,
          game TEXT NOT NULL,
          content_id TEXT NOT NULL,
          content_json TEXT NOT NULL,
          mode TEXT NOT NULL,
          settings_json TEXT NOT NULL,
          seed TEXT NOT NULL,
          status TEXT NOT NULL,
          facilitator_token_hash TEXT NOT NULL,
          report_token TEXT NOT NULL,
          created_at BIGINT NOT NULL,
          updated_at BIGINT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS seat_tokens (
          code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
          token_hash TEXT NOT NULL,
          seat_id TEXT NOT NULL,
          name TEXT NOT NULL,
          PRIMARY KEY (code, token_hash)
        );
        CREATE TABLE IF NOT EXISTS log (
          code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
          seq INTEGER NOT NULL,
          type TEXT NOT NULL,
          data_json TEXT NOT NULL,
          at BIGINT NOT NULL,
          PRIMARY KEY (code, seq)
        );
        CREATE TABLE IF NOT EXISTS kiosk_sessions (
          table_id TEXT NOT NULL,
          slot TEXT NOT NULL,
          code TEXT NOT NULL,
          PRIMARY KEY (table_id, slot)
        );
        CREATE TABLE IF NOT EXISTS reports (
          code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
          audience TEXT NOT NULL,
          report_json TEXT NOT NULL,
          created_at BIGINT NOT NULL,
          PRIMARY KEY (code, audience)
        );`),
  },
  {
    version: 2,
    // Sessions made before rules were versioned were played under each game's version 1.
    name: "rules version per session, content stored once by hash, log entry metadata",
    async up(db) {
      await db.exec(`
        ALTER TABLE sessions ADD COLUMN rules_version INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE contents (hash TEXT PRIMARY KEY, json TEXT NOT NULL);
        ALTER TABLE sessions ADD COLUMN content_hash TEXT REFERENCES contents(hash);
        ALTER TABLE log ADD COLUMN meta_json TEXT NOT NULL DEFAULT '{}';
        CREATE INDEX sessions_by_creation ON sessions (created_at);`);
      for (const row of await db.all("SELECT code, content_json FROM sessions")) {
        const json = String(row.content_json);
        const hash = contentHash(json);
        await db.run("INSERT INTO contents (hash, json) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING", [hash, json]);
        await db.run("UPDATE sessions SET content_hash = ? WHERE code = ?", [hash, String(row.code)]);
      }
      await db.exec("ALTER TABLE sessions DROP COLUMN content_json;");
    },
  },
];
