import { afterEach, describe, expect, it } from "vitest";
import { GroupCommit } from "./group-commit.ts";
import { MIGRATIONS } from "./migrations.ts";
import { migrate } from "./migrator.ts";
import type { SqlDriver } from "./sql.ts";
import { SqlStorage } from "./sql-storage.ts";
import type { LogEntry, SessionRow, Storage, Write } from "./storage.ts";

const DECK = { game: "tiny", id: "race", version: 1, title: { fr: "Course", en: "Race" }, cards: [1, 2, 3, 4], target: 21 };

function session(code: string, overrides: Partial<SessionRow> = {}): SessionRow {
  return {
    code, game: "tiny", rulesVersion: 3, contentId: "race", content: DECK, mode: "group", settings: { seats: 2 }, seed: "seed",
    status: "lobby", facilitatorTokenHash: "f".repeat(64), reportToken: "r".repeat(32), createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

const entry = (seq: number, seatId: string): LogEntry => ({ seq, input: { type: "seat.join", seatId, name: seatId, controller: "human" }, at: 1_700_000_000_000 + seq });
const join = (seq: number, seatId: string): Write => ({ type: "log", code: "AAAAAA", entry: entry(seq, seatId) });

async function count(db: SqlDriver, table: string): Promise<number> {
  return Number((await db.all(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
}

/** A new, empty database: a first client, and a way to open another one to it (another process). */
export interface TestDatabase {
  driver: SqlDriver;
  connect(): SqlDriver;
}

/**
 * What every storage backend must do, run against SQLite by `npm test` and against a real
 * PostgreSQL by `npm run test:cluster`.
 */
export function storageContract(name: string, freshDatabase: () => Promise<TestDatabase>, options: { sharedByProcesses: boolean }): void {
  describe(`storage on ${name}`, () => {
    const opened: SqlDriver[] = [];
    const fresh = async () => {
      const { driver } = await freshDatabase();
      opened.push(driver);
      return driver;
    };
    const open = async () => {
      const db = await fresh();
      return { db, storage: await SqlStorage.open(db) };
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((db) => db.close()));
    });

    it("migrates an empty database to the latest version once, and refuses one migrated by a newer server", async () => {
      const db = await fresh();
      expect(await migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(db, MIGRATIONS)).toEqual([]);
      await db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [99, "from the future", 0]);
      await expect(migrate(db, MIGRATIONS)).rejects.toThrow(/version 99, newer than this server's/);
    });

    it("stores sessions with their rules version, refuses a taken code, lists by status in creation order", async () => {
      const { storage } = await open();
      expect(await storage.insertSession(session("AAAAAA", { createdAt: 2 }))).toBe(true);
      expect(await storage.insertSession(session("AAAAAA"))).toBe(false);
      expect(await storage.insertSession(session("BBBBBB", { createdAt: 1, status: "finished", rulesVersion: 4 }))).toBe(true);
      expect(await storage.getSession("AAAAAA")).toEqual(session("AAAAAA", { createdAt: 2 }));
      expect((await storage.getSession("BBBBBB"))?.rulesVersion).toBe(4);
      expect(await storage.getSession("CCCCCC")).toBeUndefined();
      expect((await storage.listSessions()).map((row) => row.code)).toEqual(["BBBBBB", "AAAAAA"]);
      expect((await storage.listSessions(["lobby", "playing"])).map((row) => row.code)).toEqual(["AAAAAA"]);
    });

    it("stores a content once for all its sessions, and deletes it with the last of them", async () => {
      const { db, storage } = await open();
      await storage.insertSession(session("AAAAAA"));
      await storage.insertSession(session("BBBBBB"));
      await storage.insertSession(session("CCCCCC", { content: { ...DECK, target: 30 } }));
      expect(await count(db, "contents")).toBe(2);
      expect((await storage.getSession("BBBBBB"))?.content).toEqual(DECK);
      expect(await storage.deleteSession("AAAAAA")).toBe(true);
      expect(await count(db, "contents")).toBe(2);
      expect(await storage.deleteSession("BBBBBB")).toBe(true);
      expect(await storage.deleteSession("BBBBBB")).toBe(false);
      expect(await count(db, "contents")).toBe(1);
    });

    it("commits a group of writes in order, keeping any extra field of a log entry", async () => {
      const { storage } = await open();
      await storage.insertSession(session("AAAAAA"));
      const extended = { seq: 2, input: { type: "timer.expired" as const, phase: "play", serial: 1 }, at: 5, id: 7, outcome: "ok" };
      await storage.commit([
        join(1, "p1"),
        { type: "log", code: "AAAAAA", entry: extended },
        { type: "seat-token", code: "AAAAAA", tokenHash: "t1", seatId: "p1", name: "Ada" },
        { type: "seat-token", code: "AAAAAA", tokenHash: "t2", seatId: "p2", name: "Bob" },
        { type: "revoke-seat", code: "AAAAAA", seatId: "p2" },
        { type: "status", code: "AAAAAA", status: "finished", at: 9 },
        { type: "report", code: "AAAAAA", audience: "players", json: "{\"a\":1}", at: 9 },
        { type: "report", code: "AAAAAA", audience: "players", json: "{\"a\":2}", at: 10 },
      ]);
      expect(await storage.readLog("AAAAAA")).toEqual([entry(1, "p1"), extended]);
      expect(await storage.findSeatByToken("AAAAAA", "t1")).toBe("p1");
      expect(await storage.findSeatByToken("AAAAAA", "t2")).toBeUndefined();
      expect(await storage.getSession("AAAAAA")).toMatchObject({ status: "finished", updatedAt: 9 });
      expect(await storage.getReport("AAAAAA", "players")).toBe("{\"a\":2}");
      expect(await storage.getReport("AAAAAA", "facilitator")).toBeUndefined();
    });

    it("rolls a whole group back when one write fails", async () => {
      const { storage } = await open();
      await storage.insertSession(session("AAAAAA"));
      await storage.commit([join(1, "p1")]);
      await expect(storage.commit([join(2, "p2"), { type: "status", code: "AAAAAA", status: "playing", at: 3 }, join(1, "p3")])).rejects.toThrow();
      expect((await storage.readLog("AAAAAA")).map((e) => e.seq)).toEqual([1]);
      expect((await storage.getSession("AAAAAA"))?.status).toBe("lobby");
    });

    it("deletes a session's log, seat tokens and reports with it", async () => {
      const { db, storage } = await open();
      await storage.insertSession(session("AAAAAA"));
      await storage.commit([join(1, "p1"), { type: "seat-token", code: "AAAAAA", tokenHash: "t1", seatId: "p1", name: "Ada" }, { type: "report", code: "AAAAAA", audience: "players", json: "{}", at: 1 }]);
      await storage.deleteSession("AAAAAA");
      for (const table of ["log", "seat_tokens", "reports", "sessions"]) expect(await count(db, table)).toBe(0);
    });

    it("keeps the stand's current session per table and tablet", async () => {
      const { storage } = await open();
      expect(await storage.kioskSession("A", "")).toBeUndefined();
      await storage.setKioskSession("A", "", "AAAAAA");
      await storage.setKioskSession("A", "", "BBBBBB");
      await storage.setKioskSession("B", "1", "CCCCCC");
      expect(await storage.kioskSession("A", "")).toBe("BBBBBB");
      expect(await storage.kioskSession("B", "1")).toBe("CCCCCC");
    });

    it("group commit: the writes of one turn share one transaction, and each resolves once it is readable", async () => {
      const { storage } = await open();
      await storage.insertSession(session("AAAAAA"));
      const groups: number[] = [];
      const counting: Pick<Storage, "commit"> = { commit: (writes) => (groups.push(writes.length), storage.commit(writes)) };
      const writer = new GroupCommit(counting);
      const first = [writer.write(join(1, "p1")), writer.write(join(2, "p2")), writer.write(join(3, "p3"))];
      expect(new Set(first).size).toBe(1);
      expect(groups).toEqual([]);
      await first[0];
      expect((await storage.readLog("AAAAAA")).map((e) => e.seq)).toEqual([1, 2, 3]);
      await writer.write(join(4, "p4"));
      expect(groups).toEqual([3, 1]);
      const failing = writer.write(join(4, "again"));
      await expect(failing).rejects.toThrow();
      await writer.write(join(5, "p5"));
      await writer.drain();
      expect((await storage.readLog("AAAAAA")).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    });

    if (options.sharedByProcesses) it("lets two servers starting together migrate the same database", async () => {
      const database = await freshDatabase();
      const [a, b] = [database.driver, database.connect()];
      opened.push(a, b);
      const results = await Promise.all([migrate(a, MIGRATIONS), migrate(b, MIGRATIONS)]);
      expect(results.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
    });
  });
}
