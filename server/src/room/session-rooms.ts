import type { ReportAudience } from "@sgp/shared";
import type { ReplayAlarm } from "../sessions/replay.ts";
import type { StoredReportDocument } from "../sessions/reports.ts";

/** Where a live session stands: its log's length, its state's canonical hash, and where it runs. */
export interface RoomIntegrity {
  seq: number;
  status: string;
  phase: string;
  hash: string;
  /** The Colyseus process holding the room (see GET /health). */
  process: string;
  /** Log entries the replay refused though the live room had accepted them: the session may differ. */
  alarms: ReplayAlarm[];
}

/**
 * How the HTTP side reaches a session's room, whichever process holds it. Every call opens the
 * room first (from the session's log) when no live process holds it.
 */
export interface SessionRooms {
  /** Makes sure the session's room is live somewhere; reopens it from its log otherwise. */
  open(code: string): Promise<void>;
  integrity(code: string): Promise<RoomIntegrity>;
  /** The report as it stands now, for a session not finished yet. */
  liveReport(code: string, audience: ReportAudience): Promise<StoredReportDocument | null>;
  /** A seat token that gives a bot's seat to a person; null when the seat is not a bot's in a game under way. */
  seatHandover(code: string, seatId: string): Promise<string | null>;
  /** Staff reset a stand table: the game ends now, as if its facilitator had ended it. */
  endByStaff(code: string): Promise<void>;
  /** Closes the room if one is live (the session is being deleted); never reopens it. */
  close(code: string): Promise<void>;
}
