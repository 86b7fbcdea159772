import { parseArgs } from "node:util";

export interface BenchOptions {
  game: string;
  mode: string;
  sessions: number;
  players: number;
  /** Commands per client per second. */
  rate: number;
  seconds: number;
  pin: boolean;
  idle: boolean;
  ceiling: boolean;
  baseline: boolean;
  /** Server processes sharing one Redis (REDIS_URL) and one database: the load spread over them. */
  processes: number;
  /** Directory for the server's `--cpu-prof` profiles, when given. */
  profile?: string;
}

const USAGE = `npm run bench -- [--game evalophobia] [--mode group] [--sessions 20] [--players 5] [--rate 0.5]
  [--seconds 30] [--pin] [--idle] [--ceiling] [--baseline] [--processes 1] [--profile DIR]`;

function positive(name: string, text: string, integer: boolean): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be a positive ${integer ? "integer" : "number"}, not "${text}"\n${USAGE}`);
  }
  return value;
}

/** The command line; unknown flags are an error, so that a typo never measures the wrong thing. */
export function parseBenchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      game: { type: "string", default: "evalophobia" },
      mode: { type: "string", default: "group" },
      sessions: { type: "string", default: "20" },
      players: { type: "string", default: "5" },
      rate: { type: "string", default: "0.5" },
      seconds: { type: "string", default: "30" },
      pin: { type: "boolean", default: false },
      idle: { type: "boolean", default: false },
      ceiling: { type: "boolean", default: false },
      baseline: { type: "boolean", default: false },
      processes: { type: "string", default: "1" },
      profile: { type: "string" },
    },
  });
  if (values.idle && values.ceiling) throw new Error(`--idle and --ceiling cannot go together\n${USAGE}`);
  const processes = positive("processes", values.processes, true);
  if (processes > 1 && (values.pin || values.baseline)) throw new Error(`--processes goes with neither --pin nor --baseline (one server process each)\n${USAGE}`);
  return {
    game: values.game,
    mode: values.mode,
    sessions: positive("sessions", values.sessions, true),
    players: positive("players", values.players, true),
    rate: positive("rate", values.rate, false),
    seconds: positive("seconds", values.seconds, false),
    pin: values.pin,
    idle: values.idle,
    ceiling: values.ceiling,
    baseline: values.baseline,
    processes,
    profile: values.profile,
  };
}
