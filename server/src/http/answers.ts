import type { Request, Response } from "express";
import { errorMessage, type Locale } from "@sgp/shared";
import type { ServiceError } from "../sessions/service.ts";

export function requestLocale(req: Request): Locale {
  const lang = typeof req.query.lang === "string" ? req.query.lang : req.headers["accept-language"] ?? "";
  return lang.toLowerCase().startsWith("en") ? "en" : "fr";
}

/** Every refusal of the HTTP API: its status, a stable code, its parameters and a localized message. */
export function sendError(res: Response, req: Request, error: ServiceError): void {
  const locale = requestLocale(req);
  res.status(error.status).json({
    error: { code: error.code, params: error.params, message: errorMessage(error, locale), ...(error.issues.length ? { issues: error.issues } : {}) },
  });
}
