import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

const clientRoot = import.meta.dirname;
const serverPort = process.env.PORT ?? "2567";
const server = `http://localhost:${serverPort}`;
const phaserSources = resolve(dirname(createRequire(import.meta.url).resolve("phaser/package.json")), "src");

/** Phaser's build flags, which its sources read as `typeof FLAG`: WebGL with the canvas fallback, nothing else. */
const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  WEBGL_DEBUG: false,
};

function phaserFlags(): Plugin {
  return {
    name: "phaser-flags",
    transform(code, id) {
      if (!id.startsWith(phaserSources)) return null;
      return code.replace(/typeof (WEBGL_RENDERER|CANVAS_RENDERER|FEATURE_SOUND|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT|WEBGL_DEBUG)\b/g, (_, flag: string) => String(PHASER_FLAGS[flag]));
    },
  };
}

export default defineConfig(({ command }) => ({
  root: clientRoot,
  // The build takes only the parts of Phaser the games use (src/games/phaser-build.js); the dev server keeps the full bundle.
  resolve:
    command === "build"
      ? { alias: [{ find: /^phaser$/, replacement: resolve(clientRoot, "src/games/phaser-build.js") }, { find: /^phaser-src\//, replacement: `${phaserSources}/` }] }
      : {},
  plugins: command === "build" ? [phaserFlags()] : [],
  define: {
    // The test-only game is bundled into the e2e build only.
    __SGP_TEST_GAME__: JSON.stringify(process.env.SGP_TEST_GAME === "1"),
  },
  build: {
    outDir: process.env.CLIENT_OUT_DIR ? resolve(process.env.CLIENT_OUT_DIR) : resolve(clientRoot, "dist"),
    emptyOutDir: true,
    // Phaser is about 850 KB; it is its own chunk, loaded when a game starts.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (id.includes("node_modules/phaser/") || id.endsWith("phaser-build.js")) return "phaser";
          // Rollup's CommonJS helpers, used by Phaser and by the first screen: kept apart, or the first screen would load Phaser for them.
          if (id.includes("commonjsHelpers")) return "commonjs-helpers";
          return undefined;
        },
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
}));
