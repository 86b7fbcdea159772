import type { RuleError } from "@sgp/shared";

/** What a command got: applied (acknowledged), or refused with an error. */
export type CommandOutcome = { ok: true } | { ok: false; error: RuleError };

/** Enough for every command a client can still have in flight after a drop. */
const REMEMBERED_PER_SEAT = 256;

/**
 * The recent command ids of each seat with their outcome, so that a command re-sent after a
 * drop gets its first answer again instead of being applied twice. Applied ones come back from
 * the log after a restart; refusals changed nothing and are remembered in memory only.
 */
export class AnsweredCommands {
  private readonly bySeat = new Map<string, Map<string | number, CommandOutcome>>();

  outcome(seatId: string, id: string | number): CommandOutcome | undefined {
    return this.bySeat.get(seatId)?.get(id);
  }

  remember(seatId: string, id: string | number, outcome: CommandOutcome): void {
    let answers = this.bySeat.get(seatId);
    if (!answers) this.bySeat.set(seatId, (answers = new Map()));
    answers.delete(id);
    answers.set(id, outcome);
    if (answers.size > REMEMBERED_PER_SEAT) answers.delete(answers.keys().next().value!);
  }
}
