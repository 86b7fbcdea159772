/**
 * Everything that can change a session, in the order it happened. These entries are what the
 * log stores and what a replay feeds back; each `type` is a stable name, never derived from code.
 */
export type SessionInput =
  | { type: "seat.join"; seatId: string; name: string; controller: "human" | "bot"; host?: boolean }
  | { type: "seat.leave"; seatId: string }
  | { type: "seat.controller"; seatId: string; controller: "human" | "bot"; name?: string }
  | {
      type: "command";
      seatId: string;
      host: boolean;
      kind: string;
      payload: unknown;
      /** Who sent it: the engine refuses a person's command on a bot's seat and the reverse. Older logs lack it. */
      by?: "human" | "bot";
      /** The client's command id, so that a command re-sent after a drop or a restart is answered, not applied, again. */
      id?: string | number;
    }
  | { type: "timer.expired"; phase: string; serial: number };

export type InputType = SessionInput["type"];

/** The seat id the facilitator's own connection acts under (it is not a player seat). */
export const FACILITATOR_SEAT = "facilitator";
