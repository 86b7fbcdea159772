/** Serves the baseline room alone, on PORT and HOST, for the bench. */
import { Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { BASELINE_ROOM, BaselineRoom } from "./baseline-room.ts";

const server = new Server({
  greet: false,
  gracefullyShutdown: false,
  transport: new WebSocketTransport(),
  express: (app) => {
    app.get("/health", (_request, response) => response.send("ok"));
  },
});
server.define(BASELINE_ROOM, BaselineRoom);
await server.listen(Number(process.env.PORT), process.env.HOST);
process.once("SIGTERM", () => process.exit(0));
