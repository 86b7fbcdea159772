import { createHash } from "node:crypto";
import { canonicalJson, GameSession, type BaseState, type GameDefinition, type SessionInput } from "@sgp/shared";
import type { LogEntry, SessionRow } from "../persistence/storage.ts";

/** A logged entry the replay refused though the live room had accepted it: the session may differ. */
export interface ReplayAlarm {
  seq: number;
  type: SessionInput["type"];
  code: string;
}

export interface Replayed {
  session: GameSession;
  seq: number;
  alarms: ReplayAlarm[];
}

/** Rebuilds a session from what was stored: seed + content snapshot + settings + the log, in order. */
export function replay(definition: GameDefinition, row: SessionRow, log: LogEntry[], onApplied?: (input: SessionInput) => void): Replayed {
  const session = new GameSession(definition, {
    code: row.code, contentId: row.contentId, content: row.content, mode: row.mode, seed: row.seed, settings: row.settings,
  });
  let seq = 0;
  const alarms: ReplayAlarm[] = [];
  for (const entry of log) {
    const result = session.apply(entry.input);
    if (result.ok) onApplied?.(entry.input);
    else {
      alarms.push({ seq: entry.seq, type: entry.input.type, code: result.error.code });
      console.error(`ALARM replay of ${row.code}: entry ${entry.seq} (${entry.input.type}) was accepted live but is refused now: ${result.error.code}`);
    }
    seq = entry.seq;
  }
  return { session, seq, alarms };
}

/** SHA-256 of the canonical state: equal for two sessions that played the same inputs. */
export function stateHash(state: BaseState): string {
  return createHash("sha256").update(canonicalJson(state)).digest("hex");
}
