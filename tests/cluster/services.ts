import { randomBytes } from "node:crypto";
import pg from "pg";

/** The servers tests/cluster/services.sh starts (override with the environment to use others). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://sgp@127.0.0.1:55432/postgres";

/** Fresh, empty PostgreSQL databases for one test file, dropped by `dropAll`. */
export class TestDatabases {
  private readonly admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
  private readonly created: string[] = [];

  /** The address of a new database named after `prefix`. */
  async create(prefix: string): Promise<string> {
    const name = `${prefix}_${randomBytes(6).toString("hex")}`;
    await this.admin.query(`CREATE DATABASE ${name}`);
    this.created.push(name);
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    return url.href;
  }

  async dropAll(): Promise<void> {
    for (const name of this.created.splice(0)) await this.admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await this.admin.end();
  }
}
