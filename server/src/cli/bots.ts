import { parseArgs } from "node:util";
import { Client, type Room } from "@colyseus/sdk";
import { MESSAGE, splitSettings, type ErrorMessage } from "@sgp/shared";
import { playAsBot } from "../bots/network-bot.ts";
import { loadConfig } from "../config.ts";
import { loadGames } from "../games.ts";

const USAGE =
  "npm run bots -- --url http://127.0.0.1:2567 --code CODE --count N [--facilitator-token=T] [--delay-ms MS] [--pace-share 0..1] [--instant] [--timeout-seconds S]";

/**
 * Bots over the network: N real SDK clients join a session and play the game's policy to the
 * end, exactly as people's clients would. Exits 0 once the game is finished.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "http://127.0.0.1:2567" },
      code: { type: "string" },
      count: { type: "string", default: "1" },
      "facilitator-token": { type: "string" },
      "timeout-seconds": { type: "string", default: "600" },
      "delay-ms": { type: "string" },
      "pace-share": { type: "string" },
      /** Tests and benches: no pause, no waiting for people. */
      instant: { type: "boolean", default: false },
    },
  });
  const config = loadConfig();
  const count = Number(values.count);
  const delayMs = values.instant ? 0 : Number(values["delay-ms"] ?? config.BOT_DELAY_MS);
  const paceShare = values.instant ? 0 : Number(values["pace-share"] ?? config.BOT_PACE_SHARE);
  const badPace = !Number.isInteger(delayMs) || delayMs < 0 || !(paceShare >= 0 && paceShare <= 1);
  if (!values.code || !Number.isInteger(count) || count < 1 || count > 16 || badPace) {
    console.error(USAGE);
    return 2;
  }
  const url = values.url!.replace(/\/$/, "");
  const info = await getJson(`${url}/api/sessions/${values.code}`);
  const games = await loadGames(config.extraGameModules);
  const definition = games.find((g) => g.definition.id === info.game)?.definition;
  if (!definition) throw new Error(`game ${info.game} is not known to this command (set EXTRA_GAME_MODULES for extra games)`);
  const content = await getJson(`${url}/api/sessions/${info.code}/content`);
  const { game: settings } = splitSettings(definition, content, info.settings ?? {});

  const client = new Client(url);
  const bots: Room[] = [];
  const playing: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const room = await client.joinById(info.code, { seat: "bot" });
    bots.push(room);
    playing.push(playAsBot(room, { definition, content, settings, seed: `${info.code}:${i}`, delayMs, paceShare })); // before the welcome arrives
  }
  const finished = Promise.all(playing);
  if (values["facilitator-token"]) {
    const host = await client.joinById(info.code, { seat: "facilitator", token: values["facilitator-token"] });
    host.onMessage(MESSAGE.welcome, () => undefined);
    host.onMessage(MESSAGE.ack, () => undefined);
    host.onMessage(MESSAGE.error, (e: ErrorMessage) => console.error(`start refused: ${e.message}`));
    host.send(MESSAGE.command, { id: 1, kind: "start", payload: {} });
  }
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out before the end of the game")), Number(values["timeout-seconds"]) * 1000).unref());
  await Promise.race([finished, timeout]);
  console.log(`session ${info.code}: game finished`);
  await Promise.all(bots.map((room) => room.leave(true).catch(() => undefined)));
  return 0;
}

async function getJson(url: string): Promise<any> {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(`${url}: ${body?.error?.message ?? response.status}`);
  return body;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
