import { SqlStorage } from "./sql-storage.ts";
import type { Storage } from "./storage.ts";

/** PostgreSQL when a DATABASE_URL is given (several processes, several machines), else the embedded SQLite file. */
export async function openStorage(options: { dataDir: string; databaseUrl?: string }): Promise<Storage> {
  if (options.databaseUrl) {
    const { PostgresDriver } = await import("./postgres-driver.ts");
    return SqlStorage.open(new PostgresDriver(options.databaseUrl));
  }
  const { SqliteDriver } = await import("./sqlite-driver.ts");
  return SqlStorage.open(new SqliteDriver(options.dataDir));
}
