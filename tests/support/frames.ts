import { Room } from "@colyseus/sdk";

/**
 * Records every raw frame each SDK room receives, from the very first (the full state at
 * join), before the SDK decodes it: what a curious client could read off the wire.
 */
const frames = new WeakMap<Room, Uint8Array[]>();
const original = (Room.prototype as any).onMessageCallback;

(Room.prototype as any).onMessageCallback = function (this: Room, event: MessageEvent) {
  const bytes = new Uint8Array(event.data as ArrayBuffer);
  if (!frames.has(this)) frames.set(this, []);
  frames.get(this)!.push(bytes.slice());
  const listeners = afterFrame.get(this) ?? [];
  original.call(this, event);
  for (const listener of listeners) listener(bytes);
};

const afterFrame = new WeakMap<Room, ((bytes: Uint8Array) => void)[]>();

export function framesOf(room: Room): Uint8Array[] {
  return frames.get(room) ?? [];
}

/** Calls back after each frame is decoded, so the state seen then is the frame's result. */
export function onFrameDecoded(room: Room, listener: (bytes: Uint8Array) => void): void {
  if (!afterFrame.has(room)) afterFrame.set(room, []);
  afterFrame.get(room)!.push(listener);
}

export function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, "utf8"));
}
