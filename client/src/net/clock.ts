/** The server's clock as seen from here: timers count down to server epoch times. */
export class ServerClock {
  private offsetMs = 0;

  /** Called when the server tells its time; half the round trip is unknown, so it is ignored. */
  sync(serverNow: number): void {
    this.offsetMs = serverNow - Date.now();
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }
}
