import { createHash } from "node:crypto";
import pg from "pg";
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from "./sql.ts";

/** `?` placeholders become PostgreSQL's `$1, $2, …` (no statement of ours has a `?` in a literal). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = pg.Pool | pg.PoolClient;

const named = new Map<string, { name: string; text: string }>();

/** A named statement is prepared once per connection by the server, then reused. */
function prepared(sql: string): { name: string; text: string } {
  let statement = named.get(sql);
  if (!statement) {
    statement = { name: `s${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`, text: numbered(sql) };
    named.set(sql, statement);
  }
  return statement;
}

function executor(on: () => Queryable): SqlExecutor {
  return {
    async all(sql, params = []) {
      return (await on().query<SqlRow>({ ...prepared(sql), values: [...params] })).rows;
    },
    async run(sql, params = []) {
      return (await on().query({ ...prepared(sql), values: [...params] })).rowCount ?? 0;
    },
    async exec(script) {
      await on().query(script);
    },
  };
}

/** PostgreSQL through a pool of connections (DATABASE_URL), shared by every server process. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = "postgres";
  private readonly pool: pg.Pool;
  private readonly onPool: SqlExecutor;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 10 });
    // An idle connection dropped by the server must not take the process down.
    this.pool.on("error", (error) => console.error("postgres: idle connection error", error.message));
    this.onPool = executor(() => this.pool);
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    return this.onPool.all(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.onPool.run(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.onPool.exec(script);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(executor(() => client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
