import type { LocalizedText, ModeDefinition, Params, Report } from "@sgp/shared";
import { CodedError } from "./errors.ts";

export interface GameSummary {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  modes: ModeDefinition[];
  contents: { id: string; title: LocalizedText; description?: LocalizedText; version: string | number }[];
}

export interface CreatedSession {
  code: string;
  facilitatorToken: string;
  joinUrl: string;
  reportUrl: string;
}

export interface SessionInfo {
  code: string;
  game: string;
  content: string;
  mode: string;
  status: "lobby" | "playing" | "finished";
  title: LocalizedText;
  /** The link players open, on the one address the server advertises (also in QR codes). */
  joinUrl: string;
  /** The settings given at creation (defaults left out); a series' tables carry it there. */
  settings?: Record<string, unknown> & { series?: { id: string; table: number; tables: number } };
}

export interface ReportParticipant {
  name: string;
  bot: boolean;
  role?: string;
}

/** The report as the server sends it in JSON, already localized. */
export interface LocalizedReport {
  header: { code: string; game: string; content: string; createdAt: number; participants: ReportParticipant[] };
  report: Report;
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new CodedError("network");
  }
  const body = (await response.json().catch(() => null)) as { error?: { code: string; params?: Params; message?: string } } | null;
  if (!response.ok) throw new CodedError(body?.error?.code ?? "internal", body?.error?.params, body?.error?.message);
  return body as T;
}

export async function listGames(): Promise<GameSummary[]> {
  return (await request<{ games: GameSummary[] }>("/api/games")).games;
}

export function createSession(body: { game: string; content?: string; mode?: string; settings?: Record<string, unknown> }): Promise<CreatedSession> {
  return request("/api/sessions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

export interface CreatedSeries {
  series: string;
  sessions: CreatedSession[];
}

/** N tables on one seed, each with its own code and facilitator token. */
export function createSeries(body: { game: string; content?: string; mode?: string; settings?: Record<string, unknown>; tables: number }): Promise<CreatedSeries> {
  return request("/api/series", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** The page comparing the tables of a session's series (read with the session's report token). */
export function seriesPath(code: string, token: string, lang: string): string {
  return `/api/sessions/${encodeURIComponent(code)}/series?${new URLSearchParams({ format: "html", token, lang })}`;
}

/** Also reopens a session whose room was closed while nobody was in it. */
export function sessionInfo(code: string): Promise<SessionInfo> {
  return request(`/api/sessions/${encodeURIComponent(code)}`);
}

export function sessionContent(code: string): Promise<unknown> {
  return request(`/api/sessions/${encodeURIComponent(code)}/content`);
}

/** The printable page's address: a link opened by a browser can carry its token only in the query. */
export function reportPath(code: string, token: string, format: "json" | "html", lang: string): string {
  const query = new URLSearchParams({ format, token, lang });
  return `/api/sessions/${encodeURIComponent(code)}/report?${query}`;
}

export function fetchReport(code: string, token: string, lang: string): Promise<LocalizedReport> {
  const query = new URLSearchParams({ format: "json", lang });
  return request(`/api/sessions/${encodeURIComponent(code)}/report?${query}`, { headers: { authorization: `Bearer ${token}` } });
}

/**
 * The origin the server advertises (PUBLIC_URL, or its network address): every link shown or put
 * in a QR code uses it, while this page keeps talking to the origin it was loaded from.
 */
export function advertisedOrigin(info: Pick<SessionInfo, "joinUrl">): string {
  return new URL(info.joinUrl).origin;
}

/** A link that only this machine can open (tablets and phones cannot). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host.startsWith("127.") || host === "[::1]";
}
