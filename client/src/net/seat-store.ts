/** What this tab keeps of a session to come back to it: its seat token and, for a creator, the facilitator token. */
export interface SeatRecord {
  seatToken?: string;
  facilitatorToken?: string;
}

const key = (code: string) => `sgp.seat.${code}`;

export function readSeat(code: string): SeatRecord {
  try {
    return JSON.parse(sessionStorage.getItem(key(code)) ?? "{}") as SeatRecord;
  } catch {
    return {};
  }
}

export function writeSeat(code: string, record: SeatRecord): void {
  sessionStorage.setItem(key(code), JSON.stringify({ ...readSeat(code), ...record }));
}

export function forgetSeat(code: string): void {
  sessionStorage.removeItem(key(code));
}
