import { createHash } from "node:crypto";
import { canonicalJson, GameSession, type BaseState, type GameDefinition } from "@sgp/shared";
import type { LogEntry, SessionRow } from "../persistence/storage.ts";

/** Rebuilds a session from what was stored: seed + content snapshot + settings + the log, in order. */
export function replay(definition: GameDefinition, row: SessionRow, log: LogEntry[]): { session: GameSession; seq: number } {
  const session = new GameSession(definition, {
    code: row.code, contentId: row.contentId, content: row.content, mode: row.mode, seed: row.seed, settings: row.settings,
  });
  let seq = 0;
  for (const entry of log) {
    const result = session.apply(entry.input);
    if (!result.ok) console.warn(`replay of ${row.code}: entry ${entry.seq} (${entry.input.type}) refused: ${result.error.code}`);
    seq = entry.seq;
  }
  return { session, seq };
}

/** SHA-256 of the canonical state: equal for two sessions that played the same inputs. */
export function stateHash(state: BaseState): string {
  return createHash("sha256").update(canonicalJson(state)).digest("hex");
}
