/** The servers tests/cluster/services.sh starts (override with the environment to use others). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://sgp@127.0.0.1:55432/postgres";
