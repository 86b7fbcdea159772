import { networkInterfaces } from "node:os";
import { resolve } from "node:path";
import { z } from "zod";
import { advertisedUrl } from "./public-address.ts";

const boolFromEnv = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

/** The server's configuration, from the environment, with embedded defaults for one machine. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("data"),
  /** The address in join links and QR codes (a proxy's, say); unset, the network interface's. */
  PUBLIC_URL: z.string().url().optional(),
  CLIENT_DIR: z.string().default("client/dist"),
  /** The stand's tables for kiosk mode (JSON); see config/stand.json. */
  STAND_CONFIG: z.string().default("config/stand.json"),
  /** A folder of extra decks and scenarios (and their sub-folders), for designers; watched. */
  CONTENT_DIR: z.string().default("content"),
  /** Extra game modules to register (comma-separated paths), e.g. the test-only game. */
  EXTRA_GAME_MODULES: z.string().default(""),
  /** Pause before a bot plays, so people can follow; 0 in tests. */
  BOT_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(900),
  /** Share of a timed phase bots wait for the people who have not acted yet (0 = no wait, 1 = the whole phase). */
  BOT_PACE_SHARE: z.coerce.number().min(0).max(1).default(0.5),
  /** Colyseus's own reconnection window; seat tokens work beyond it. */
  RECONNECT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** Commands one connection may send each second (twice as many at once); more are refused with protocol.rate_limited. */
  COMMANDS_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(10),
  REDIS_URL: z.string().optional(),
  /** With REDIS_URL: where clients reach this very process's WebSockets (host[:port][/path]); the host of PUBLIC_URL by default. */
  PUBLIC_ADDRESS: z.string().regex(/^[^\s/:]+(:\d+)?(\/[\w./-]*)?$/, "host[:port][/path], without a scheme").optional(),
  /** PostgreSQL (postgres://user:password@host/db) instead of the embedded SQLite file: for several processes or machines. */
  DATABASE_URL: z.string().optional(),
  /** HTTPS (service workers and wake lock need a secure context off localhost): PEM files. */
  TLS_CERT: z.string().optional(),
  TLS_KEY: z.string().optional(),
  /** Sessions older than this many days are deleted, with their logs and reports. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Lists and deletes every session (history page); unset, only facilitator tokens do. */
  ADMIN_PASSWORD: z.string().min(8).optional(),
  LOG_REQUESTS: boolFromEnv.default(false),
  /** Behind a reverse proxy: which hops to trust for the client's address (express's `trust proxy`). */
  TRUST_PROXY: z.string().default("false"),
  /** Other sites allowed to call the API from a browser (comma-separated origins); none by default. */
  CORS_ORIGINS: z.string().default(""),
  /** Extra addresses pages may connect to (space-separated), e.g. the other processes behind one address. */
  CSP_CONNECT_SRC: z.string().default(""),
  /** Per-address limits, each counted over LIMIT_WINDOW_SECONDS (shared through Redis when REDIS_URL is set). */
  LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  LIMIT_SESSIONS_CREATED: z.coerce.number().int().min(1).default(30),
  LIMIT_UNKNOWN_CODES: z.coerce.number().int().min(1).default(20),
  LIMIT_ADMIN_FAILURES: z.coerce.number().int().min(1).default(10),
  LIMIT_UPLOADS: z.coerce.number().int().min(1).default(30),
  /** Live sessions one process holds at most; creating one more answers 503. */
  MAX_SESSIONS: z.coerce.number().int().min(1).default(2000),
  /** The largest content file read or uploaded, in bytes. */
  MAX_CONTENT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(512 * 1024),
});
export type RawConfig = z.infer<typeof configSchema>;

export interface ServerConfig extends RawConfig {
  publicUrl: string;
  dataDir: string;
  clientDir: string;
  contentDir: string;
  extraGameModules: string[];
  trustProxy: boolean | number | string;
  corsOrigins: string[];
  cspConnectSources: string[];
}

/** express's `trust proxy`: false, true, a number of hops, or addresses and subnets. */
function trustProxy(value: string): boolean | number | string {
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const raw = parsed.data;
  if (Boolean(raw.TLS_CERT) !== Boolean(raw.TLS_KEY)) throw new Error("Invalid configuration: TLS_CERT and TLS_KEY go together");
  const scheme = raw.TLS_CERT ? "https" : "http";
  return {
    ...raw,
    publicUrl: advertisedUrl({ publicUrl: raw.PUBLIC_URL, scheme, port: raw.PORT, host: raw.HOST, interfaces: networkInterfaces() }),
    dataDir: resolve(raw.DATA_DIR),
    clientDir: resolve(raw.CLIENT_DIR),
    contentDir: resolve(raw.CONTENT_DIR),
    trustProxy: trustProxy(raw.TRUST_PROXY.trim()),
    corsOrigins: raw.CORS_ORIGINS.split(",").map((s) => s.trim().replace(/\/$/, "")).filter(Boolean),
    cspConnectSources: raw.CSP_CONNECT_SRC.split(/\s+/).filter(Boolean),
    extraGameModules: raw.EXTRA_GAME_MODULES.split(",").map((s) => s.trim()).filter(Boolean).map((p) => resolve(p)),
  };
}
