import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { PostgresDriver } from "../../server/src/persistence/postgres-driver.ts";
import { storageContract } from "../../server/src/persistence/storage-contract.ts";
import { TEST_DATABASE_URL } from "./services.ts";

const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
const created: string[] = [];

afterAll(async () => {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

storageContract("PostgreSQL", async () => {
  const name = `sgp_contract_${randomBytes(6).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  created.push(name);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { driver: new PostgresDriver(url.href), connect: () => new PostgresDriver(url.href) };
}, { sharedByProcesses: true });
