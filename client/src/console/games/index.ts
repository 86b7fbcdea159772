import type { GameDesk } from "../context.ts";
import { coastDesk } from "./coast.ts";
import { evalophobiaDesk } from "./evalophobia.ts";

/** Each game's part of the console, by game id. */
const desks: Record<string, GameDesk> = { evalophobia: evalophobiaDesk, coast: coastDesk };

export function gameDesk(game: string): GameDesk | undefined {
  return desks[game];
}
