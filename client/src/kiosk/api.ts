import type { LocalizedText } from "@sgp/shared";
import { request } from "../net/api.ts";

export interface IdleSettings {
  afterGameSeconds: number;
  duringGameSeconds: number;
  warningSeconds: number;
}

export interface StandTable {
  id: string;
  name: LocalizedText;
  game: string;
  content: string;
  mode: string;
  tablets: string[];
  sessionPerTablet: boolean;
}

export interface Stand {
  idle: IdleSettings;
  tables: StandTable[];
}

export interface TableGame {
  code: string;
  game: string;
  content: string;
  mode: string;
  status: "lobby" | "playing" | "finished";
}

export type StaffAction = { action: "check" } | { action: "reset" } | { action: "choose"; content?: string; mode?: string };

const tablePath = (table: string) => `/api/kiosk/${encodeURIComponent(table)}`;

export function fetchStand(): Promise<Stand> {
  return request("/api/kiosk");
}

/** The game this tablet joins now (a fresh one once the last is over). */
export function currentGame(table: string, tablet: string): Promise<TableGame> {
  return request(`${tablePath(table)}/${encodeURIComponent(tablet)}`);
}

export async function staff(table: string, pin: string, action: StaffAction): Promise<void> {
  await request(`${tablePath(table)}/staff`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...action, pin }) });
}
