import express, { type Application, type Request, type Response } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { localize, platformSettingsSchema } from "@sgp/shared";
import { z } from "zod";
import type { ContentCatalogue } from "../content/catalogue.ts";
import { PRINT_SCRIPT, PRINT_SCRIPT_PATH, REPORT_FORMATS, renderReport } from "../reports/render.ts";
import { createSeriesSchema, createSessionSchema, ServiceError, type SessionService } from "../sessions/service.ts";
import type { StoredReportDocument } from "../sessions/reports.ts";
import { hashToken, tokenMatches } from "../sessions/tokens.ts";
import type { KioskService } from "../kiosk/kiosk-service.ts";
import { requestLocale, sendError } from "./answers.ts";
import { mountContentRoutes } from "./content-routes.ts";
import { mountKioskRoutes } from "./kiosk-routes.ts";

export interface RouteDeps {
  catalogue: ContentCatalogue;
  sessions: SessionService;
  clientDir: string;
  maxContentBytes: number;
  adminPassword?: string;
  kiosk?: KioskService;
  /** This process's id in the cluster, for health checks and operators. */
  processId: () => string;
}

const historySchema = z.object({ sessions: z.array(z.object({ code: z.string().max(12), token: z.string().max(128) }).strict()).max(500) }).strict();

function bearerOf(req: Request): string | undefined {
  return req.headers.authorization?.match(/^Bearer (.+)$/i)?.[1];
}

/** Wraps a handler so that a ServiceError becomes its JSON answer and anything else a 500. */
function handle(fn: (req: Request, res: Response) => unknown) {
  return async (req: Request, res: Response) => {
    try {
      await fn(req, res);
    } catch (error) {
      if (error instanceof ServiceError) return sendError(res, req, error);
      console.error(`${req.method} ${req.path}`, error);
      sendError(res, req, new ServiceError(500, "internal"));
    }
  };
}

const reportQuerySchema = z.object({
  format: z.enum(REPORT_FORMATS).default("json"),
  token: z.string().max(128).optional(),
  lang: z.enum(["fr", "en"]).optional(),
});

type ReportQuery = z.infer<typeof reportQuerySchema>;

function reportQuery(req: Request): ReportQuery {
  const query = reportQuerySchema.safeParse(req.query);
  if (!query.success) throw new ServiceError(400, "report.bad_format");
  return query.data;
}

/** A report in the asked format and language; a CSV comes as a file named after the session and the title. */
function sendReport(req: Request, res: Response, query: ReportQuery, { header, report }: StoredReportDocument): void {
  const locale = query.lang ?? requestLocale(req);
  const rendered = renderReport(query.format, header, report, locale);
  if (query.format === "csv") res.setHeader("Content-Disposition", `attachment; filename="${header.code}-${localize(report.title, locale).replace(/[^\w-]+/g, "_")}.csv"`);
  res.type(rendered.type).send(rendered.body);
}

function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
  throw new ServiceError(400, "request.bad_body", { details }, parsed.error.issues);
}

export function mountRoutes(app: Application, deps: RouteDeps): void {
  const { catalogue, sessions } = deps;
  app.disable("x-powered-by");
  app.use(/^(?!\/api\/content).*/, express.json({ limit: "64kb" }));

  app.get(PRINT_SCRIPT_PATH, (_req, res) => {
    res.type("text/javascript").send(PRINT_SCRIPT);
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", process: deps.processId() });
  });

  app.get("/api/games", (_req, res) => {
    res.json({
      games: [...catalogue.games.values()].map((game) => ({
        id: game.id,
        title: game.title,
        summary: game.summary,
        modes: game.modes,
        settings: z.toJSONSchema(game.settings, { io: "input", unrepresentable: "any" }),
        contents: [...catalogue.contents.get(game.id)!.values()].map(({ id, version, title, description, warnings }) => ({ id, version, title, description, warnings })),
      })),
      refused: catalogue.refused,
      platformSettings: z.toJSONSchema(platformSettingsSchema, { io: "input" }),
    });
  });

  app.post(
    "/api/sessions",
    handle(async (req, res) => {
      res.status(201).json(await sessions.create(parseBody(createSessionSchema, req.body)));
    }),
  );

  const isAdmin = (req: Request) => {
    const bearer = bearerOf(req);
    return deps.adminPassword !== undefined && bearer !== undefined && tokenMatches(bearer, hashToken(deps.adminPassword));
  };

  app.post(
    "/api/sessions/history",
    handle(async (req, res) => {
      const body = historySchema.safeParse(req.body);
      if (!body.success) throw new ServiceError(400, "request.bad_body", { details: body.error.issues[0]?.message ?? "" }, body.error.issues);
      res.json({ sessions: await sessions.history(body.data.sessions) });
    }),
  );

  app.get(
    "/api/admin/sessions",
    handle(async (req, res) => {
      if (!isAdmin(req)) throw new ServiceError(bearerOf(req) ? 403 : 401, bearerOf(req) ? "admin.forbidden" : "admin.unauthorized");
      res.json({ sessions: await sessions.all() });
    }),
  );

  app.delete(
    "/api/sessions/:code",
    handle(async (req, res) => {
      const row = await sessions.find(String(req.params.code));
      if (!isAdmin(req) && sessions.audienceFor(row, bearerOf(req) ?? "", undefined) !== "facilitator") throw new ServiceError(403, "report.forbidden");
      await sessions.remove(row);
      res.status(204).end();
    }),
  );

  app.get(
    "/api/sessions/:code",
    handle(async (req, res) => {
      const row = await sessions.find(String(req.params.code));
      await sessions.open(row.code);
      const game = catalogue.games.get(row.game);
      res.json({
        code: row.code, game: row.game, content: row.contentId, mode: row.mode, status: row.status, title: game?.title ?? row.game, settings: row.settings,
        joinUrl: sessions.joinUrl(row.code),
      });
    }),
  );

  app.get(
    "/api/sessions/:code/content",
    handle(async (req, res) => {
      const row = await sessions.find(String(req.params.code));
      const game = catalogue.games.get(row.game);
      res.json(game?.content.publicView ? game.content.publicView(row.content) : row.content);
    }),
  );

  app.get(
    "/api/sessions/:code/report",
    handle(async (req, res) => {
      const query = reportQuery(req);
      const row = await sessions.find(String(req.params.code));
      sendReport(req, res, query, await sessions.report(row, sessions.audienceFor(row, bearerOf(req), query.token)));
    }),
  );

  app.post(
    "/api/series",
    handle(async (req, res) => {
      res.status(201).json(await sessions.createSeries(parseBody(createSeriesSchema, req.body)));
    }),
  );

  app.get(
    "/api/sessions/:code/series",
    handle(async (req, res) => {
      const query = reportQuery(req);
      const row = await sessions.find(String(req.params.code));
      sessions.audienceFor(row, bearerOf(req), query.token);
      sendReport(req, res, query, await sessions.seriesReport(row));
    }),
  );

  app.get(
    "/api/sessions/:code/state",
    handle(async (req, res) => {
      const row = await sessions.find(String(req.params.code));
      if (sessions.audienceFor(row, bearerOf(req), undefined) !== "facilitator") throw new ServiceError(403, "report.forbidden");
      res.json(await sessions.integrity(row));
    }),
  );

  const replayQuerySchema = z.object({ token: z.string().max(128).optional(), lang: z.enum(["fr", "en"]).optional() });

  app.get(
    "/api/sessions/:code/replay",
    handle(async (req, res) => {
      const query = replayQuerySchema.safeParse(req.query);
      if (!query.success) throw new ServiceError(400, "request.bad_body", { details: "token, lang" });
      const row = await sessions.find(String(req.params.code));
      sessions.audienceFor(row, bearerOf(req), query.data.token);
      res.json({ code: row.code, game: row.game, steps: await sessions.replayTimeline(row, query.data.lang ?? requestLocale(req)) });
    }),
  );

  app.get(
    "/api/sessions/:code/replay/:step",
    handle(async (req, res) => {
      const query = replayQuerySchema.safeParse(req.query);
      const step = Number(req.params.step);
      if (!query.success || !Number.isInteger(step) || step < 1) throw new ServiceError(400, "request.bad_body", { details: "step, token" });
      const row = await sessions.find(String(req.params.code));
      const audience = sessions.audienceFor(row, bearerOf(req), query.data.token);
      res.json(await sessions.replayStep(row, step, audience));
    }),
  );

  app.post(
    "/api/sessions/:code/seats/:seat/handover",
    handle(async (req, res) => {
      const row = await sessions.find(String(req.params.code));
      if (sessions.audienceFor(row, bearerOf(req), undefined) !== "facilitator") throw new ServiceError(403, "report.forbidden");
      res.json(await sessions.seatHandover(row, String(req.params.seat).slice(0, 32)));
    }),
  );

  mountContentRoutes(app, { catalogue, maxContentBytes: deps.maxContentBytes, isAdmin, handle });
  if (deps.kiosk) mountKioskRoutes(app, deps.kiosk, handle);

  const noRoute = (req: Request, res: Response) => sendError(res, req, new ServiceError(404, "request.bad_body", { details: `no route ${req.method} ${req.path}` }));
  app.use("/api", noRoute);

  // A body that cannot be read (bad JSON, too large) answers like every other error.
  app.use((error: unknown, req: Request, res: Response, next: (err?: unknown) => void) => {
    if (!error) return next();
    const status = (error as { status?: number }).status ?? 400;
    sendError(res, req, new ServiceError(status === 413 ? 413 : 400, "request.bad_body", { details: (error as Error).message.slice(0, 200) }));
  });

  // The client: static files, and index.html for every other page (the app routes itself).
  if (existsSync(deps.clientDir)) {
    app.use(express.static(deps.clientDir, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!api\/|health$).*/, (_req, res) => res.sendFile(join(deps.clientDir, "index.html")));
  }
  // Rather than express's own 404 page, which would replace the security headers.
  app.use(noRoute);
}
