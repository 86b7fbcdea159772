import type { SessionInput } from "@sgp/shared";

export type SessionStatus = "lobby" | "playing" | "finished";

export interface SessionRow {
  code: string;
  game: string;
  /** The game's rules version the session was created under; a session is replayed only under it. */
  rulesVersion: number;
  contentId: string;
  content: unknown;
  mode: string;
  settings: Record<string, unknown>;
  seed: string;
  status: SessionStatus;
  facilitatorTokenHash: string;
  reportToken: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * One accepted input of a session, in order. Fields beyond seq, input and at are stored as they
 * are (in the entry's metadata), so an entry can carry more (a command id, its outcome) without
 * a migration.
 */
export interface LogEntry {
  seq: number;
  input: SessionInput;
  at: number;
}

export type ReportAudienceKey = "facilitator" | "players";

/** A change the rooms make while sessions run; a group of them commits in one transaction. */
export type Write =
  | { type: "log"; code: string; entry: LogEntry }
  | { type: "status"; code: string; status: SessionStatus; at: number }
  | { type: "seat-token"; code: string; tokenHash: string; seatId: string; name: string }
  | { type: "revoke-seat"; code: string; seatId: string }
  | { type: "report"; code: string; audience: ReportAudienceKey; json: string; at: number };

/**
 * Where sessions live: their rows, content snapshots (stored once by hash), logs, seat tokens,
 * reports and the stand's current sessions. SQLite in one process, PostgreSQL for several.
 */
export interface Storage {
  readonly kind: "sqlite" | "postgres";
  /** Writes every change in one transaction, in order; resolves once it is durable. */
  commit(writes: readonly Write[]): Promise<void>;
  /** Inserts a session; false when its code is already taken (by any process, at any time). */
  insertSession(row: SessionRow): Promise<boolean>;
  getSession(code: string): Promise<SessionRow | undefined>;
  /** Sessions, oldest first, optionally only those in the given statuses. */
  listSessions(status?: SessionStatus[]): Promise<SessionRow[]>;
  /** Deletes a session with its log, seat tokens and reports (and its content if no other uses it). */
  deleteSession(code: string): Promise<boolean>;
  readLog(code: string): Promise<LogEntry[]>;
  findSeatByToken(code: string, tokenHash: string): Promise<string | undefined>;
  getReport(code: string, audience: ReportAudienceKey): Promise<string | undefined>;
  /** The session a stand table (or one of its tablets) currently plays. */
  kioskSession(tableId: string, slot: string): Promise<string | undefined>;
  setKioskSession(tableId: string, slot: string, code: string): Promise<void>;
  close(): Promise<void>;
}
