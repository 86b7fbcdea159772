import { request, type GameSummary } from "../net/api.ts";
import { CodedError } from "../net/errors.ts";
import type { SessionSummary } from "@sgp/shared";

/** A JSON Schema of settings as the server describes them (generated from its zod schemas). */
export interface SettingSchema {
  type?: "integer" | "number" | "boolean" | "string" | "object";
  enum?: string[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
}
export interface SettingsSchema {
  properties: Record<string, SettingSchema>;
}

export type GameWithSettings = GameSummary & { settings: SettingsSchema };

export interface Catalogue {
  games: GameWithSettings[];
  platformSettings: SettingsSchema;
}

export type { SessionSummary };

export type ReportFormat = "json" | "csv" | "html";

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

export function gameCatalogue(): Promise<Catalogue> {
  return request("/api/games");
}

export async function sessionHistory(claims: { code: string; token: string }[]): Promise<SessionSummary[]> {
  if (claims.length === 0) return [];
  const body = await request<{ sessions: SessionSummary[] }>("/api/sessions/history", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sessions: claims }),
  });
  return body.sessions;
}

export async function adminSessions(password: string): Promise<SessionSummary[]> {
  return (await request<{ sessions: SessionSummary[] }>("/api/admin/sessions", { headers: bearer(password) })).sessions;
}

/** A request proven by a bearer secret (facilitator token or admin password); a refusal throws its code. */
async function authorized(path: string, secret: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, { ...init, headers: bearer(secret) }).catch(() => null);
  if (!response) throw new CodedError("network");
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message?: string } } | null;
  throw new CodedError(body?.error?.code ?? "internal", {}, body?.error?.message);
}

export async function deleteSession(code: string, secret: string): Promise<void> {
  await authorized(`/api/sessions/${encodeURIComponent(code)}`, secret, { method: "DELETE" });
}

/** A link that gives a bot's seat to a person: they open it and take the seat under their name. */
export async function seatHandover(code: string, seat: string, token: string): Promise<{ seat: string; url: string }> {
  return (await authorized(`/api/sessions/${encodeURIComponent(code)}/seats/${encodeURIComponent(seat)}/handover`, token, { method: "POST" })).json();
}

/** The full report (the facilitator's version) as a file. */
export async function fetchFullReport(code: string, token: string, format: ReportFormat, lang: string): Promise<Blob> {
  const query = new URLSearchParams({ format, lang });
  return (await authorized(`/api/sessions/${encodeURIComponent(code)}/report?${query}`, token)).blob();
}

/** The session a stand table's big screen shows now. */
export function kioskScreen(table: string): Promise<{ code: string }> {
  return request(`/api/kiosk/${encodeURIComponent(table)}/screen`);
}
