import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["shared/src/**/*.test.ts", "games/*/src/**/*.test.ts", "games/*/client/**/*.test.ts", "client/src/**/*.test.ts", "server/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "rooms",
          include: ["tests/rooms/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Against real servers started by tests/cluster/services.sh: `npm run test:cluster`.
        test: {
          name: "cluster",
          include: ["tests/cluster/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
