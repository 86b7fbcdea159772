import type { ContentCatalogue } from "../content/catalogue.ts";
import type { ServerConfig } from "../config.ts";
import type { KioskService } from "../kiosk/kiosk-service.ts";
import type { Store } from "../persistence/store.ts";

/** What rooms need from the process. Colyseus builds rooms itself, so they find it here. */
export interface RoomServices {
  store: Store;
  catalogue: ContentCatalogue;
  config: ServerConfig;
  kiosk?: KioskService;
}

let current: RoomServices | undefined;

export function setRoomServices(services: RoomServices): void {
  current = services;
}

export function roomServices(): RoomServices {
  if (!current) throw new Error("room services are not set");
  return current;
}
