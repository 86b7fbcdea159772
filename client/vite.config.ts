import { resolve } from "node:path";
import { defineConfig } from "vite";

const clientRoot = import.meta.dirname;
const serverPort = process.env.PORT ?? "2567";
const server = `http://localhost:${serverPort}`;

export default defineConfig({
  root: clientRoot,
  define: {
    // The test-only game is bundled into the e2e build only.
    __SGP_TEST_GAME__: JSON.stringify(process.env.SGP_TEST_GAME === "1"),
  },
  build: {
    outDir: process.env.CLIENT_OUT_DIR ? resolve(process.env.CLIENT_OUT_DIR) : resolve(clientRoot, "dist"),
    emptyOutDir: true,
    // Phaser alone is ~1.4 MB; it is its own chunk, loaded when a game starts.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes("node_modules/phaser/") ? "phaser" : undefined),
      },
    },
  },
  server: {
    fs: { allow: [resolve(clientRoot, "..")] },
    proxy: {
      "/api": server,
      "/health": server,
      // Colyseus: matchmaking goes over HTTP under /matchmake, rooms over a websocket at /<processId>/<roomId>.
      "/matchmake": server,
      "^/[\\w-]+/[A-Z0-9]{6}(\\?.*)?$": { target: server, ws: true },
    },
  },
});
