import { contentHash, MIGRATIONS } from "./migrations.ts";
import { migrate } from "./migrator.ts";
import type { SqlDriver, SqlExecutor, SqlRow } from "./sql.ts";
import type { LogEntry, ReportAudienceKey, SessionRow, SessionStatus, Storage, Write } from "./storage.ts";

const SESSION_COLUMNS = `code, game, rules_version, content_id, content_hash, mode, settings_json, seed, status,
  facilitator_token_hash, report_token, created_at, updated_at`;

/** Content is read-only once stored: one parsed copy per hash, shared by its sessions. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The storage on any SQL database the drivers speak to: the same statements for both. */
export class SqlStorage implements Storage {
  private readonly contents = new Map<string, unknown>();

  private constructor(private readonly db: SqlDriver) {}

  /** Opens the storage after bringing its schema up to date. */
  static async open(db: SqlDriver): Promise<SqlStorage> {
    await migrate(db, MIGRATIONS);
    return new SqlStorage(db);
  }

  get kind(): Storage["kind"] {
    return this.db.dialect;
  }

  async commit(writes: readonly Write[]): Promise<void> {
    if (writes.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const write of writes) await applyWrite(tx, write);
    });
  }

  async insertSession(row: SessionRow): Promise<boolean> {
    const json = JSON.stringify(row.content);
    const hash = contentHash(json);
    return this.db.transaction(async (tx) => {
      await tx.run("INSERT INTO contents (hash, json) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING", [hash, json]);
      const inserted = await tx.run(
        `INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (code) DO NOTHING`,
        [row.code, row.game, row.rulesVersion, row.contentId, hash, row.mode, JSON.stringify(row.settings), row.seed, row.status,
          row.facilitatorTokenHash, row.reportToken, row.createdAt, row.updatedAt],
      );
      return inserted === 1;
    });
  }

  async getSession(code: string): Promise<SessionRow | undefined> {
    const [row] = await this.db.all(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE code = ?`, [code]);
    return row && this.toSessionRow(row);
  }

  async listSessions(status?: SessionStatus[]): Promise<SessionRow[]> {
    const rows = await this.db.all(`SELECT ${SESSION_COLUMNS} FROM sessions ORDER BY created_at`);
    const wanted = rows.filter((row) => !status || status.includes(row.status as SessionStatus));
    return Promise.all(wanted.map((row) => this.toSessionRow(row)));
  }

  async deleteSession(code: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.all("SELECT content_hash FROM sessions WHERE code = ?", [code]);
      if (!row) return false;
      await tx.run("DELETE FROM sessions WHERE code = ?", [code]);
      const hash = String(row.content_hash);
      if ((await tx.run("DELETE FROM contents WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM sessions WHERE content_hash = ?)", [hash, hash])) > 0) {
        this.contents.delete(hash);
      }
      return true;
    });
  }

  async readLog(code: string): Promise<LogEntry[]> {
    const rows = await this.db.all("SELECT seq, data_json, meta_json, at FROM log WHERE code = ? ORDER BY seq", [code]);
    return rows.map((row) => ({ ...JSON.parse(String(row.meta_json)), seq: Number(row.seq), input: JSON.parse(String(row.data_json)), at: Number(row.at) }));
  }

  async findSeatByToken(code: string, tokenHash: string): Promise<string | undefined> {
    const [row] = await this.db.all("SELECT seat_id FROM seat_tokens WHERE code = ? AND token_hash = ?", [code, tokenHash]);
    return row ? String(row.seat_id) : undefined;
  }

  async getReport(code: string, audience: ReportAudienceKey): Promise<string | undefined> {
    const [row] = await this.db.all("SELECT report_json FROM reports WHERE code = ? AND audience = ?", [code, audience]);
    return row ? String(row.report_json) : undefined;
  }

  async kioskSession(tableId: string, slot: string): Promise<string | undefined> {
    const [row] = await this.db.all("SELECT code FROM kiosk_sessions WHERE table_id = ? AND slot = ?", [tableId, slot]);
    return row ? String(row.code) : undefined;
  }

  async setKioskSession(tableId: string, slot: string, code: string): Promise<void> {
    await this.db.run(
      "INSERT INTO kiosk_sessions (table_id, slot, code) VALUES (?, ?, ?) ON CONFLICT (table_id, slot) DO UPDATE SET code = excluded.code",
      [tableId, slot, code],
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private async content(hash: string): Promise<unknown> {
    if (!this.contents.has(hash)) {
      const [row] = await this.db.all("SELECT json FROM contents WHERE hash = ?", [hash]);
      if (!row) throw new Error(`content ${hash} is missing`);
      this.contents.set(hash, deepFreeze(JSON.parse(String(row.json))));
    }
    return this.contents.get(hash);
  }

  private async toSessionRow(row: SqlRow): Promise<SessionRow> {
    return {
      code: String(row.code),
      game: String(row.game),
      rulesVersion: Number(row.rules_version),
      contentId: String(row.content_id),
      content: await this.content(String(row.content_hash)),
      mode: String(row.mode),
      settings: JSON.parse(String(row.settings_json)),
      seed: String(row.seed),
      status: row.status as SessionStatus,
      facilitatorTokenHash: String(row.facilitator_token_hash),
      reportToken: String(row.report_token),
      createdAt: Number(row.created_at),
      updatedAt: Number(row.updated_at),
    };
  }
}

async function applyWrite(tx: SqlExecutor, write: Write): Promise<void> {
  switch (write.type) {
    case "log": {
      const { seq, input, at, ...meta } = write.entry;
      await tx.run("INSERT INTO log (code, seq, type, data_json, meta_json, at) VALUES (?, ?, ?, ?, ?, ?)", [write.code, seq, input.type, JSON.stringify(input), JSON.stringify(meta), at]);
      return;
    }
    case "status":
      await tx.run("UPDATE sessions SET status = ?, updated_at = ? WHERE code = ?", [write.status, write.at, write.code]);
      return;
    case "seat-token":
      await tx.run(
        "INSERT INTO seat_tokens (code, token_hash, seat_id, name) VALUES (?, ?, ?, ?) ON CONFLICT (code, token_hash) DO UPDATE SET seat_id = excluded.seat_id, name = excluded.name",
        [write.code, write.tokenHash, write.seatId, write.name],
      );
      return;
    case "revoke-seat":
      await tx.run("DELETE FROM seat_tokens WHERE code = ? AND seat_id = ?", [write.code, write.seatId]);
      return;
    case "report":
      await tx.run(
        "INSERT INTO reports (code, audience, report_json, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (code, audience) DO UPDATE SET report_json = excluded.report_json, created_at = excluded.created_at",
        [write.code, write.audience, write.json, write.at],
      );
      return;
  }
}
