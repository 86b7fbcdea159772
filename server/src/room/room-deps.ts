import type { ContentCatalogue } from "../content/catalogue.ts";
import type { ServerConfig } from "../config.ts";
import type { Store } from "../persistence/store.ts";

/** What a session's room needs from its process, given when the room type is defined. */
export interface RoomDeps {
  store: Store;
  catalogue: ContentCatalogue;
  config: Pick<ServerConfig, "BOT_DELAY_MS" | "BOT_PACE_SHARE" | "RECONNECT_SECONDS">;
  /** Does this session belong to this stand table and tablet? (A kiosk join must come from the right table.) */
  kioskOwns(code: string, table: string, tablet: string): boolean;
}
