import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { SessionInput } from "@sgp/shared";

export interface SessionRow {
  code: string;
  game: string;
  contentId: string;
  content: unknown;
  mode: string;
  settings: Record<string, unknown>;
  seed: string;
  status: "lobby" | "playing" | "finished";
  facilitatorTokenHash: string;
  reportToken: string;
  createdAt: number;
  updatedAt: number;
}

export interface LogEntry {
  seq: number;
  input: SessionInput;
  at: number;
}

export interface StoredReport {
  audience: "facilitator" | "players";
  json: string;
}

const SCHEMA = `
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
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
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
  at INTEGER NOT NULL,
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
  created_at INTEGER NOT NULL,
  PRIMARY KEY (code, audience)
);
`;

/**
 * The embedded database: sessions, their seat tokens, their logs and their reports, in one
 * SQLite file under DATA_DIR. Every write is synchronous, so an input is on disk before its ack.
 */
export class Store {
  private readonly db: DatabaseSync;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new DatabaseSync(join(dataDir, "sessions.sqlite"));
    this.db.exec("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;");
    this.db.exec(SCHEMA);
  }

  close(): void {
    this.db.close();
  }

  /** Inserts a session; false when its code is already taken (by any process, at any time). */
  insertSession(row: SessionRow): boolean {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO sessions (code, game, content_id, content_json, mode, settings_json, seed, status,
           facilitator_token_hash, report_token, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(row.code, row.game, row.contentId, JSON.stringify(row.content), row.mode, JSON.stringify(row.settings), row.seed,
        row.status, row.facilitatorTokenHash, row.reportToken, row.createdAt, row.updatedAt);
    return result.changes === 1;
  }

  getSession(code: string): SessionRow | undefined {
    const row = this.db.prepare("SELECT * FROM sessions WHERE code = ?").get(code) as Record<string, any> | undefined;
    return row && toSessionRow(row);
  }

  listSessions(status?: SessionRow["status"][]): SessionRow[] {
    const rows = this.db.prepare("SELECT * FROM sessions ORDER BY created_at").all() as Record<string, any>[];
    return rows.map(toSessionRow).filter((row) => !status || status.includes(row.status));
  }

  deleteSession(code: string): boolean {
    return this.db.prepare("DELETE FROM sessions WHERE code = ?").run(code).changes === 1;
  }

  setStatus(code: string, status: SessionRow["status"]): void {
    this.db.prepare("UPDATE sessions SET status = ?, updated_at = ? WHERE code = ?").run(status, Date.now(), code);
  }

  appendLog(code: string, seq: number, input: SessionInput): void {
    this.db.prepare("INSERT INTO log (code, seq, type, data_json, at) VALUES (?,?,?,?,?)").run(code, seq, input.type, JSON.stringify(input), Date.now());
  }

  readLog(code: string): LogEntry[] {
    const rows = this.db.prepare("SELECT seq, data_json, at FROM log WHERE code = ? ORDER BY seq").all(code) as Record<string, any>[];
    return rows.map((row) => ({ seq: Number(row.seq), input: JSON.parse(row.data_json), at: Number(row.at) }));
  }

  saveSeatToken(code: string, tokenHash: string, seatId: string, name: string): void {
    this.db.prepare("INSERT OR REPLACE INTO seat_tokens (code, token_hash, seat_id, name) VALUES (?,?,?,?)").run(code, tokenHash, seatId, name);
  }

  findSeatByToken(code: string, tokenHash: string): string | undefined {
    const row = this.db.prepare("SELECT seat_id FROM seat_tokens WHERE code = ? AND token_hash = ?").get(code, tokenHash) as { seat_id: string } | undefined;
    return row?.seat_id;
  }

  revokeSeatTokens(code: string, seatId: string): void {
    this.db.prepare("DELETE FROM seat_tokens WHERE code = ? AND seat_id = ?").run(code, seatId);
  }

  /** The session a stand table (or one of its tablets) currently plays. */
  kioskSession(tableId: string, slot: string): string | undefined {
    const row = this.db.prepare("SELECT code FROM kiosk_sessions WHERE table_id = ? AND slot = ?").get(tableId, slot) as { code: string } | undefined;
    return row?.code;
  }

  setKioskSession(tableId: string, slot: string, code: string): void {
    this.db.prepare("INSERT OR REPLACE INTO kiosk_sessions (table_id, slot, code) VALUES (?,?,?)").run(tableId, slot, code);
  }

  saveReport(code: string, audience: StoredReport["audience"], json: string): void {
    this.db.prepare("INSERT OR REPLACE INTO reports (code, audience, report_json, created_at) VALUES (?,?,?,?)").run(code, audience, json, Date.now());
  }

  getReport(code: string, audience: StoredReport["audience"]): string | undefined {
    const row = this.db.prepare("SELECT report_json FROM reports WHERE code = ? AND audience = ?").get(code, audience) as { report_json: string } | undefined;
    return row?.report_json;
  }
}

function toSessionRow(row: Record<string, any>): SessionRow {
  return {
    code: row.code,
    game: row.game,
    contentId: row.content_id,
    content: JSON.parse(row.content_json),
    mode: row.mode,
    settings: JSON.parse(row.settings_json),
    seed: row.seed,
    status: row.status,
    facilitatorTokenHash: row.facilitator_token_hash,
    reportToken: row.report_token,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}
