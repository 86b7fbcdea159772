import { randomSeed, splitSettings, type GameDefinition, type Locale, type ReportAudience, type SessionSummary } from "@sgp/shared";
import { z } from "zod";
import type { ContentCatalogue } from "../content/catalogue.ts";
import type { SessionRow, Storage } from "../persistence/storage.ts";
import type { SessionRooms } from "../room/session-rooms.ts";
import { CODE_PATTERN, normaliseCode, randomCode } from "./codes.ts";
import type { StoredReportDocument } from "./reports.ts";
import { stateAt, timeline, type TimelineStep } from "./step-replay.ts";
import { seriesReport } from "./series-report.ts";
import { hashToken, newToken, tokenMatches } from "./tokens.ts";

export const createSessionSchema = z
  .object({
    game: z.string().min(1).max(40),
    content: z.string().min(1).max(48).optional(),
    mode: z.string().min(1).max(40).optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type CreateSessionBody = z.infer<typeof createSessionSchema>;

export const createSeriesSchema = createSessionSchema.extend({ tables: z.number().int().min(2).max(12) }).strict();
export type CreateSeriesBody = z.infer<typeof createSeriesSchema>;

export interface SeriesInfo {
  id: string;
  table: number;
  tables: number;
}

/** The series a session belongs to, from its settings. */
export function seriesInfo(row: Pick<SessionRow, "settings">): SeriesInfo | undefined {
  return (row.settings as { series?: SeriesInfo }).series;
}

export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: unknown[] = [],
  ) {
    super(code);
  }
}


export interface CreatedSession {
  code: string;
  facilitatorToken: string;
  joinUrl: string;
  reportUrl: string;
}

export interface CreatedSeries {
  series: string;
  sessions: CreatedSession[];
}

/** Sessions: creating them, opening their rooms, and reading their reports. */
export class SessionService {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: SessionRooms,
    private readonly catalogue: ContentCatalogue,
    private readonly publicUrl: string,
    /** Whether this process holds as many live sessions as it may (MAX_SESSIONS). */
    private readonly full: () => boolean = () => false,
  ) {}

  /**
   * N tables on one seed, one click: each session's settings carry the series (its id, the
   * table's number, how many), so the series' debrief can find and compare them.
   */
  async createSeries(body: CreateSeriesBody): Promise<CreatedSeries> {
    const { tables, ...session } = body;
    const id = randomCode();
    const seed = randomSeed();
    const sessions: CreatedSession[] = [];
    for (let table = 1; table <= tables; table++) {
      sessions.push(await this.create({ ...session, settings: { ...session.settings, series: { id, table, tables } } }, seed));
    }
    return { series: id, sessions };
  }

  /**
   * The debrief comparing every table of a session's series, each read as its players see it
   * (no table's secrets reach another's facilitator).
   */
  async seriesReport(row: SessionRow): Promise<StoredReportDocument> {
    const series = seriesInfo(row);
    if (!series) throw new ServiceError(404, "series.none", { code: row.code });
    const rows = (await this.storage.listSessions())
      .filter((other) => seriesInfo(other)?.id === series.id)
      .sort((a, b) => seriesInfo(a)!.table - seriesInfo(b)!.table);
    const tables = await Promise.all(rows.map(async (table) => ({ row: table, document: await this.readableReport(table) })));
    return seriesReport(series, tables);
  }

  private async readableReport(row: SessionRow): Promise<StoredReportDocument | undefined> {
    try {
      return await this.report(row, "players");
    } catch (error) {
      if (error instanceof ServiceError) return undefined;
      throw error;
    }
  }

  async create(body: CreateSessionBody, seed = randomSeed()): Promise<CreatedSession> {
    if (this.full()) throw new ServiceError(503, "server.full");
    const definition = this.catalogue.games.get(body.game);
    if (!definition) throw new ServiceError(404, "session.unknown_game", { game: body.game });
    const contents = this.catalogue.contents.get(body.game)!;
    const content = body.content ? contents.get(body.content) : contents.values().next().value;
    if (!content) throw new ServiceError(404, "session.unknown_content", { content: body.content ?? "" });
    const mode = body.mode ?? definition.modes[0].id;
    if (!definition.modes.some((m) => m.id === mode)) throw new ServiceError(400, "session.unknown_mode", { mode });
    const settings = body.settings ?? {};
    try {
      splitSettings(definition, content.data, settings);
    } catch (error) {
      if (error instanceof z.ZodError) throw new ServiceError(400, "session.bad_settings", {}, error.issues);
      throw error;
    }
    const facilitatorToken = newToken();
    const now = Date.now();
    const row: Omit<SessionRow, "code"> = {
      game: definition.id, rulesVersion: definition.rulesVersion, contentId: content.id, content: content.data, mode, settings, seed, status: "lobby",
      facilitatorTokenHash: hashToken(facilitatorToken), reportToken: newToken(), createdAt: now, updatedAt: now,
    };
    const code = await this.insertWithFreshCode(row);
    await this.open(code);
    return {
      code,
      facilitatorToken,
      joinUrl: this.joinUrl(code),
      reportUrl: `${this.publicUrl}/api/sessions/${code}/report?format=html&token=${row.reportToken}`,
    };
  }

  /** The link players open (and its QR code), on the public address. */
  joinUrl(code: string): string {
    return `${this.publicUrl}/?code=${code}`;
  }

  private async insertWithFreshCode(row: Omit<SessionRow, "code">): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const code = randomCode();
      if (await this.storage.insertSession({ ...row, code })) return code;
    }
    throw new Error("could not find a free join code");
  }

  /** Whether a code names a stored session, without opening it. */
  async exists(rawCode: string): Promise<boolean> {
    return (await this.lookup(rawCode)) !== undefined;
  }

  async find(rawCode: string): Promise<SessionRow> {
    const row = await this.lookup(rawCode);
    if (!row) throw new ServiceError(404, "join.unknown_session", { code: rawCode.slice(0, 12) });
    return row;
  }

  private async lookup(rawCode: string): Promise<SessionRow | undefined> {
    const code = normaliseCode(rawCode);
    return CODE_PATTERN.test(code) ? await this.storage.getSession(code) : undefined;
  }

  /** Makes sure the session's room is live, on whichever process (recreated from its log if none holds it). */
  open(code: string): Promise<void> {
    return this.rooms.open(code);
  }

  /** Before a join by code: the stored session's room is made live; an unknown code is left to the matchmaker's "not found". */
  async reopenIfKnown(roomId: string): Promise<void> {
    if (CODE_PATTERN.test(roomId) && (await this.storage.getSession(roomId))) await this.open(roomId);
  }

  /**
   * Reopens every unfinished session, so that players find their rooms after a restart (and
   * those begun under rules that have since changed are closed by theirs).
   */
  async reopenUnfinished(): Promise<number> {
    const rows = await this.storage.listSessions(["lobby", "playing"]);
    for (const row of rows) await this.open(row.code);
    return rows.length;
  }

  /** The sessions a browser created (it proves it with their facilitator tokens), newest first. */
  async history(claims: { code: string; token: string }[]): Promise<SessionSummary[]> {
    const rows = await Promise.all(claims.map(async ({ code, token }) => ({ row: await this.storage.getSession(code), token })));
    return rows
      .filter((c): c is { row: SessionRow; token: string } => c.row !== undefined && tokenMatches(c.token, c.row.facilitatorTokenHash))
      .map(({ row }) => this.summary(row))
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  async all(): Promise<SessionSummary[]> {
    return (await this.storage.listSessions()).map((row) => this.summary(row)).reverse();
  }

  private summary(row: SessionRow): SessionSummary {
    const content = this.catalogue.contents.get(row.game)?.get(row.contentId);
    return {
      code: row.code, game: row.game, content: row.contentId, contentTitle: (row.content as { title?: unknown }).title ?? content?.title ?? row.contentId,
      mode: row.mode, status: row.status, createdAt: row.createdAt, updatedAt: row.updatedAt,
      reportUrl: `${this.publicUrl}/api/sessions/${row.code}/report?format=html&token=${row.reportToken}`,
    };
  }

  /** Deletes a session for good: its room, log, seat tokens and reports. */
  async remove(row: SessionRow): Promise<void> {
    await this.rooms.close(row.code);
    await this.storage.deleteSession(row.code);
  }

  /** Applies the retention setting; returns the codes deleted. */
  async purge(olderThanDays: number, now = Date.now()): Promise<string[]> {
    const cutoff = now - olderThanDays * 86_400_000;
    const old = (await this.storage.listSessions()).filter((row) => row.createdAt < cutoff);
    for (const row of old) await this.remove(row);
    return old.map((row) => row.code);
  }

  /**
   * The facilitator's token gives the full report; the read-only report token the players'.
   * Either comes as a bearer token; the report token also in the query, for printable links.
   */
  audienceFor(row: SessionRow, bearer: string | undefined, token: string | undefined): ReportAudience {
    const secret = bearer ?? token;
    if (secret === undefined) throw new ServiceError(401, "report.unauthorized");
    if (bearer !== undefined && tokenMatches(bearer, row.facilitatorTokenHash)) return "facilitator";
    if (secret.length === row.reportToken.length && tokenMatches(secret, hashToken(row.reportToken))) return "players";
    throw new ServiceError(403, "report.forbidden");
  }

  /** The live room's log length and state hash, wherever the room is. */
  async integrity(row: SessionRow) {
    if (this.outdated(row)) throw new ServiceError(409, "join.outdated_rules");
    return { code: row.code, ...(await this.rooms.integrity(row.code)) };
  }

  /** A finished session, step by step in words (the public timeline names no card or vote). */
  async replayTimeline(row: SessionRow, locale: Locale): Promise<TimelineStep[]> {
    return timeline(this.finishedGame(row), row, await this.storage.readLog(row.code), locale);
  }

  /** The state right after one step of a finished session, as the audience may see it. */
  async replayStep(row: SessionRow, step: number, audience: ReportAudience): Promise<{ step: number; at: number; state: unknown }> {
    const definition = this.finishedGame(row);
    const log = await this.storage.readLog(row.code);
    const entry = log.find((e) => e.seq === step);
    if (!entry) throw new ServiceError(404, "replay.no_step", { step, last: log.at(-1)?.seq ?? 0 });
    return { step, at: entry.at, state: stateAt(definition, row, log, step, audience) };
  }

  private finishedGame(row: SessionRow): GameDefinition {
    if (row.status !== "finished") throw new ServiceError(409, "replay.not_finished");
    const definition = this.catalogue.games.get(row.game);
    if (!definition) throw new ServiceError(404, "session.unknown_game", { game: row.game });
    if (this.outdated(row)) throw new ServiceError(409, "replay.outdated_rules");
    return definition;
  }

  /** A link that gives a bot's seat to a person (the facilitator hands it to them). */
  async seatHandover(row: SessionRow, seatId: string): Promise<{ seat: string; url: string }> {
    const seatToken = await this.rooms.seatHandover(row.code, seatId);
    if (!seatToken) throw new ServiceError(409, "seat.not_bot", { seat: seatId });
    return { seat: seatId, url: `${this.joinUrl(row.code)}&seat=${seatToken}` };
  }

  /** Begun under rules the running server no longer has: never replayed (see SessionRoom). */
  private outdated(row: SessionRow): boolean {
    return this.catalogue.games.get(row.game)?.rulesVersion !== row.rulesVersion;
  }

  /** The players' report exists once the game is over (the room says so before its end is stored). */
  async report(row: SessionRow, audience: ReportAudience): Promise<StoredReportDocument> {
    const stored = await this.storage.getReport(row.code, audience);
    if (stored) return JSON.parse(stored);
    if (row.status === "finished") throw new ServiceError(409, "report.not_ready");
    const live = await this.rooms.liveReport(row.code, audience);
    if (!live) throw new ServiceError(409, "report.not_ready");
    return live;
  }
}
