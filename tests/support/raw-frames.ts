import type { Room } from "@colyseus/sdk";
import { Protocol } from "@colyseus/shared-types";
import { pack } from "msgpackr";

/**
 * Sends a `cmd` frame whose body is any msgpack at all, as a hostile client without the SDK
 * would: Date and BigInt extensions, binary, NaN, maps with prototype keys.
 */
export function sendRawCommand(room: Room, body: unknown | Uint8Array): void {
  const type = Buffer.from("cmd");
  const encoded = body instanceof Uint8Array ? body : pack(body);
  const frame = new Uint8Array([Protocol.ROOM_DATA, 0xa0 | type.length, ...type, ...encoded]);
  (room.connection as unknown as { send(data: Uint8Array): void }).send(frame);
}
