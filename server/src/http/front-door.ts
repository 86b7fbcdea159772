import { matchMaker } from "@colyseus/core";
import express, { type Request, type Response } from "express";
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import proxyaddr from "proxy-addr";
import type { ServerConfig } from "../config.ts";
import { addressKey, type AddressLimits } from "./limits.ts";
import { securityHeaders } from "./security.ts";

export interface FrontDoorDeps {
  config: ServerConfig;
  limits: AddressLimits;
  /** Whether a join code names a stored session (any case, any spacing). */
  sessionExists(code: string): Promise<boolean>;
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** Colyseus's room connections: /<processId>/<roomId>?sessionId=… */
const ROOM_SOCKET_PATH = /^\/[\w-]+\/([\w-]+)(?:\?|$)/;

/** Only refused credentials count against the admin limit. */
const credentialsAccepted = (_req: Request, res: Response) => res.statusCode !== 401 && res.statusCode !== 403;

/**
 * Everything reaching the server passes here first, Colyseus's matchmaking and WebSocket
 * upgrades included: the security headers, the client's address (through the trusted proxy
 * hops only), and the per-address limits. Then the request goes on to Colyseus and the API.
 * Call once the Colyseus server listens (it binds its own listeners then).
 */
export function installFrontDoor(server: HttpServer, { config, limits, sessionExists }: FrontDoorDeps): void {
  const front = express();
  front.disable("x-powered-by");
  front.set("trust proxy", config.trustProxy);
  front.use(securityHeaders(config));

  const unknownCodes = limits.limiter("unknown-codes", config.LIMIT_UNKNOWN_CODES, {
    // A known code costs nothing, unless the address is already over its limit: then every
    // answer is 429, so that the answers cannot tell a known code from an unknown one.
    skip: async (req) => (await sessionExists(String(req.params.code))) && !(await isOver(addressKey(req.ip))),
  });
  const isOver = async (address: string) => ((await unknownCodes.store.get?.(address))?.totalHits ?? 0) >= config.LIMIT_UNKNOWN_CODES;
  const adminFailures = limits.limiter("admin-failures", config.LIMIT_ADMIN_FAILURES, { skipSuccessfulRequests: true, requestWasSuccessful: credentialsAccepted });

  front.post(["/api/sessions", "/api/series"], limits.limiter("sessions-created", config.LIMIT_SESSIONS_CREATED));
  front.use("/api/sessions/:code", (req, res, next) => (req.params.code === "history" ? next() : unknownCodes(req, res, next)));
  front.post(["/matchmake/joinById/:code", "/matchmake/reconnect/:code"], unknownCodes);
  front.use(["/api/admin", "/api/kiosk/:table/staff"], adminFailures);
  front.delete("/api/sessions/:code", adminFailures);
  front.post("/api/content", adminFailures);
  front.post(["/api/content", "/api/content/check"], limits.limiter("uploads", config.LIMIT_UPLOADS));

  const inner = server.listeners("request") as RequestListener[];
  server.removeAllListeners("request");
  front.use((req, res) => inner.forEach((listener) => listener.call(server, req, res)));
  server.on("request", front);

  const clientAddress = (req: IncomingMessage) => addressKey(proxyaddr(req, front.get("trust proxy fn")));
  guardRoomSockets(server, async (req) => {
    const roomId = req.url?.match(ROOM_SOCKET_PATH)?.[1];
    if (!roomId) return undefined;
    const address = clientAddress(req);
    if (matchMaker.getLocalRoomById(roomId) && !(await isOver(address))) return undefined;
    const { totalHits } = await unknownCodes.store.increment(address);
    if (totalHits <= config.LIMIT_UNKNOWN_CODES) return 404;
    limits.refusals.note("unknown-codes", address);
    return 429;
  });
}

/** Refuses a WebSocket upgrade with the status `check` returns, before Colyseus sees it. */
function guardRoomSockets(server: HttpServer, check: (req: IncomingMessage) => Promise<number | undefined>): void {
  const inner = server.listeners("upgrade") as UpgradeListener[];
  server.removeAllListeners("upgrade");
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const ignore = () => undefined;
    socket.on("error", ignore);
    check(req).then(
      (status) => {
        socket.off("error", ignore);
        if (status === undefined) return inner.forEach((listener) => listener.call(server, req, socket, head));
        socket.end(`HTTP/1.1 ${status} ${status === 429 ? "Too Many Requests" : "Not Found"}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      },
      () => socket.destroy(),
    );
  });
}
