import type { ContentProblem, LocalizedText, Params } from "@sgp/shared";
import type { GameSummary } from "../net/api.ts";
import { CodedError } from "../net/errors.ts";

/** What the server lists: the valid contents of every game, and the files it refused, with why. */
export interface Catalogue {
  games: (Omit<GameSummary, "contents"> & { contents: (GameSummary["contents"][number] & { warnings: ContentProblem[] })[] })[];
  refused: { file: string; problems: ContentProblem[] }[];
}

/** One deck or scenario, whole (its public part). */
export interface StoredContent {
  file: string;
  warnings: ContentProblem[];
  data: ContentData;
}

/** Every content file has this envelope; the rest belongs to its game. */
export type ContentData = { game: string; id: string; version: number; title: LocalizedText } & Record<string, unknown>;

export interface CheckResult {
  ok: boolean;
  problems: ContentProblem[];
}

export type UploadResult = { ok: true; game: string; id: string; problems: ContentProblem[] } | { ok: false; problems: ContentProblem[] };

type Body = { ok?: boolean; problems?: ContentProblem[]; error?: { code: string; params?: Params; message?: string } } | null;

/** A request whose 400 and 409 answers carry the content's problems rather than an error. */
async function send(path: string, init?: RequestInit): Promise<{ status: number; body: Body }> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new CodedError("network");
  }
  if (response.status === 413) throw new CodedError("preview.draft.tooLarge");
  const body = (await response.json().catch(() => null)) as Body;
  const answered = response.ok || (body?.ok === false && Array.isArray(body.problems));
  if (!answered) throw new CodedError(body?.error?.code ?? "internal", body?.error?.params, body?.error?.message);
  return { status: response.status, body };
}

export async function fetchCatalogue(): Promise<Catalogue> {
  return (await send("/api/games")).body as unknown as Catalogue;
}

export async function fetchContent(game: string, id: string): Promise<StoredContent> {
  return (await send(`/api/content/${encodeURIComponent(game)}/${encodeURIComponent(id)}`)).body as unknown as StoredContent;
}

const jsonPost = (json: string, headers: Record<string, string> = {}): RequestInit => ({ method: "POST", headers: { "content-type": "application/json", ...headers }, body: json });
const named = (path: string, file: string) => `${path}?${new URLSearchParams({ name: file })}`;

/** Validates a draft without storing it. */
export async function checkDraft(file: string, json: string): Promise<CheckResult> {
  return (await send(named("/api/content/check", file), jsonPost(json))).body as CheckResult;
}

/** Stores a draft in the external folder, only when valid. */
export async function uploadDraft(file: string, json: string, password: string): Promise<UploadResult> {
  return (await send(named("/api/content", file), jsonPost(json, { authorization: `Bearer ${password}` }))).body as UploadResult;
}
