import { existsSync, readdirSync, readFileSync, statSync, watch, type FSWatcher } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { contentImages, type ContentProblem, type GameDefinition, type LocalizedText } from "@sgp/shared";
import type { RegisteredGame } from "../games.ts";
import { formatProblem, validateContent, type Validation } from "./validate.ts";

export interface LoadedContent {
  game: string;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  file: string;
  /** Where the file is: its images sit beside it. */
  path: string;
  data: any;
  warnings: ContentProblem[];
}

export interface RefusedFile {
  file: string;
  problems: ContentProblem[];
}

export interface FileVerdict {
  file: string;
  ok: boolean;
  /** The errors of a refused file, the warnings of an accepted one. */
  problems: ContentProblem[];
}

export const DEFAULT_MAX_CONTENT_BYTES = 512 * 1024;

/**
 * Every deck and scenario the server offers: the games' own content folders plus an external
 * folder for designers. An invalid file is reported and skipped, never fatal. `reload()` reads
 * everything again (the watcher calls it on any change); sessions keep the snapshot they
 * started with, so a reload never disturbs a game in progress.
 */
export class ContentCatalogue {
  readonly games: Map<string, GameDefinition>;
  contents = new Map<string, Map<string, LoadedContent>>();
  refused: RefusedFile[] = [];
  private watchers: FSWatcher[] = [];

  constructor(
    private readonly registered: RegisteredGame[],
    readonly externalDir?: string,
    private readonly log: (line: string) => void = console.warn,
    /** A file larger than this is refused unread. */
    private readonly maxBytes = DEFAULT_MAX_CONTENT_BYTES,
  ) {
    this.games = new Map(registered.map((g) => [g.definition.id, g.definition]));
    this.reload();
  }

  /** The folders read: each game's own, then the external folder and its sub-folders. */
  get folders(): string[] {
    const own = this.registered.flatMap((g) => g.contentDirs);
    if (!this.externalDir || !existsSync(this.externalDir)) return own;
    const subfolders = readdirSync(this.externalDir).map((name) => join(this.externalDir!, name)).filter((path) => statSync(path).isDirectory());
    return [...own, this.externalDir, ...subfolders];
  }

  reload(): void {
    const { contents, refused } = readCatalogue(this.folders.flatMap(jsonFiles), this.games, this.maxBytes);
    for (const { problems } of refused) problems.forEach((p) => this.log(formatProblem(p)));
    this.contents = contents;
    this.refused = refused;
  }

  /**
   * What the server would say of these files if they sat in its content folders: the same
   * checks in the same order, the ids of every other deck and scenario included.
   */
  check(paths: string[]): FileVerdict[] {
    const served = this.folders.flatMap(jsonFiles);
    const added = paths.map((path) => resolve(path)).filter((path) => !served.includes(path));
    const { contents, refused } = readCatalogue([...served, ...added], this.games, this.maxBytes);
    const accepted = [...contents.values()].flatMap((byId) => [...byId.values()]);
    return paths.map((path) => {
      const file = relative(process.cwd(), resolve(path));
      const problems = refused.find((r) => r.file === file)?.problems;
      const verdict = problems ? { ok: false, problems } : { ok: true, problems: accepted.find((c) => c.file === file)?.warnings ?? [] };
      // Named as the caller named it; the messages stay the server's own.
      return { file: path, ok: verdict.ok, problems: verdict.problems.map((problem) => ({ ...problem, file: path })) };
    });
  }

  /** Reloads shortly after any file changes in a content folder (editors write in several steps). */
  watch(onReload: () => void = () => undefined): void {
    let pending: NodeJS.Timeout | undefined;
    const schedule = () => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        this.reload();
        this.rewatch(schedule);
        onReload();
      }, 150);
    };
    this.rewatch(schedule);
  }

  private rewatch(listener: () => void): void {
    this.unwatch();
    for (const folder of this.folders) {
      if (!existsSync(folder)) continue;
      const watcher = watch(folder, listener);
      watcher.on("error", () => undefined);
      this.watchers.push(watcher);
    }
  }

  unwatch(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }
}

/** Reads files in order: each is checked alone, then its id against the files before it. */
function readCatalogue(paths: string[], games: ReadonlyMap<string, GameDefinition>, maxBytes: number) {
  const contents = new Map<string, Map<string, LoadedContent>>([...games.keys()].map((id) => [id, new Map()]));
  const refused: RefusedFile[] = [];
  for (const path of paths) {
    const file = relative(process.cwd(), path);
    const result = readContentFile(file, path, games, maxBytes);
    if (!result.ok) {
      refused.push({ file, problems: result.problems });
      continue;
    }
    const { data } = result;
    const byId = contents.get(data.game)!;
    const taken = byId.get(data.id);
    if (taken) {
      refused.push({
        file,
        problems: [{
          file, path: "$.id", severity: "error", code: "content.duplicate_id",
          message: { fr: `L'identifiant « ${data.id} » est déjà pris par ${taken.file}.`, en: `The id "${data.id}" is already used by ${taken.file}.` },
        }],
      });
      continue;
    }
    byId.set(data.id, { game: data.game, id: data.id, version: data.version, title: data.title, description: data.description, file, path, data, warnings: result.warnings });
  }
  return { contents, refused };
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith(".json")).sort().map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** Reads and checks one file: the same answer for the server, the upload and the validator. */
function readContentFile(file: string, path: string, games: ReadonlyMap<string, GameDefinition>, maxBytes = DEFAULT_MAX_CONTENT_BYTES): Validation {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size > maxBytes) {
    const kib = (bytes: number) => Math.ceil(bytes / 1024);
    return {
      ok: false,
      problems: [{
        file, path: "$", severity: "error", code: "content.too_large",
        message: { fr: `Fichier trop lourd : ${kib(size).toLocaleString("fr-FR")} Kio, ${kib(maxBytes).toLocaleString("fr-FR")} au plus.`, en: `File too large: ${kib(size).toLocaleString("en-GB")} KiB, at most ${kib(maxBytes).toLocaleString("en-GB")}.` },
      }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, problems: [{ file, path: "$", severity: "error", code: "content.bad_json", message: { fr: `JSON illisible : ${detail}`, en: `Unreadable JSON: ${detail}` } }] };
  }
  const result = validateContent(file, raw, games);
  if (!result.ok) return result;
  const missing: ContentProblem[] = contentImages(result.data)
    .filter((image) => !existsSync(join(dirname(path), image.name)))
    .map((image) => ({
      file, path: image.path, severity: "error", code: "content.missing_image",
      message: { fr: `L'image « ${image.name} » n'est pas à côté du fichier.`, en: `The image "${image.name}" is not beside the file.` },
    }));
  return missing.length > 0 ? { ok: false, problems: missing } : result;
}
