import express, { type Application, type Request, type Response } from "express";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { contentImages } from "@sgp/shared";
import type { ContentCatalogue } from "../content/catalogue.ts";
import { validateContent } from "../content/validate.ts";
import { ServiceError } from "../sessions/service.ts";

export interface ContentRouteDeps {
  catalogue: ContentCatalogue;
  /** The largest content file a designer may upload (the same cap as for files read from disk). */
  maxContentBytes: number;
  isAdmin(req: Request): boolean;
  handle(fn: (req: Request, res: Response) => unknown): (req: Request, res: Response) => Promise<void>;
}

/** Content for designers: read one deck or scenario whole, check a draft, upload a valid file. */
export function mountContentRoutes(app: Application, { catalogue, maxContentBytes, isAdmin, handle }: ContentRouteDeps): void {
  const bigJson = express.json({ limit: maxContentBytes });

  app.get(
    "/api/content/:game/:id",
    handle((req, res) => {
      const game = catalogue.games.get(String(req.params.game));
      const content = catalogue.contents.get(String(req.params.game))?.get(String(req.params.id));
      if (!game || !content) throw new ServiceError(404, "session.unknown_content", { content: String(req.params.id) });
      res.json({ file: content.file, warnings: content.warnings, data: game.content.publicView ? game.content.publicView(content.data) : content.data });
    }),
  );

  app.get(
    "/api/content/:game/:id/files/:name",
    handle((req, res) => {
      const content = catalogue.contents.get(String(req.params.game))?.get(String(req.params.id));
      const name = String(req.params.name);
      // Only a file the content names: never a path, never another file of the folder.
      if (!content || !contentImages(content.data).some((image) => image.name === name)) throw new ServiceError(404, "content.no_such_file", { name: name.slice(0, 60) });
      res.sendFile(join(dirname(content.path), name), { maxAge: "1h" });
    }),
  );

  app.post(
    "/api/content/check",
    bigJson,
    handle((req, res) => {
      const result = validateContent(uploadName(req), req.body, catalogue.games);
      res.json(result.ok ? { ok: true, problems: result.warnings } : { ok: false, problems: result.problems });
    }),
  );

  app.post(
    "/api/content",
    bigJson,
    handle((req, res) => {
      if (!isAdmin(req)) throw new ServiceError(req.headers.authorization ? 403 : 401, req.headers.authorization ? "admin.forbidden" : "admin.unauthorized");
      if (!catalogue.externalDir) throw new ServiceError(409, "content.no_folder");
      const result = validateContent(uploadName(req), req.body, catalogue.games);
      if (!result.ok) {
        res.status(400).json({ ok: false, problems: result.problems });
        return;
      }
      const { game, id } = result.data as { game: string; id: string };
      const folder = join(catalogue.externalDir, game);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${id}.json`), JSON.stringify(req.body, null, 2) + "\n");
      catalogue.reload();
      const refused = catalogue.refused.find((r) => r.file.endsWith(join(game, `${id}.json`)));
      if (refused) {
        res.status(409).json({ ok: false, problems: refused.problems });
        return;
      }
      res.status(201).json({ ok: true, game, id, problems: result.warnings });
    }),
  );
}

function uploadName(req: Request): string {
  const name = req.query.name;
  return typeof name === "string" && /^[\w.-]{1,80}$/.test(name) ? name : "upload.json";
}
