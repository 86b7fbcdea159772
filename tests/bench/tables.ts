import { Client, type Room } from "@colyseus/sdk";
import { MESSAGE } from "@sgp/shared";
import { createSession, TestPlayer, until, type Answer } from "../support/clients.ts";
import { BASELINE_ROOM } from "./baseline-room.ts";
import type { LoadGenerator } from "./load-generator.ts";
import type { BenchTarget } from "./servers.ts";

/** Tables seated at once while setting up. */
const SETUP_CONCURRENCY = 20;

/** One command a client sends, and how its sender tells that its own state shows it. */
export interface BenchCommand {
  send(): void;
  applied(): boolean;
}

/** A connected client of a seated table, ready to send commands that are always legal. */
export interface BenchClient {
  room: Room;
  next(): BenchCommand;
  /** Called with every refusal the server sends this client. */
  onRefused(listener: () => void): void;
}

/** Seats one table of `players` clients and brings it where the load holds it. */
export type SeatTable = (url: string, players: number) => Promise<BenchClient[]>;

const SETUP_TIMEOUT_MS = 60_000;
/** Long enough that no phase timer ends during a bench; it still runs, as in a real game. */
const PHASE_SECONDS = 36_000;

async function accepted(answer: Promise<Answer>, what: string): Promise<void> {
  const result = await answer;
  if (!result.ack) throw new Error(`${what} refused: ${result.error.code}`);
}

/** Evalophobia in group mode, held in the vote phase: each player votes for a reason on the board, then takes the vote back. */
async function seatEvalophobiaGroup(url: string, players: number): Promise<BenchClient[]> {
  const settings = { diagnosisSeconds: PHASE_SECONDS, voteSeconds: PHASE_SECONDS };
  const session = await createSession(url, { game: "evalophobia", mode: "group", settings });
  const seated = await Promise.all(Array.from({ length: players }, (_, p) => TestPlayer.join(url, session.code, { seat: "player", name: `Bench ${p + 1}` })));
  await Promise.all(seated.map((player) => accepted(player.send("ready", { ready: true }), "ready")));
  await until(() => seated.every((player) => player.state.phase === "diagnosis"), "the diagnosis phase", SETUP_TIMEOUT_MS);
  for (const player of seated) {
    const card = player.state.players.get(player.seatId).reasonHand[0];
    await accepted(player.send("play", { card, comment: "" }), "play");
    await accepted(player.send("done"), "done");
  }
  await until(() => seated.every((player) => player.state.phase === "vote"), "the vote phase", SETUP_TIMEOUT_MS);
  return seated.map((player) => {
    const reason: string = player.state.board[0].reason;
    const votes = () => player.state.players.get(player.seatId).votes;
    let id = 1_000_000;
    return {
      room: player.room,
      next: () => {
        const voted = votes().has(reason);
        const kind = voted ? "unvote" : "vote";
        return {
          send: () => player.room.send(MESSAGE.command, { id: ++id, kind, payload: { reason } }),
          applied: () => votes().has(reason) !== voted,
        };
      },
      onRefused: (listener) => player.room.onMessage(MESSAGE.error, listener),
    };
  });
}

/** The baseline room: each player toggles its private vote, which also moves the public count. */
async function seatBaselineTable(url: string, players: number): Promise<BenchClient[]> {
  const first = await new Client(url).create(BASELINE_ROOM, { players });
  const others = await Promise.all(Array.from({ length: players - 1 }, () => new Client(url).joinById(first.roomId)));
  const rooms = [first, ...others];
  await until(() => rooms.every((room) => room.state.players?.size === players), "the baseline table", SETUP_TIMEOUT_MS);
  return rooms.map((room) => {
    const own = () => room.state.players.get(room.sessionId);
    return {
      room,
      next: () => {
        const expected = own().vote ? 0 : 1;
        return { send: () => room.send("vote"), applied: () => own().vote === expected };
      },
      onRefused: () => undefined,
    };
  });
}

const PROJECT_TABLES: Record<string, SeatTable> = {
  "evalophobia:group": seatEvalophobiaGroup,
};

/** How a bench seats its tables: the project's game and mode, or the baseline room. */
export function seatTableFor(target: BenchTarget, game: string, mode: string): SeatTable {
  if (target === "baseline") return seatBaselineTable;
  const seat = PROJECT_TABLES[`${game}:${mode}`];
  if (!seat) throw new Error(`the bench knows no load for ${game} in ${mode} mode; it knows ${Object.keys(PROJECT_TABLES).join(", ")}`);
  return seat;
}

/** Seats the tables, creating them through each server process in turn (the rooms go where Colyseus puts them). */
export async function seatTables(urls: string[], seat: SeatTable, tables: number, players: number, generator: LoadGenerator): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tables) {
      const url = urls[next++ % urls.length];
      generator.add(await seat(url, players));
    }
  };
  await Promise.all(Array.from({ length: Math.min(SETUP_CONCURRENCY, tables) }, worker));
}
