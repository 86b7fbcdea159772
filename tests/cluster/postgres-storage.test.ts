import { afterAll } from "vitest";
import { PostgresDriver } from "../../server/src/persistence/postgres-driver.ts";
import { storageContract } from "../../server/src/persistence/storage-contract.ts";
import { TestDatabases } from "./services.ts";

const databases = new TestDatabases();
afterAll(() => databases.dropAll());

storageContract("PostgreSQL", async () => {
  const url = await databases.create("sgp_contract");
  return { driver: new PostgresDriver(url), connect: () => new PostgresDriver(url) };
}, { sharedByProcesses: true });
