import { parseArgs } from "node:util";
import { Client, type Room } from "@colyseus/sdk";
import { BOT_NAMES, createRng, decideBotMove, MESSAGE, splitSettings, type ErrorMessage, type GameDefinition } from "@sgp/shared";
import { loadConfig } from "../config.ts";
import { loadGames } from "../games.ts";

const USAGE = "npm run bots -- --url http://127.0.0.1:2567 --code CODE --count N [--facilitator-token T] [--timeout-seconds S]";

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
    },
  });
  const count = Number(values.count);
  if (!values.code || !Number.isInteger(count) || count < 1 || count > 16) {
    console.error(USAGE);
    return 2;
  }
  const url = values.url!.replace(/\/$/, "");
  const info = await getJson(`${url}/api/sessions/${values.code}`);
  const games = await loadGames(loadConfig().extraGameModules);
  const definition = games.find((g) => g.definition.id === info.game)?.definition;
  if (!definition) throw new Error(`game ${info.game} is not known to this command (set EXTRA_GAME_MODULES for extra games)`);
  const content = await getJson(`${url}/api/sessions/${info.code}/content`);
  const { game: settings } = splitSettings(definition, content, info.settings ?? {});

  const client = new Client(url);
  const bots: Room[] = [];
  const playing: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const room = await client.joinById(info.code, { seat: "player", name: `${BOT_NAMES[i % BOT_NAMES.length]} (bot)` });
    bots.push(room);
    playing.push(play(room, definition, content, settings, `${info.code}:${i}`)); // before the welcome arrives
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

/** One bot: after every change it may see, decides and sends one command, then waits for the answer. */
function play(room: Room, definition: GameDefinition, content: unknown, settings: unknown, seed: string): Promise<void> {
  return new Promise((resolve) => {
    const rng = createRng(seed);
    let me = "";
    let busy = false;
    let refusedAt = "";
    let nextId = 1;
    const pending = new Map<number, (ok: boolean) => void>();
    room.onMessage(MESSAGE.welcome, (w: { seatId: string }) => {
      me = w.seatId;
      act();
    });
    room.onMessage(MESSAGE.ack, ({ id }: { id: number }) => pending.get(id)?.(true));
    room.onMessage(MESSAGE.error, (e: ErrorMessage) => typeof e.id === "number" && pending.get(e.id)?.(false));
    room.onStateChange(() => act());

    async function act(): Promise<void> {
      if (!me || busy) return;
      const view = (room.state as any).toJSON();
      if (view.status === "finished") return resolve();
      const stamp = JSON.stringify(view);
      const move = decideBotMove({ definition, view, me, content, settings, rng, policyRefused: refusedAt === stamp });
      if (!move) return;
      busy = true;
      const id = nextId++;
      const ok = await new Promise<boolean>((done) => {
        pending.set(id, done);
        room.send(MESSAGE.command, { id, kind: move.kind, payload: move.payload });
      });
      pending.delete(id);
      busy = false;
      if (!ok) refusedAt = refusedAt === stamp ? "" : stamp;
      if (ok || refusedAt) setImmediate(act);
    }
  });
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
