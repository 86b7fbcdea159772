import { until, type TestPlayer } from "../support/clients.ts";
import { freePort, ServerProcess } from "../support/server-process.ts";

/** The Redis that `npm run test:cluster` starts (tests/cluster/services.sh); override with TEST_REDIS_URL. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:56379";

/**
 * With Redis the per-address limits are counted in Redis, so every file of this suite counts against
 * one address (127.0.0.1) for ten minutes: the suite creates more sessions than a person would.
 */
const SUITE_LIMITS = { LIMIT_SESSIONS_CREATED: "1000", LIMIT_UNKNOWN_CODES: "1000" };

/** Server processes sharing one Redis and one PostgreSQL database, each on its own port and public address. */
export async function startCluster(count: number, databaseUrl: string, env: (index: number) => Record<string, string> = () => ({})): Promise<ServerProcess[]> {
  const processes = await Promise.all(
    Array.from({ length: count }, async (_, index) => new ServerProcess(await freePort(), { REDIS_URL: TEST_REDIS_URL, DATABASE_URL: databaseUrl, ...SUITE_LIMITS, ...env(index) })),
  );
  for (const server of processes) await server.start();
  return processes;
}

export async function processIdOf(server: ServerProcess): Promise<string> {
  const health = (await (await fetch(`${server.url}/health`)).json()) as { process: string };
  return health.process;
}

export async function sessionState(server: ServerProcess, code: string, token: string) {
  const response = await fetch(`${server.url}/api/sessions/${code}/state`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`state of ${code} through ${server.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { code: string; seq: number; hash: string; status: string; phase: string; process: string };
}

/** Plays the test game's turns until `moves` cards are down, whoever's turn it is. */
export async function playMoves(players: TestPlayer[], moves: number): Promise<void> {
  for (let move = 0; move < moves; move++) {
    const state = players[0].state;
    const mover = players.find((p) => p.seatId === state.turn)!;
    const total = state.total;
    const answer = await mover.send("play", { card: 0 });
    if (!answer.ack) throw new Error(`play refused: ${answer.error.code}`);
    await until(() => players.every((p) => p.state.total !== total), "everyone sees the move");
  }
}
