import type { SessionStatus } from "./state.ts";

/** A session as the history lists it (POST /api/sessions/history, GET /api/admin/sessions). */
export interface SessionSummary {
  code: string;
  game: string;
  content: string;
  contentTitle: unknown;
  mode: string;
  status: SessionStatus;
  createdAt: number;
  updatedAt: number;
  reportUrl: string;
}
