import { matchMaker, Server, type ServerOptions } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { ContentCatalogue } from "./content/catalogue.ts";
import type { ServerConfig } from "./config.ts";
import { loadGames } from "./games.ts";
import { installFrontDoor } from "./http/front-door.ts";
import { AddressLimits } from "./http/limits.ts";
import { mountRoutes } from "./http/routes.ts";
import { restrictCors } from "./http/security.ts";
import { KioskService } from "./kiosk/kiosk-service.ts";
import { loadStandConfig } from "./kiosk/stand-config.ts";
import { GroupCommit } from "./persistence/group-commit.ts";
import { openStorage } from "./persistence/open-storage.ts";
import type { Storage } from "./persistence/storage.ts";
import { ColyseusRooms, ROOM_NAME } from "./room/colyseus-rooms.ts";
import { isLoopbackHost } from "./public-address.ts";
import { guardMatchmaking } from "./room/matchmaking.ts";
import { leastLoadedProcess } from "./room/room-placement.ts";
import type { RoomDeps } from "./room/room-deps.ts";
import { SessionRoom } from "./room/SessionRoom.ts";
import { SessionService } from "./sessions/service.ts";

/** WebSocket frames above this size close the connection; commands are far smaller. */
const MAX_FRAME_BYTES = 64 * 1024;
const RETENTION_SWEEP_MS = 6 * 3600_000;

export interface PlatformServer {
  colyseus: Server;
  sessions: SessionService;
  storage: Storage;
  /** The port actually bound (useful with PORT=0). */
  port: number;
  close(): Promise<void>;
}

async function scaleOut(config: ServerConfig): Promise<Pick<ServerOptions, "presence" | "driver" | "publicAddress" | "selectProcessIdToCreateRoom">> {
  if (!config.REDIS_URL) return {};
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import("@colyseus/redis-presence"), import("@colyseus/redis-driver")]);
  return {
    presence: new RedisPresence(config.REDIS_URL),
    driver: new RedisDriver(config.REDIS_URL),
    selectProcessIdToCreateRoom: () => leastLoadedProcess(),
    publicAddress: (config.PUBLIC_ADDRESS ?? new URL(config.publicUrl).host).replace(/\/$/, ""),
  };
}

/** HTTPS when a certificate and key are given, plain HTTP otherwise. */
function httpServer(config: ServerConfig): HttpServer {
  if (config.TLS_CERT && config.TLS_KEY) return createHttpsServer({ cert: readFileSync(config.TLS_CERT), key: readFileSync(config.TLS_KEY) });
  return createHttpServer();
}

/** Builds and starts the whole platform: content, database, rooms, HTTP API and the client. */
export async function startServer(config: ServerConfig): Promise<PlatformServer> {
  const registered = await loadGames(config.extraGameModules);
  const catalogue = new ContentCatalogue(registered, config.contentDir, console.warn, config.MAX_CONTENT_BYTES);
  catalogue.watch();
  const storage = await openStorage({ dataDir: config.dataDir, databaseUrl: config.DATABASE_URL });
  const writer = new GroupCommit(storage);
  const rooms = new ColyseusRooms();
  const sessions = new SessionService(storage, rooms, catalogue, config.publicUrl, () => matchMaker.stats.local.roomCount >= config.MAX_SESSIONS);
  const kiosk = new KioskService(loadStandConfig(config.STAND_CONFIG), storage, sessions, rooms);
  const roomDeps: RoomDeps = { storage, writer, catalogue, config, kioskOwns: (code, table, tablet) => kiosk.owns(code, table, tablet) };
  for (const table of kiosk.config.tables) {
    if (!catalogue.contents.get(table.game)?.has(table.content)) console.warn(`stand table ${table.id}: no content ${table.game}/${table.content}; its tablets will get an error`);
  }

  const http = httpServer(config);
  const colyseus = new Server({
    ...(await scaleOut(config)),
    greet: false,
    gracefullyShutdown: false,
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_FRAME_BYTES }),
    express: (app) => mountRoutes(app, { catalogue, sessions, clientDir: config.clientDir, maxContentBytes: config.MAX_CONTENT_BYTES, adminPassword: config.ADMIN_PASSWORD, kiosk, processId: () => rooms.processId }),
  });
  colyseus.define(ROOM_NAME, SessionRoom, { deps: roomDeps });
  guardMatchmaking((code) => sessions.reopenIfKnown(code));
  restrictCors(config.corsOrigins);
  const limits = new AddressLimits(config);
  await colyseus.listen(config.PORT, config.HOST);
  installFrontDoor(http, { config, limits, sessionExists: (code) => sessions.exists(code) });
  rooms.startHeartbeat();
  const purge = () => sessions.purge(config.RETENTION_DAYS).then((codes) => codes.length && console.log(`retention: deleted ${codes.length} session(s) older than ${config.RETENTION_DAYS} days`));
  await purge();
  const purgeTimer = setInterval(purge, RETENTION_SWEEP_MS).unref();
  const reopened = await sessions.reopenUnfinished();
  const address = http.address() as AddressInfo | null;
  const port = address?.port ?? config.PORT;
  console.log(`serious-games platform listening on ${config.HOST}:${port} (${catalogue.games.size} games, ${reopened} sessions reopened, data in ${storage.kind === "sqlite" ? config.dataDir : "PostgreSQL"})`);
  console.log(`join links and QR codes point to ${config.publicUrl}${config.PUBLIC_URL ? " (PUBLIC_URL)" : ""}`);
  if (isLoopbackHost(new URL(config.publicUrl).hostname)) console.warn("that address works on this machine only: set PUBLIC_URL for tablets and phones to join");
  return {
    colyseus,
    sessions,
    storage,
    port,
    async close() {
      clearInterval(purgeTimer);
      rooms.stopHeartbeat();
      catalogue.unwatch();
      await colyseus.gracefullyShutdown(false);
      await writer.drain();
      await storage.close();
      await limits.close();
    },
  };
}
