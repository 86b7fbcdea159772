import { matchMaker, type IRoomCache } from "@colyseus/core";
import type { ReportAudience } from "@sgp/shared";
import type { StoredReportDocument } from "../sessions/reports.ts";
import type { RoomIntegrity, SessionRooms } from "./session-rooms.ts";

export const ROOM_NAME = "session";

/** How long one process may hold the right to open a session's room (it is released once open). */
const OPEN_LOCK_SECONDS = 15;
const OPEN_POLL_MS = 100;
/** How often each process looks for processes that died without saying so. */
export const HEARTBEAT_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Rooms reached through Colyseus's matchmaker: a call runs on the process that holds the room
 * (locally, or over the shared presence), and a room whose process died is reopened elsewhere.
 * With one process and the local presence, the same code takes the local paths.
 */
export class ColyseusRooms implements SessionRooms {
  private heartbeat?: ReturnType<typeof setInterval>;

  async open(code: string): Promise<void> {
    await this.live(code);
  }

  async integrity(code: string): Promise<RoomIntegrity> {
    const { result, processId } = await this.call<Omit<RoomIntegrity, "process">>(code, "integrity");
    return { ...result, process: processId };
  }

  async liveReport(code: string, audience: ReportAudience): Promise<StoredReportDocument | null> {
    return (await this.call<StoredReportDocument | null>(code, "liveReport", [audience])).result;
  }

  async seatHandover(code: string, seatId: string): Promise<string | null> {
    return (await this.call<string | null>(code, "seatHandover", [seatId])).result;
  }

  async endByStaff(code: string): Promise<void> {
    await this.call(code, "endByStaff");
  }

  /** This process, as Colyseus names it in room listings. */
  get processId(): string {
    return matchMaker.processId;
  }

  async close(code: string): Promise<void> {
    const listing = await this.liveListing(code);
    if (listing) await matchMaker.remoteRoomCall(code, "disconnect").catch(() => undefined);
  }

  /**
   * Clears the room listings of processes that died without a word (SIGKILL, a lost machine):
   * Colyseus checks every process whose channel is gone from the presence, and removes what a
   * silent one had announced, so that its sessions reopen at their next lookup or join.
   */
  startHeartbeat(): void {
    this.heartbeat = setInterval(() => void matchMaker.healthCheckAllProcesses().catch(() => undefined), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  stopHeartbeat(): void {
    clearInterval(this.heartbeat);
  }

  /** Calls a method of the session's room; once more on a fresh room if its process died meanwhile. */
  private async call<T>(code: string, method: string, args?: unknown[]): Promise<{ result: T; processId: string }> {
    const listing = await this.live(code);
    try {
      return { result: await matchMaker.remoteRoomCall(code, method, args), processId: listing.processId };
    } catch (error) {
      if (listing.processId === matchMaker.processId || (await matchMaker.healthCheckProcessId(listing.processId))) throw error;
      const reopened = await this.live(code);
      return { result: await matchMaker.remoteRoomCall(code, method, args), processId: reopened.processId };
    }
  }

  /** The listing of the session's room on a live process, opening the room if there is none. */
  private async live(code: string): Promise<IRoomCache> {
    const deadline = Date.now() + OPEN_LOCK_SECONDS * 1000;
    while (Date.now() < deadline) {
      const listing = await this.liveListing(code);
      if (listing) return listing;
      if (await this.lockOpening(code)) {
        try {
          return await matchMaker.createRoom(ROOM_NAME, { code });
        } finally {
          await this.unlockOpening(code);
        }
      }
      await sleep(OPEN_POLL_MS); // another process is opening it
    }
    throw new Error(`session ${code}: its room did not open in time`);
  }

  private async liveListing(code: string): Promise<IRoomCache | undefined> {
    const listing = await matchMaker.getRoomById(code);
    if (!listing) return undefined;
    return (await this.processAlive(listing.processId)) ? listing : undefined;
  }

  /**
   * A process listening on its channel is taken as alive (a call that then times out checks it
   * again); one whose channel is gone gets Colyseus's health check, which clears its listings.
   */
  private async processAlive(processId: string): Promise<boolean> {
    if (processId === matchMaker.processId) return true;
    if ((await matchMaker.presence.channels(`p:${processId}`)).length > 0) return true;
    return await matchMaker.healthCheckProcessId(processId);
  }

  /** One process at a time opens a session's room, whatever process asked (the driver keeps the last listing written). */
  private async lockOpening(code: string): Promise<boolean> {
    return (await matchMaker.presence.hincrbyex(openingKey(code), "n", 1, OPEN_LOCK_SECONDS)) === 1;
  }

  private async unlockOpening(code: string): Promise<void> {
    await matchMaker.presence.del(openingKey(code));
  }
}

function openingKey(code: string): string {
  return `sgp:opening:${code}`;
}
