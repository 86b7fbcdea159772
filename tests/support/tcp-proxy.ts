import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP relay in front of the server, one per client, so that a test can cut that client's
 * connections the way a network does: no close frame, both ends simply lose the socket.
 */
export class TcpProxy {
  private readonly pairs = new Set<[Socket, Socket]>();
  private readonly server: Server;

  private constructor(targetPort: number) {
    this.server = createServer((inbound) => {
      const outbound = connect(targetPort, "127.0.0.1");
      const pair: [Socket, Socket] = [inbound, outbound];
      this.pairs.add(pair);
      inbound.pipe(outbound).pipe(inbound);
      const forget = () => {
        this.pairs.delete(pair);
        inbound.destroy();
        outbound.destroy();
      };
      for (const socket of pair) socket.on("error", forget).on("close", forget);
    });
  }

  static async start(targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  /** Resets every connection relayed now; new ones go through. */
  cut(): void {
    for (const [inbound, outbound] of this.pairs) {
      inbound.resetAndDestroy();
      outbound.resetAndDestroy();
    }
    this.pairs.clear();
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
