import { readdirSync, readFileSync } from "node:fs";
import { GameSession, type SessionInput } from "@sgp/shared";
import { scenarioSchema, type Scenario } from "./content.ts";
import coast from "./index.ts";
import { readSecret } from "./objectives.ts";
import { PROFILE_IDS, profileMove, roundAllowances, type ProfileId } from "./profiles.ts";
import type { CoastState } from "./state.ts";

/**
 * The coast part of `npm run balance`: every shipped scenario, played by every strategy profile
 * on the same seeds with the pure engine, and the targets the design sets (see docs/balance.md).
 */
export interface BalanceOptions {
  seeds?: number;
  seedBase: number;
}

export const DEFAULT_SEEDS = 50;

/** Lower is better for these; higher for the others. */
const INDICATORS = ["safety", "exposure", "damage", "economy", "nature", "money", "cohesion", "index"] as const;
type IndicatorId = (typeof INDICATORS)[number];
const LOWER_IS_BETTER = new Set<IndicatorId>(["safety", "exposure", "damage", "money"]);

export interface GameOutcome {
  profile: ProfileId;
  seed: number;
  indicators: Record<IndicatorId, number>;
  storms: number;
  /** The weather met, round by round: "card:surge". */
  weather: string[];
  objectives: { role: string; id: string; kind: "public" | "secret"; met: boolean }[];
}

type Session = GameSession<CoastState>;

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const round2 = (value: number) => Math.round(value * 100) / 100;

export function shippedScenarios(): Scenario[] {
  const folder = new URL("../content/", import.meta.url);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => scenarioSchema.parse(JSON.parse(readFileSync(new URL(name, folder), "utf8"))));
}

function command(role: string, state: CoastState, kind: string, payload: unknown): SessionInput {
  return { type: "command", seatId: state.roles.get(role)!.seat, host: false, kind, payload };
}

/** Every seat says done, so the phase moves on. */
function allDone(session: Session): void {
  for (const seat of session.players()) if (!seat.done) session.apply({ type: "command", seatId: seat.id, host: false, kind: "done", payload: {} });
}

/** One game of a profile on a seed: a seat per role, the profile's moves in every negotiation. */
export function playGame(scenario: Scenario, profile: ProfileId, seed: number): Session {
  const session = new GameSession<CoastState>(coast, {
    code: "BALANCE",
    contentId: scenario.id,
    content: scenario,
    mode: "table",
    seed: `balance-${seed}`,
    settings: { autoStart: false, roleAssignment: "order", negotiationSeconds: 0, eventSeconds: 0, seaSeconds: 0, reportSeconds: 0 },
  });
  for (const _role of scenario.roles) session.apply({ type: "seat.join", seatId: session.nextSeatId(), name: "Profil", controller: "human" });
  session.apply({ type: "command", seatId: "facilitator", host: true, kind: "start", payload: {} });
  const settings = session.gameSettings as Parameters<typeof profileMove>[2];
  for (let guard = 0; guard < 1000 && session.status === "playing"; guard++) {
    if (session.state.phase === "negotiation") {
      const allowances = roundAllowances(session.state, profile);
      for (let moves = 0; moves < 200; moves++) {
        const move = profileMove(session.state, scenario, settings, profile, allowances);
        if (!move) break;
        const result = session.apply(command(move.role, session.state, move.kind, move.payload));
        if (!result.ok) throw new Error(`profile ${profile} made a refused move ${move.kind} ${JSON.stringify(move.payload)}: ${result.error.code}`);
      }
    }
    allDone(session);
  }
  return session;
}

/** What a finished game says about each indicator and each objective. */
export function outcome(session: Session, scenario: Scenario, profile: ProfileId, seed: number): GameOutcome {
  const history = [...session.state.history];
  const roles = [...session.state.roles.values()];
  const last = history.at(-1)!;
  const objectives = scenario.roles.flatMap((def) => {
    const role = session.state.roles.get(def.id)!;
    const secret = readSecret(role);
    return [
      ...def.goals.map((goal, i) => ({ role: def.id, id: goal.id, kind: "public" as const, met: role.goals[i] === "met" })),
      ...def.secretObjectives.map((o, i) => ({ role: def.id, id: o.id, kind: "secret" as const, met: secret[i]?.status === "met" })),
    ];
  });
  return {
    profile,
    seed,
    indicators: {
      safety: history.reduce((sum, r) => sum + r.homesFlooded + r.homesLost, 0),
      exposure: mean(history.map((r) => r.homesExposed)),
      damage: history.reduce((sum, r) => sum + r.uninsured, 0),
      economy: mean(history.map((r) => r.jobs)),
      nature: last.nature,
      money: last.moneyWasted,
      cohesion: mean(history.map((r) => mean(roles.map((role) => r.satisfaction.get(role.id) ?? 0)))),
      index: last.resilience,
    },
    storms: history.filter((r) => r.storm).length,
    weather: history.map((r) => `${r.event}:${r.surge}`),
    objectives,
  };
}

/** Sums of squares of a full profile x seed table (one game per cell), as shares of the total. */
export function varianceShares(values: ReadonlyMap<ProfileId, readonly number[]>): { strategyShare: number; seedShare: number; interactionShare: number } {
  const rows = [...values.values()];
  const seeds = rows[0]?.length ?? 0;
  const all = rows.flat();
  const grand = mean(all);
  const total = all.reduce((sum, x) => sum + (x - grand) ** 2, 0);
  if (total === 0) return { strategyShare: 0, seedShare: 0, interactionShare: 0 };
  const strategy = seeds * rows.reduce((sum, row) => sum + (mean(row) - grand) ** 2, 0);
  const seedMeans = Array.from({ length: seeds }, (_, s) => mean(rows.map((row) => row[s])));
  const seed = rows.length * seedMeans.reduce((sum, m) => sum + (m - grand) ** 2, 0);
  return { strategyShare: strategy / total, seedShare: seed / total, interactionShare: (total - strategy - seed) / total };
}

/** The share of seeds on which each profile has the highest final index (ties split). */
export function bestShares(index: ReadonlyMap<ProfileId, readonly number[]>): Map<ProfileId, number> {
  const profiles = [...index.keys()];
  const seeds = index.get(profiles[0])?.length ?? 0;
  const wins = new Map(profiles.map((p) => [p, 0]));
  for (let s = 0; s < seeds; s++) {
    const best = Math.max(...profiles.map((p) => index.get(p)![s]));
    const winners = profiles.filter((p) => index.get(p)![s] === best);
    for (const p of winners) wins.set(p, wins.get(p)! + 1 / winners.length);
  }
  return new Map(profiles.map((p) => [p, seeds ? wins.get(p)! / seeds : 0]));
}

/** The indicators on which a profile has the best mean; a tie goes to no one. */
export function bestOn(means: ReadonlyMap<ProfileId, Record<IndicatorId, number>>): Map<ProfileId, IndicatorId[]> {
  const result = new Map<ProfileId, IndicatorId[]>([...means.keys()].map((p) => [p, []]));
  for (const indicator of INDICATORS) {
    const sign = LOWER_IS_BETTER.has(indicator) ? -1 : 1;
    const values = [...means].map(([p, m]) => [p, sign * round2(m[indicator])] as const);
    const best = Math.max(...values.map(([, v]) => v));
    const winners = values.filter(([, v]) => v === best);
    if (winners.length === 1) result.get(winners[0][0])!.push(indicator);
  }
  return result;
}

export interface ScenarioBalance {
  id: string;
  games: number;
  seedBase: number;
  strategyShare: number;
  seedShare: number;
  interactionShare: number;
  gamesWithoutStorm: number;
  /** Seeds on which some profile met different weather from another: must be 0. */
  weatherMismatches: number;
  strategies: { id: ProfileId; meanIndex: number; bestShare: number; bestOn: IndicatorId[]; means: Record<IndicatorId, number> }[];
  objectives: { role: string; id: string; kind: "public" | "secret"; metShare: number }[];
}

export function balanceScenario(scenario: Scenario, options: BalanceOptions): ScenarioBalance {
  const seeds = Array.from({ length: options.seeds ?? DEFAULT_SEEDS }, (_, i) => options.seedBase + i);
  const games = PROFILE_IDS.flatMap((profile) => seeds.map((seed) => outcome(playGame(scenario, profile, seed), scenario, profile, seed)));
  const of = (profile: ProfileId) => games.filter((g) => g.profile === profile);
  const index = new Map(PROFILE_IDS.map((p) => [p, of(p).map((g) => g.indicators.index)]));
  const means = new Map(PROFILE_IDS.map((p) => [p, Object.fromEntries(INDICATORS.map((i) => [i, mean(of(p).map((g) => g.indicators[i]))])) as Record<IndicatorId, number>]));
  const shares = varianceShares(index);
  const best = bestShares(index);
  const winners = bestOn(means);
  const keys = games[0]?.objectives ?? [];
  return {
    id: scenario.id,
    games: games.length,
    seedBase: options.seedBase,
    strategyShare: round2(shares.strategyShare),
    seedShare: round2(shares.seedShare),
    interactionShare: round2(shares.interactionShare),
    gamesWithoutStorm: games.filter((g) => g.storms === 0).length,
    weatherMismatches: seeds.filter((seed) => new Set(games.filter((g) => g.seed === seed).map((g) => g.weather.join("|"))).size > 1).length,
    strategies: PROFILE_IDS.map((id) => ({
      id,
      meanIndex: round2(means.get(id)!.index),
      bestShare: round2(best.get(id)!),
      bestOn: winners.get(id)!,
      means: Object.fromEntries(INDICATORS.map((i) => [i, round2(means.get(id)![i])])) as Record<IndicatorId, number>,
    })),
    objectives: keys.map((key, k) => ({ role: key.role, id: key.id, kind: key.kind, metShare: round2(mean(games.map((g) => (g.objectives[k].met ? 1 : 0)))) })),
  };
}

/** The targets the design sets, in words, for each one missed. */
export function missedTargets(result: ScenarioBalance): string[] {
  const failures: string[] = [];
  const say = (text: string) => failures.push(`${result.id}: ${text}`);
  if (result.strategyShare < 0.5) say(`strategyShare ${result.strategyShare} < 0.5`);
  for (const s of result.strategies) if (s.bestShare > 0.6) say(`${s.id} is best on ${s.bestShare} of seeds (> 0.6)`);
  const ranked = [...result.strategies].sort((a, b) => a.meanIndex - b.meanIndex);
  const nothing = result.strategies.find((s) => s.id === "do-nothing")!;
  if (ranked.indexOf(nothing) > 1) say(`do-nothing's mean index ${nothing.meanIndex} is not among the two lowest`);
  if (nothing.bestShare >= 0.1) say(`do-nothing is best on ${nothing.bestShare} of seeds (>= 0.1)`);
  for (const id of ["hold-the-line", "work-with-nature", "recomposition"] as const) {
    if (result.strategies.find((s) => s.id === id)!.bestOn.length === 0) say(`${id} is best on no indicator`);
  }
  for (const o of result.objectives) if (o.metShare < 0.1 || o.metShare > 0.9) say(`objective ${o.role}/${o.id} met in ${o.metShare} of games (outside 0.1-0.9)`);
  if (result.gamesWithoutStorm > 0) say(`${result.gamesWithoutStorm} games without a storm`);
  if (result.weatherMismatches > 0) say(`${result.weatherMismatches} seeds whose weather differs between profiles`);
  return failures;
}

function table(result: ScenarioBalance): string {
  const head = `### ${result.id}\n\n${result.games} games from seed ${result.seedBase}; variance of the final index: strategy ${result.strategyShare}, seed ${result.seedShare}, interaction ${result.interactionShare}; games without a storm: ${result.gamesWithoutStorm}.\n\n`;
  const columns = ["profile", "index", "best on seeds", "best on", ...INDICATORS.filter((i) => i !== "index")];
  const rows = result.strategies.map((s) => [s.id, s.meanIndex, s.bestShare, s.bestOn.join(", ") || "—", ...INDICATORS.filter((i) => i !== "index").map((i) => s.means[i])]);
  const objectives = result.objectives.map((o) => `| ${o.role} | ${o.id} | ${o.kind} | ${o.metShare} |`).join("\n");
  return (
    head +
    markdownTable(columns, rows) +
    `\n\nLower is better for safety (homes flooded and lost), exposure, damage (uninsured, k€) and money (wasted, k€).\n\n| role | objective | kind | met in |\n|---|---|---|---|\n${objectives}\n`
  );
}

function markdownTable(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [`| ${columns.join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

export function runBalance(options: BalanceOptions) {
  const results = shippedScenarios().map((scenario) => balanceScenario(scenario, options));
  const tables = results.map(table).join("\n");
  const json = {
    id: "coast",
    scenarios: results.map(({ strategies, weatherMismatches: _w, ...rest }) => ({ ...rest, strategies: strategies.map(({ means: _m, ...s }) => s) })),
  };
  const markdown = `Every shipped scenario, played by the seven strategy profiles of \`games/coast/src/profiles.ts\` on the same seeds (\`npm run balance -- --game coast\`).\n\n${tables}`;
  return { json, tables, markdown, failures: results.flatMap(missedTargets) };
}
