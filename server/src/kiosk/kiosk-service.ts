import { timingSafeEqual } from "node:crypto";
import type { Storage } from "../persistence/storage.ts";
import type { SessionRooms } from "../room/session-rooms.ts";
import { ServiceError, type SessionService } from "../sessions/service.ts";
import type { StandConfig, StandTable } from "./stand-config.ts";

export interface KioskSession {
  code: string;
  game: string;
  content: string;
  mode: string;
  status: string;
}

/**
 * The stand: each table plays one session at a time (or one per tablet at solo tables). A tablet
 * asks for its table's current game; once a game is over, the next one is prepared on request.
 */
export class KioskService {
  /** Staff's choice for a table's next games, until changed. */
  private readonly nextChoice = new Map<string, { content?: string; mode?: string }>();

  constructor(
    readonly config: StandConfig,
    private readonly storage: Storage,
    private readonly sessions: SessionService,
    private readonly rooms: SessionRooms,
  ) {}

  table(id: string): StandTable {
    const table = this.config.tables.find((t) => t.id === id);
    if (!table) throw new ServiceError(404, "join.kiosk_unknown", { table: id.slice(0, 20) });
    return table;
  }

  private slot(table: StandTable, tablet: string): string {
    if (!table.tablets.includes(tablet)) throw new ServiceError(404, "kiosk.unknown_tablet", { tablet: tablet.slice(0, 20) });
    return table.sessionPerTablet ? tablet : "";
  }

  /** The game a tablet should join now: the table's current one, or a fresh one. */
  async current(tableId: string, tablet: string): Promise<KioskSession> {
    const table = this.table(tableId);
    const slot = this.slot(table, tablet);
    const code = await this.storage.kioskSession(table.id, slot);
    const row = code ? await this.storage.getSession(code) : undefined;
    if (row && row.status !== "finished") {
      await this.sessions.open(row.code);
      return { code: row.code, game: row.game, content: row.contentId, mode: row.mode, status: row.status };
    }
    return this.prepare(table, slot);
  }

  /** Does this session belong to this tablet's table? (A kiosk join must come from the right table.) */
  async owns(code: string, tableId: string, tablet: string): Promise<boolean> {
    const table = this.config.tables.find((t) => t.id === tableId);
    if (!table || !table.tablets.includes(tablet)) return false;
    return (await this.storage.kioskSession(table.id, table.sessionPerTablet ? tablet : "")) === code;
  }

  checkPin(pin: string): void {
    const expected = Buffer.from(this.config.staffPin);
    const given = Buffer.from(pin);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ServiceError(403, "kiosk.bad_pin");
  }

  /** Staff: the table's next games use this content and mode. */
  choose(tableId: string, choice: { content?: string; mode?: string }): void {
    this.table(tableId);
    this.nextChoice.set(tableId, choice);
  }

  /** Staff: ends the table's current games and prepares fresh ones. */
  async reset(tableId: string): Promise<void> {
    const table = this.table(tableId);
    for (const slot of table.sessionPerTablet ? table.tablets : [""]) {
      const code = await this.storage.kioskSession(table.id, slot);
      if (code && (await this.storage.getSession(code))?.status !== "finished") await this.rooms.endByStaff(code);
      await this.prepare(table, slot);
    }
  }

  private async prepare(table: StandTable, slot: string): Promise<KioskSession> {
    const choice = this.nextChoice.get(table.id) ?? {};
    const content = choice.content ?? table.content;
    const mode = choice.mode ?? table.mode;
    const seats = table.sessionPerTablet ? 1 : table.tablets.length;
    const created = await this.sessions.create({
      game: table.game,
      content,
      mode,
      settings: { fillWithBots: true, seats, lobbySeconds: this.config.lobbySeconds, ...table.settings },
    });
    await this.storage.setKioskSession(table.id, slot, created.code);
    return { code: created.code, game: table.game, content, mode, status: "lobby" };
  }
}
