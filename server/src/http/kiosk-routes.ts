import type { Application, Request, Response } from "express";
import { z } from "zod";
import type { KioskService } from "../kiosk/kiosk-service.ts";
import { ServiceError } from "../sessions/service.ts";

const staffSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("check"), pin: z.string().max(16) }).strict(),
  z.object({ action: z.literal("reset"), pin: z.string().max(16) }).strict(),
  z.object({ action: z.literal("choose"), pin: z.string().max(16), content: z.string().max(48).optional(), mode: z.string().max(40).optional() }).strict(),
]);

/** The stand: tables, the game a tablet joins now, the big screen's game, and staff actions. */
export function mountKioskRoutes(app: Application, kiosk: KioskService, handle: (fn: (req: Request, res: Response) => unknown) => (req: Request, res: Response) => Promise<void>): void {
  app.get("/api/kiosk", (_req, res) => {
    res.json({ idle: kiosk.config.idle, tables: kiosk.config.tables.map(({ settings: _settings, ...table }) => table) });
  });

  app.get(
    "/api/kiosk/:table/screen",
    handle(async (req, res) => {
      const table = kiosk.table(String(req.params.table));
      res.json(await kiosk.current(table.id, table.tablets[0]));
    }),
  );

  app.get(
    "/api/kiosk/:table/:tablet",
    handle(async (req, res) => {
      res.json(await kiosk.current(String(req.params.table), String(req.params.tablet)));
    }),
  );

  app.post(
    "/api/kiosk/:table/staff",
    handle(async (req, res) => {
      const body = staffSchema.safeParse(req.body);
      if (!body.success) throw new ServiceError(400, "request.bad_body", { details: body.error.issues[0]?.message ?? "" }, body.error.issues);
      kiosk.checkPin(body.data.pin);
      const table = kiosk.table(String(req.params.table));
      if (body.data.action === "reset") await kiosk.reset(table.id);
      if (body.data.action === "choose") kiosk.choose(table.id, { content: body.data.content, mode: body.data.mode });
      res.json({ ok: true });
    }),
  );
}
