import { matchMaker } from "@colyseus/core";
import helmet from "helmet";
import { createHash } from "node:crypto";
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import type { ServerConfig } from "../config.ts";
import { REPORT_CSS } from "../reports/render.ts";

type RawMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** The printable report's one inline style element, allowed by its hash and nothing else. */
const REPORT_STYLE_HASH = `'sha256-${createHash("sha256").update(REPORT_CSS).digest("base64")}'`;

/**
 * Where pages may connect: their own origin, and the hosts of the public URL and of this process's
 * public address on any port, over HTTP and WebSocket (with several processes, the browser opens
 * its WebSocket on the address of the room's process); then the configured extras.
 */
function connectSources(config: ServerConfig): string[] {
  const secure = config.publicUrl.startsWith("https:");
  const hosts = new Set([new URL(config.publicUrl).hostname, ...(config.PUBLIC_ADDRESS ? [new URL(`http://${config.PUBLIC_ADDRESS}`).hostname] : [])]);
  const schemes = secure ? ["https:", "wss:"] : ["http:", "ws:"];
  return ["'self'", ...[...hosts].flatMap((host) => schemes.map((scheme) => `${scheme}//${host}:*`)), ...config.cspConnectSources];
}

/**
 * The headers every answer carries, pages, API and Colyseus's matchmaking alike: a strict
 * Content-Security-Policy (no inline script; inline style attributes only, which the pages set
 * for seat colours and overlay positions), no framing, no referrer, no MIME sniffing.
 */
export function securityHeaders(config: ServerConfig): RawMiddleware {
  const https = config.publicUrl.startsWith("https:");
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "style-src-elem": ["'self'", REPORT_STYLE_HASH],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": connectSources(config),
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        // 'self': the console gives the printable page it opens from a blob this server as its base.
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        ...(https ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: https,
  }) as RawMiddleware;
}

/** Runs before every other handler of the server, Colyseus's routes included (call after it listens). */
export function onEveryRequest(server: HttpServer, middleware: RawMiddleware): void {
  server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => middleware(req, res, () => undefined));
}

/**
 * Cross-origin calls only from the configured origins. Colyseus answers CORS for every request,
 * preflights included, from its matchmaking controller, which by default echoes any origin with
 * credentials.
 */
export function restrictCors(origins: readonly string[]): void {
  const allowed = new Set(origins);
  (matchMaker.controller as { DEFAULT_CORS_HEADERS: Record<string, string> }).DEFAULT_CORS_HEADERS = {};
  matchMaker.controller.getCorsHeaders = (headers: Headers): Record<string, string> => {
    const origin = headers.get("origin");
    if (!origin || !allowed.has(origin)) return {};
    return {
      "Access-Control-Allow-Origin": origin,
      // Only here: a Vary on every answer would keep the kiosk's service worker from matching its cache.
      Vary: "Origin",
      "Access-Control-Allow-Headers": "Content-Type, Authorization",
      "Access-Control-Allow-Methods": "GET, POST, DELETE",
      "Access-Control-Max-Age": "600",
    };
  };
}
