import { describe, expect, it } from "vitest";
import { cmd, ok } from "../../../tests/support/rules.ts";
import type { Scenario } from "./content.ts";
import { nothingDone } from "./counterfactual.ts";
import { advanceTo, fac, kiosk, newGame, sablecourt, type Session } from "./test-helpers.ts";

/** Plays to the end with everyone saying done, after `act` in each negotiation. */
function playOut(session: Session, act: (session: Session) => void = () => {}): void {
  for (let round = 1; round <= session.ctx.content.territory.rounds; round++) {
    advanceTo(session, "negotiation", round);
    act(session);
    advanceTo(session, "report", round);
  }
  for (const seat of session.players()) session.apply(cmd(seat.id, "done"));
  expect(session.status).toBe("finished");
}

const weather = (session: Session) => [...session.state.history].map((r) => `${r.event}:${r.surge}`);

describe("the weather, on its own stream", () => {
  it("gives the same events and surges for the same seed whatever the table does", () => {
    const idle = newGame(6, { seed: "storms" });
    playOut(idle);
    const busy = newGame(6, { seed: "storms" });
    playOut(busy, (s) => {
      if (s.state.round > 2) return;
      ok(s, cmd("p2", "propose", { action: "entretenir-digue", zone: s.state.round === 1 ? "front-de-mer" : "port" }));
      ok(s, cmd("p2", "pledge", { project: `project-${s.state.projectCount}`, amount: 250 }));
    });
    expect([...busy.state.projects.values()].some((p) => p.status === "done")).toBe(true);
    expect(weather(busy)).toEqual(weather(idle));
    expect(weather(newGame(6, { seed: "other" })).length).toBe(0);
  });

  it("takes the facilitator's overrides as inputs that draw nothing: the other rounds keep their weather", () => {
    const plain = newGame(6, { seed: "override" });
    playOut(plain);
    const overridden = newGame(6, { seed: "override" });
    ok(overridden, fac("event.choose", { event: "annees-calmes" }));
    ok(overridden, fac("storm.add", { metres: 0.5 }));
    playOut(overridden);
    expect(overridden.state.history[0].event).toBe("annees-calmes");
    expect(weather(overridden).slice(1)).toEqual(weather(plain).slice(1));
  });

  it("meets the storm the scenario guarantees in every game, even when the facilitator skips every card", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const session = newGame(4, { content: kiosk, seed });
      for (let round = 1; round <= 3; round++) {
        advanceTo(session, "event", round);
        ok(session, fac("event.skip"));
        advanceTo(session, "report", round);
      }
      const storms = [...session.state.history].filter((r) => r.surge >= kiosk.sea.referenceSurge);
      expect(storms.length, seed).toBeGreaterThan(0);
      expect(storms.every((r) => r.round >= 2)).toBe(true);
    }
  });

  it("replays the table's own storms with nothing done", () => {
    const session = newGame(6, { seed: "counterfactual" });
    playOut(session, (s) => {
      if (s.state.round !== 1) return;
      ok(s, cmd("p2", "propose", { action: "construire-digue", zone: "quartier-plage" }));
      ok(s, cmd("p2", "pledge", { project: "project-1", amount: 1400 }));
      ok(s, cmd("p1", "pledge", { project: "project-1", amount: 700 }));
      ok(s, cmd("p3", "pledge", { project: "project-1", amount: 300 }));
      ok(s, cmd("p3", "approve", { project: "project-1" }));
    });
    const without = nothingDone(session.state, sablecourt, session.gameSettings as never);
    expect(without.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6]);
    const idle = newGame(6, { seed: "counterfactual" });
    playOut(idle);
    expect(without.map((r) => r.homesFlooded)).toEqual([...idle.state.history].map((r) => r.homesFlooded));
    expect(without.map((r) => r.homesLost)).toEqual([...idle.state.history].map((r) => r.homesLost));
  });
});

describe("money that follows damage", () => {
  /** A seafront on a thin beach, a low town behind it, the uplands; no random surge. */
  const coastline = (width: number): Scenario => ({
    ...kiosk,
    sea: { ...kiosk.sea, erosion: { seafront: 1 }, guaranteedStorms: [] },
    zones: [
      { ...kiosk.zones[2], id: "front", elevation: 2.5, width, neighbours: ["ville"], defence: { kind: "none", height: 0, condition: 1 }, homes: 40, jobs: 10 },
      { ...kiosk.zones[3], id: "ville", elevation: 2, neighbours: ["front", "hauts"], homes: 300, jobs: 50 },
      { ...kiosk.zones[6], id: "hauts", neighbours: ["ville"] },
    ],
  });

  it("charges flood damage to Cat-Nat and the scenario's payers", () => {
    const session = newGame(4, { content: coastline(0), settings: { baseSurgeMax: 0 } });
    ok(session, fac("event.choose", { event: "grosse-tempete" }));
    advanceTo(session, "sea");
    const record = session.state.history[0];
    expect(record.damage).toBeGreaterThan(0);
    expect(record.insured).toBe(Math.round(record.damage * 0.7));
    expect(record.uninsured).toBe(record.damage - record.insured);
    const maire = session.state.roles.get("maire")!;
    const interco = session.state.roles.get("interco")!;
    expect(maire.damagePaid).toBe(Math.round(record.uninsured * kiosk.money.uninsuredPayers.maire));
    expect(interco.damagePaid).toBe(Math.round(record.uninsured * kiosk.money.uninsuredPayers.interco));
    expect(maire.damagePaid).toBeGreaterThan(0);
    expect(maire.budget).toBe(900 - maire.damagePaid);
    expect(session.state.roles.get("etat")!.damagePaid).toBe(0);
    expect([...record.losses].find((l) => l.zone === "ville")!.toJSON()).toMatchObject({ cause: "spread", from: "front", homes: 300 });
  });

  it("pays nothing from insurance when erosion takes the seafront's buildings", () => {
    const session = newGame(4, { content: coastline(6), settings: { baseSurgeMax: 0 } });
    ok(session, fac("event.choose", { event: "calme" }));
    advanceTo(session, "sea");
    const record = session.state.history[0];
    expect(record.homesLost).toBe(40);
    expect(record.damage).toBe(0);
    expect(record.insured).toBe(0);
    expect(record.uninsured).toBe(40 * kiosk.money.lossPerHome + 10 * kiosk.money.lossPerJob);
    expect(session.state.roles.get("maire")!.damagePaid).toBe(Math.round(record.uninsured * kiosk.money.uninsuredPayers.maire));
    expect([...record.losses].map((l) => l.toJSON())).toEqual([expect.objectContaining({ zone: "front", cause: "erosion", homes: 40, jobs: 10 })]);
    expect(session.state.zones.get("front")!.toJSON()).toMatchObject({ homes: 0, homesLost: 40, homesLostNow: 40, buildingForbidden: true });
  });

  it("lets a budget go below zero, shows it, costs satisfaction and blocks new projects", () => {
    const session = newGame(4, { content: coastline(0), settings: { baseSurgeMax: 0 } });
    ok(session, fac("event.choose", { event: "grosse-tempete" }));
    advanceTo(session, "negotiation");
    ok(session, fac("withdraw.money", { role: "maire", amount: 900 }));
    advanceTo(session, "report");
    const maire = session.state.roles.get("maire")!;
    expect(maire.budget).toBeLessThan(0);
    expect(session.state.history[0].budgets.get("maire")).toBe(maire.budget);
    expect(maire.satisfaction).toBeLessThan(session.state.roles.get("etat")!.satisfaction);
    advanceTo(session, "negotiation", 2);
    if (maire.budget < 0) {
      const result = session.apply(cmd("p1", "propose", { action: "alerte", zone: "ville" }));
      expect(result.ok ? "ok" : result.error.code).toBe("coast.in_debt");
    }
  });
});
