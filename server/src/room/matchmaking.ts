import { matchMaker } from "@colyseus/core";

/**
 * What clients may ask the matchmaker: join a session's room by its code, or reconnect. Rooms
 * are only ever created by the server, from a stored session; a join first reopens the session's
 * room if no live process holds it (after a restart or a process's death).
 */
export function guardMatchmaking(reopen: (code: string) => Promise<void>): void {
  const controller = matchMaker.controller;
  const invoke = controller.invokeMethod.bind(controller);
  controller.exposedMethods = ["joinById", "reconnect"];
  controller.invokeMethod = async (method, roomIdOrName, clientOptions, authOptions) => {
    if (method === "joinById") await reopen(roomIdOrName);
    return invoke(method, roomIdOrName, clientOptions, authOptions);
  };
}
