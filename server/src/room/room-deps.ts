import type { ContentCatalogue } from "../content/catalogue.ts";
import type { ServerConfig } from "../config.ts";
import type { GroupCommit } from "../persistence/group-commit.ts";
import type { Storage } from "../persistence/storage.ts";

/** What a session's room needs from its process, given when the room type is defined. */
export interface RoomDeps {
  storage: Storage;
  /** Rooms write through it: one transaction per event-loop turn for every room. */
  writer: GroupCommit;
  catalogue: ContentCatalogue;
  config: Pick<ServerConfig, "BOT_DELAY_MS" | "BOT_PACE_SHARE" | "RECONNECT_SECONDS" | "COMMANDS_PER_SECOND">;
  /** Does this session belong to this stand table and tablet? (A kiosk join must come from the right table.) */
  kioskOwns(code: string, table: string, tablet: string): Promise<boolean>;
}
