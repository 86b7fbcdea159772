import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteDriver } from "./sqlite-driver.ts";
import { storageContract } from "./storage-contract.ts";

// One process per SQLite file (a second client in the same thread would wait on the first's lock).
storageContract("SQLite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sgp-storage-"));
  return { driver: new SqliteDriver(dir), connect: () => new SqliteDriver(dir) };
}, { sharedByProcesses: false });
