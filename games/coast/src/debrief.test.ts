import { localize } from "@sgp/shared";
import { describe, expect, it } from "vitest";
import { cmd, ok } from "../../../tests/support/rules.ts";
import { nothingDone } from "./counterfactual.ts";
import { coastReport } from "./report.ts";
import { advanceTo, newGame, sablecourt, type Session } from "./test-helpers.ts";

/** Plays to the end, building a dike in front of the beach district in round 1. */
function playWithADike(seed: string): Session {
  const session = newGame(6, { seed });
  for (let round = 1; round <= sablecourt.territory.rounds; round++) {
    advanceTo(session, "negotiation", round);
    if (round === 1) {
      ok(session, cmd("p2", "propose", { action: "construire-digue", zone: "quartier-plage" }));
      ok(session, cmd("p2", "pledge", { project: "project-1", amount: 1400 }));
      ok(session, cmd("p1", "pledge", { project: "project-1", amount: 700 }));
      ok(session, cmd("p3", "pledge", { project: "project-1", amount: 300 }));
      ok(session, cmd("p3", "approve", { project: "project-1" }));
    }
    advanceTo(session, "report", round);
  }
  for (const seat of session.players()) session.apply(cmd(seat.id, "done"));
  return session;
}

const section = (report: ReturnType<typeof coastReport>, id: string) => report.sections.find((s) => s.id === id)!;
const text = (value: unknown, locale: "fr" | "en" = "fr") => localize(value as never, locale);

describe("the debrief that teaches", () => {
  const session = playWithADike("debrief");
  const report = coastReport(session.state, session.ctx, "players");
  const without = nothingDone(session.state, sablecourt, session.gameSettings as never);
  const idleFlooded = without.reduce((sum, r) => sum + r.homesFlooded, 0);
  const playedFlooded = [...session.state.history].reduce((sum, r) => sum + r.homesFlooded, 0);

  it("says, in words and numbers, what the same storms would have done with nothing built", () => {
    const outcome = section(report, "counterfactual").blocks[0] as { type: "outcome"; text: unknown };
    const fr = new Intl.NumberFormat("fr-FR").format(idleFlooded);
    expect(text(outcome.text)).toContain(idleFlooded === 0 ? "aucun logement n'aurait été inondé" : `Sans vos projets, ${fr} logement`);
    expect(text(outcome.text, "en")).toContain("Without your projects,");
    expect(text(outcome.text)).toContain(`avec eux, ${playedFlooded === 0 ? "aucun" : new Intl.NumberFormat("fr-FR").format(playedFlooded)}`);
    const perRound = section(report, "counterfactual").blocks.find((b) => b.type === "table") as { rows: Record<string, unknown>[] };
    expect(perRound.rows.map((r) => r.floodedIdle)).toEqual(without.map((r) => r.homesFlooded));
    expect(perRound.rows.map((r) => r.flooded)).toEqual([...session.state.history].map((r) => r.homesFlooded));
  });

  it("explains every flood and every loss of every round, and says so when a round had none", () => {
    const items = (section(report, "losses").blocks[0] as { items: unknown[] }).items.map((item) => text(item));
    const losses = [...session.state.history].flatMap((r) => (r.losses.length ? [...r.losses].map((l) => ({ year: r.year, zone: l.zone })) : [{ year: r.year, zone: "" }]));
    expect(items.length).toBe(losses.length);
    const names = new Map(sablecourt.zones.map((z) => [z.id, text(z.name)]));
    losses.forEach((loss, i) => {
      expect(items[i].startsWith(`${loss.year} · `)).toBe(true);
      if (loss.zone) expect(items[i]).toContain(names.get(loss.zone)!);
      else expect(items[i]).toContain("Ni inondation ni perte");
    });
    expect(items.some((item) => /crête|brèche|zone voisine|aucun ouvrage|sable devant/.test(item))).toBe(true);
  });

  it("writes French numbers and plurals, never rule syntax", () => {
    const french: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) key === "fr" && typeof inner === "string" ? french.push(inner) : collect(inner);
    };
    collect(report.sections.filter((s) => ["outcome", "summary", "counterfactual", "losses", "objectives"].includes(s.id)));
    expect(french.length).toBeGreaterThan(20);
    for (const line of french) expect(line).not.toMatch(/\(s\)|<=|>=|\d\.\d+ m|\d{5,}|[^\u00a0][:;]/);
    const outcome = section(report, "outcome").blocks[0] as { text: unknown };
    expect(text(outcome.text)).toMatch(/en 6 tours\.$/);
    expect(text(outcome.text)).toContain("Indice de résilience final\u00a0:");
  });

  it("gives a series one summary row to compare", () => {
    const summary = section(report, "summary").blocks[0] as { id: string; rows: Record<string, unknown>[] };
    expect(summary.id).toBe("summary");
    expect(summary.rows).toEqual([expect.objectContaining({ homesFlooded: playedFlooded, floodedIdle: idleFlooded })]);
  });
});
