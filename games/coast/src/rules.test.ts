import { describe, expect, it } from "vitest";
import { canonicalJson } from "@sgp/shared";
import { botsPlay, cmd, ok, refused, viewOf } from "../../../tests/support/rules.ts";
import type { Scenario } from "./content.ts";
import coast from "./index.ts";
import { advanceTo, fac, kiosk, newGame, sablecourt, seatOf, type Session } from "./test-helpers.ts";

describe("setup and roles", () => {
  it("deals roles in table order, fills zones and budgets, draws the first event", () => {
    const session = newGame(3, { content: kiosk });
    expect(session.state.phase).toBe("event");
    expect(session.state.round).toBe(1);
    expect(session.players().map((s) => s.role)).toEqual(["maire", "interco", "etat"]);
    expect(session.state.roles.get("asso")!.seat).toBe("");
    expect(session.state.roles.get("maire")!.budget).toBe(900);
    expect(session.state.zones.size).toBe(7);
    expect(session.state.zones.get("front-de-mer")!.defenceKind).toBe("dike");
    expect(kiosk.events.map((e) => e.id)).toContain(session.state.event);
    expect(session.mode.maxPlayers).toBe(4);
  });

  it("deals roles with the seeded RNG, the same for the same seed", () => {
    const roles = (seed: string) => newGame(6, { seed, settings: { roleAssignment: "random" } }).players().map((s) => s.role);
    expect(roles("a")).toEqual(roles("a"));
    expect(new Set(roles("a")).size).toBe(6);
  });

  it("lets the facilitator assign and a player pick a free role in the first event phase only", () => {
    const session = newGame(2, { content: kiosk, bots: 1 });
    refused(session, cmd("p1", "role.pick", { role: "interco" }), "coast.role_taken");
    refused(session, cmd("p1", "role.pick", { role: "maire" }), "coast.role_already_yours");
    refused(session, cmd("p1", "role.pick", { role: "nobody" }), "coast.unknown_role");
    ok(session, cmd("p1", "role.pick", { role: "etat" })); // held by the bot p3: a swap
    expect(session.state.seats.get("p1")!.role).toBe("etat");
    expect(session.state.seats.get("p3")!.role).toBe("maire");
    ok(session, cmd("p2", "role.pick", { role: "asso" })); // no one's: interco is left free
    expect(session.state.roles.get("interco")!.seat).toBe("");
    refused(session, fac("assign", { seat: "p9", role: "maire" }), "coast.unknown_seat");
    refused(session, cmd("p1", "assign", { seat: "p1", role: "maire" }), "command.facilitator_only");
    ok(session, fac("assign", { seat: "p1", role: "maire" }));
    expect(session.state.seats.get("p1")!.role).toBe("maire");
    expect(session.state.seats.get("p3")!.role).toBe("etat");
    advanceTo(session, "event", 2);
    refused(session, fac("assign", { seat: "p1", role: "etat" }), "coast.roles_fixed");
  });
});

describe("secret objectives", () => {
  it("reach their owner and the facilitator, never another seat", () => {
    const session = newGame(3, { content: kiosk });
    const secretText = kiosk.roles.find((r) => r.id === "maire")!.secretObjectives[0].text as { fr: string };
    const own = viewOf(session, seatOf(session, "maire"));
    const other = viewOf(session, seatOf(session, "interco"));
    const facilitator = viewOf(session, "facilitator");
    expect(own.roles.maire.secret).toContain(secretText.fr);
    expect(own.roles.interco.secret).toBeUndefined();
    expect(other.roles.maire.secret).toBeUndefined();
    expect(JSON.stringify(other)).not.toContain(secretText.fr);
    for (const role of kiosk.roles) expect(facilitator.roles[role.id].secret).toContain((role.secretObjectives[0].text as { fr: string }).fr);
    expect(JSON.parse(own.roles.maire.secret)[0].status).toBe("pending");
  });

  it("stay out of the players' report and are in the facilitator's", () => {
    const session = newGame(0, { content: kiosk, bots: 4 });
    botsPlay(session);
    expect(session.status).toBe("finished");
    const players = JSON.stringify(coast.report(session.state, session.ctx as never, "players"));
    const facilitator = JSON.stringify(coast.report(session.state, session.ctx as never, "facilitator"));
    for (const role of kiosk.roles) {
      for (const objective of role.secretObjectives) {
        const text = objective.text as { fr: string; en: string };
        expect(players).not.toContain(text.fr);
        expect(players).not.toContain(text.en);
        expect(facilitator).toContain(text.fr);
      }
    }
  });
});

describe("negotiation commands", () => {
  /** Sablecourt with six people in table order: maire, interco, etat, asso, agri, mer. */
  function negotiating(settings: Record<string, unknown> = {}): Session {
    const session = newGame(6, { settings });
    advanceTo(session, "negotiation");
    return session;
  }
  const first = (session: Session) => [...session.state.projects.values()].at(-1)!;

  it("checks proposals against the card's proposers, zone kinds, usefulness, limits and the money on the table", () => {
    const session = negotiating();
    refused(session, cmd("p1", "propose", { action: "no-such-card", zone: "front-de-mer" }), "coast.unknown_action");
    refused(session, cmd("p1", "propose", { action: "entretenir-digue", zone: "atlantis" }), "coast.unknown_zone");
    refused(session, cmd("p4", "propose", { action: "construire-digue", zone: "front-de-mer" }), "coast.not_proposer");
    refused(session, cmd("p1", "propose", { action: "construire-digue", zone: "dunes-nord" }), "coast.wrong_zone");
    refused(session, cmd("p1", "propose", { action: "interdire-construire", zone: "grande-plage" }), "coast.pointless");
    refused(session, cmd("p1", "propose", { action: "entretenir-digue" }), "command.bad_payload");
    ok(session, cmd("p1", "propose", { action: "entretenir-digue", zone: "front-de-mer" }));
    const project = first(session);
    expect(project.toJSON()).toMatchObject({ action: "entretenir-digue", zone: "front-de-mer", proposer: "maire", seat: "p1", cost: 250, status: "proposed", needsApproval: false });
    refused(session, cmd("p2", "propose", { action: "entretenir-digue", zone: "front-de-mer" }), "coast.already_proposed");
    ok(session, cmd("p1", "propose", { action: "adapter-batiments", zone: "quartier-plage" }));
    refused(session, cmd("p1", "propose", { action: "plan-alerte", zone: "vieux-bourg" }), "coast.too_many_proposals");
    ok(session, fac("withdraw.money", { role: "interco", amount: 1400 }));
    ok(session, fac("withdraw.money", { role: "etat", amount: 1200 }));
    refused(session, cmd("p3", "propose", { action: "relocaliser-logements", zone: "quartier-plage" }), "coast.too_expensive");
  });

  it("reopens the table for the others when a project is proposed", () => {
    const session = negotiating();
    ok(session, cmd("p2", "done"));
    ok(session, cmd("p1", "propose", { action: "entretenir-digue", zone: "front-de-mer" }));
    expect(session.state.seats.get("p2")!.done).toBe(false);
  });

  it("pledges from the budget, never beyond it nor beyond what is missing, and gives pledges back", () => {
    const session = negotiating();
    ok(session, cmd("p1", "propose", { action: "entretenir-digue", zone: "front-de-mer" }));
    const id = first(session).id;
    refused(session, cmd("p5", "pledge", { project: "project-99", amount: 10 }), "coast.unknown_project");
    refused(session, cmd("p5", "pledge", { project: id, amount: 151 }), "coast.not_enough_budget");
    refused(session, cmd("p2", "pledge", { project: id, amount: 251 }), "coast.over_pledge");
    refused(session, cmd("p2", "pledge", { project: id, amount: 0 }), "command.bad_payload");
    ok(session, cmd("p5", "pledge", { project: id, amount: 100 }));
    ok(session, cmd("p2", "pledge", { project: id, amount: 100 }));
    expect(session.state.roles.get("agri")!.budget).toBe(50);
    refused(session, cmd("p3", "withdraw", { project: id }), "coast.nothing_pledged");
    ok(session, cmd("p5", "withdraw", { project: id }));
    expect(session.state.roles.get("agri")!.budget).toBe(150);
    expect(first(session).pledges.has("agri")).toBe(false);
    // the proposer withdrawing drops the project and returns every pledge
    ok(session, cmd("p1", "withdraw", { project: id }));
    expect(first(session).status).toBe("lapsed");
    expect(session.state.roles.get("interco")!.budget).toBe(1400);
    refused(session, cmd("p2", "pledge", { project: id, amount: 10 }), "coast.project_closed");
  });

  it("lets only the State approve or refuse regulated projects, and the facilitator only when no one plays it", () => {
    const session = negotiating();
    ok(session, cmd("p2", "propose", { action: "rehausser-digue", zone: "front-de-mer" }));
    const regulated = first(session).id;
    ok(session, cmd("p1", "propose", { action: "entretenir-digue", zone: "front-de-mer" }));
    const free = first(session).id;
    ok(session, cmd("p2", "pledge", { project: regulated, amount: 500 }));
    refused(session, cmd("p1", "approve", { project: regulated }), "coast.no_power");
    refused(session, cmd("p3", "approve", { project: free }), "coast.no_approval_needed");
    refused(session, fac("state.approve", { project: regulated }), "coast.state_is_played");
    refused(session, cmd("p3", "state.approve", { project: regulated }), "command.facilitator_only");
    ok(session, cmd("p3", "refuse", { project: regulated }));
    expect(first(session).status).toBe("proposed");
    expect(session.state.projects.get(regulated)!.status).toBe("refused");
    expect(session.state.roles.get("interco")!.budget).toBe(1400);
    refused(session, cmd("p3", "approve", { project: regulated }), "coast.project_closed");
    ok(session, cmd("p2", "propose", { action: "porte-port", zone: "port" }));
    ok(session, cmd("p3", "approve", { project: first(session).id }));
    expect(first(session).status).toBe("approved");
    refused(session, cmd("p3", "refuse", { project: first(session).id }), "coast.already_decided");
  });

  it("limits appeals to the association, once per project and per round", () => {
    const session = negotiating();
    ok(session, cmd("p1", "propose", { action: "entretenir-digue", zone: "front-de-mer" }));
    const a = first(session).id;
    ok(session, cmd("p1", "propose", { action: "adapter-batiments", zone: "quartier-plage" }));
    const b = first(session).id;
    refused(session, cmd("p1", "appeal", { project: a }), "coast.no_power");
    ok(session, cmd("p4", "appeal", { project: a }));
    expect(session.state.projects.get(a)!.status).toBe("appealed");
    refused(session, cmd("p4", "appeal", { project: a }), "coast.already_appealed");
    refused(session, cmd("p4", "appeal", { project: b }), "coast.appeal_limit");
  });

  it("toggles quick reactions and keeps short chat lines", () => {
    const session = negotiating();
    ok(session, cmd("p1", "propose", { action: "entretenir-digue", zone: "front-de-mer" }));
    const id = first(session).id;
    refused(session, cmd("p2", "react", { project: id, reaction: "meh" }), "command.bad_payload");
    ok(session, cmd("p2", "react", { project: id, reaction: "too_expensive" }));
    ok(session, cmd("p3", "react", { project: id, reaction: "support" }));
    expect(Object.fromEntries(first(session).reactions.entries())).toEqual({ p2: "too_expensive", p3: "support" });
    ok(session, cmd("p2", "react", { project: id, reaction: "too_expensive" }));
    expect(first(session).reactions.has("p2")).toBe(false);
    refused(session, cmd("p1", "chat", { text: "   " }), "command.bad_payload");
    refused(session, cmd("p1", "chat", { text: "x".repeat(141) }), "command.bad_payload");
    ok(session, cmd("p1", "chat", { text: " On répare la digue ? " }));
    expect(session.state.chat.at(-1)!.toJSON()).toMatchObject({ n: 1, seat: "p1", role: "maire", round: 1, text: "On répare la digue ?" });
  });

  it("refuses game commands out of their phase and to seats without a role", () => {
    const session = newGame(5, { content: kiosk, settings: { maxPlayers: 5 } });
    refused(session, cmd("p1", "propose", { action: "entretenir", zone: "front-de-mer" }), "command.wrong_phase");
    advanceTo(session, "negotiation");
    expect(session.state.seats.get("p5")!.role).toBe("");
    refused(session, cmd("p5", "propose", { action: "entretenir", zone: "front-de-mer" }), "coast.no_role");
    ok(session, cmd("p5", "chat", { text: "Je regarde" }));
  });
});

describe("facilitator", () => {
  it("chooses, skips or storms up the event, and grants or withdraws money", () => {
    const session = newGame(4, { content: kiosk, settings: { baseSurgeMax: 0 } });
    refused(session, fac("event.choose", { event: "tsunami" }), "coast.unknown_event");
    refused(session, cmd("p1", "event.choose", { event: "tempete" }), "command.facilitator_only");
    const drawn = session.state.event;
    ok(session, fac("event.choose", { event: "tempete" }));
    expect(session.state.toJSON()).toMatchObject({ event: "tempete", eventDrawn: drawn, eventSource: "facilitator" });
    ok(session, fac("storm.add", { metres: 2 }));
    refused(session, fac("storm.add", { metres: 1.5 }), "coast.storm_limit");
    refused(session, fac("grant", { role: "nobody", amount: 10 }), "coast.unknown_role");
    ok(session, fac("grant", { role: "asso", amount: 400 }));
    refused(session, fac("withdraw.money", { role: "asso", amount: 600 }), "coast.not_enough_budget");
    advanceTo(session, "negotiation");
    expect(session.state.surge).toBe(3.4);
    expect(session.state.roles.get("asso")!.budget).toBe(500);
    advanceTo(session, "event", 2);
    ok(session, fac("event.skip"));
    expect(session.state.event).toBe("");
    advanceTo(session, "negotiation", 2);
    expect(session.state.surge).toBe(0);
  });
});

describe("decision and the sea", () => {
  /** The kiosk with four people in order (maire p1, interco p2, etat p3, asso p4), no random surge. */
  const table = (content = kiosk) => newGame(4, { content, settings: { baseSurgeMax: 0 } });

  it("delays an appealed project one round, pledges kept, then builds it", () => {
    const session = table();
    ok(session, fac("event.choose", { event: "calme" }));
    advanceTo(session, "negotiation");
    ok(session, cmd("p1", "propose", { action: "entretenir", zone: "front-de-mer" }));
    const project = session.state.projects.get("project-1")!;
    ok(session, cmd("p1", "pledge", { project: project.id, amount: 200 }));
    ok(session, cmd("p4", "appeal", { project: project.id }));
    advanceTo(session, "sea");
    expect(project.toJSON()).toMatchObject({ status: "proposed", appealedRound: 1, startedRound: 0 });
    expect(project.pledges.get("maire")).toBe(200);
    const maire = session.state.roles.get("maire")!;
    expect(maire.budget + maire.damagePaid).toBe(700);
    expect(session.state.roles.get("maire")!.spent).toBe(0);
    advanceTo(session, "sea", 2);
    expect(project.toJSON()).toMatchObject({ status: "done", startedRound: 2, doneRound: 2 });
    expect(session.state.roles.get("maire")!.spent).toBe(200);
    expect(session.state.history[1].projectsDone).toContain(project.id);
  });

  it("lets an underfunded project lapse and returns its pledges", () => {
    const session = table();
    advanceTo(session, "negotiation");
    ok(session, cmd("p2", "propose", { action: "digue", zone: "front-de-mer" }));
    ok(session, cmd("p2", "pledge", { project: "project-1", amount: 1500 }));
    ok(session, cmd("p3", "approve", { project: "project-1" }));
    expect(session.state.roles.get("interco")!.budget).toBe(0);
    advanceTo(session, "sea");
    expect(session.state.projects.get("project-1")!.toJSON()).toMatchObject({ status: "lapsed", closedRound: 1 });
    const interco = session.state.roles.get("interco")!;
    expect(interco.budget + interco.damagePaid).toBe(1500);
    expect([...session.state.history[0].projectsLapsed]).toEqual(["project-1"]);
  });

  it("waits for the State's approval when someone plays it, and goes ahead without it when no one does", () => {
    const played = table();
    advanceTo(played, "negotiation");
    ok(played, cmd("p2", "propose", { action: "rehausser", zone: "front-de-mer" }));
    ok(played, cmd("p2", "pledge", { project: "project-1", amount: 1000 }));
    advanceTo(played, "sea");
    expect(played.state.projects.get("project-1")!.status).toBe("lapsed");

    const unplayed = newGame(2, { content: kiosk }); // maire and interco: the State's seat is empty
    advanceTo(unplayed, "negotiation");
    ok(unplayed, cmd("p2", "propose", { action: "rehausser", zone: "front-de-mer" }));
    ok(unplayed, cmd("p2", "pledge", { project: "project-1", amount: 1000 }));
    advanceTo(unplayed, "sea");
    expect(unplayed.state.projects.get("project-1")!.status).toBe("building");
  });

  it("pays eligible projects from a funding call", () => {
    const session = table();
    ok(session, fac("event.choose", { event: "aide-nature" }));
    advanceTo(session, "negotiation");
    expect(session.state.fund).toBe(500);
    ok(session, cmd("p4", "propose", { action: "dune", zone: "dune" }));
    advanceTo(session, "sea");
    const project = session.state.projects.get("project-1")!;
    expect(project.toJSON()).toMatchObject({ status: "done", fundUsed: 250 });
    expect(session.state.zones.get("dune")!.defenceHeight).toBe(7.5);
  });

  /** Kiosk rules on a hand-made strip: sea, a diked seafront, the town behind it, the uplands. */
  const strip: Scenario = {
    ...kiosk,
    sea: { ...kiosk.sea, breach: { ...kiosk.sea.breach, baseChance: 0 } },
    zones: [
      { ...kiosk.zones[2], id: "digue", elevation: 2, neighbours: ["ville"], defence: { kind: "dike", height: 3, condition: 1 }, homes: 10 },
      { ...kiosk.zones[3], id: "ville", elevation: 2, neighbours: ["digue", "hauts"], homes: 300 },
      { ...kiosk.zones[6], id: "hauts", neighbours: ["ville", "falaise"] },
      { ...kiosk.zones[6], id: "falaise", kind: "hinterland", elevation: 12, seaFacing: true, neighbours: ["hauts"] },
    ],
  };

  function stormInRoundTwo(withDike: boolean): Session {
    const session = table(strip);
    ok(session, fac("event.choose", { event: "calme" }));
    advanceTo(session, "negotiation");
    if (withDike) {
      ok(session, cmd("p2", "propose", { action: "digue", zone: "digue" }));
      ok(session, cmd("p2", "pledge", { project: "project-1", amount: 1500 }));
      ok(session, cmd("p3", "pledge", { project: "project-1", amount: 500 }));
      ok(session, cmd("p3", "approve", { project: "project-1" }));
    }
    advanceTo(session, "event", 2);
    ok(session, fac("event.choose", { event: "grosse-tempete" }));
    advanceTo(session, "sea", 2);
    return session;
  }

  it("a funded dike, once built, keeps a later storm out of the town behind it", () => {
    const without = stormInRoundTwo(false);
    expect(without.state.zones.get("ville")!.toJSON()).toMatchObject({ flooded: true, reason: "spread_from:digue", wave: 2 });
    expect(without.state.zones.get("digue")!.toJSON()).toMatchObject({ flooded: true, reason: "overtopped", wave: 1 });
    expect(without.state.history[1].homesFlooded).toBe(310);

    const withDike = stormInRoundTwo(true);
    const project = withDike.state.projects.get("project-1")!;
    expect(project.toJSON()).toMatchObject({ status: "done", startedRound: 1, doneRound: 2 });
    expect(withDike.state.zones.get("digue")!.defenceHeight).toBe(5);
    expect(withDike.state.zones.get("ville")!.toJSON()).toMatchObject({ flooded: false, reason: "not_connected" });
    expect(withDike.state.zones.get("digue")!.toJSON()).toMatchObject({ flooded: false, reason: "protected_by_defence", waterLevel: 3.66, defenceCrest: 5 });
    expect(withDike.state.history[1].homesFlooded).toBe(0);
    advanceTo(withDike, "report", 2);
    // The newspaper says the storm came and the defences held; without the dike, the flood leads.
    expect(withDike.state.history[1].headlines[0].id).toBe("storm_held");
    advanceTo(without, "report", 2);
    expect(without.state.history[1].headlines[0].toJSON()).toMatchObject({ id: "breach_flood", params: { count: "310", zone: "digue" } });
  });

  it("runs the kiosk scenario on its own timers, a whole game in 15 minutes or less, unless the session's settings say otherwise", () => {
    const session = newGame(2, { content: kiosk });
    const timers = kiosk.kioskTimers!;
    expect(session.state.timer.durationMs).toBe(timers.event * 1000);
    advanceTo(session, "negotiation");
    expect(session.state.timer.durationMs).toBe(timers.negotiation * 1000);
    expect(kiosk.territory.rounds * (timers.event + timers.negotiation + timers.sea + timers.report)).toBeLessThanOrEqual(15 * 60);
    const stand = newGame(2, { content: kiosk, settings: { negotiationSeconds: 90 } });
    advanceTo(stand, "negotiation");
    expect(stand.state.timer.durationMs).toBe(90_000);
    expect(newGame(2).state.timer.durationMs).toBe(0);
  });

  it("ends the negotiation on its timer", () => {
    const session = newGame(2, { content: kiosk, settings: { negotiationSeconds: 60 } });
    advanceTo(session, "negotiation");
    expect(session.state.timer.durationMs).toBe(60_000);
    ok(session, { type: "timer.expired", phase: "negotiation", serial: session.phaseSerial });
    expect(session.state.phase).toBe("sea");
  });
});

describe("bots", () => {
  it("play the kiosk scenario to the end and to a debrief", () => {
    const session = newGame(0, { content: kiosk, bots: 4, settings: { roleAssignment: "random" } });
    botsPlay(session);
    expect(session.status).toBe("finished");
    expect(session.state.history).toHaveLength(3);
    const projects = [...session.state.projects.values()];
    expect(projects.some((p) => p.status === "done")).toBe(true);
    for (const role of session.state.roles.values()) expect(role.goals.every((g) => g === "met" || g === "missed" || g === "pending")).toBe(true);
    const report = coast.report(session.state, session.ctx as never, "players");
    expect(report.sections.map((s) => s.id)).toEqual(["outcome", "summary", "counterfactual", "losses", "indicators", "map", "timeline", "objectives", "newspaper"]);
    const series = report.sections.find((s) => s.id === "indicators")!.blocks.filter((b) => b.type === "series").map((b) => (b.type === "series" ? b.id : ""));
    expect(series).toEqual(["homesFlooded", "homesExposed", "damage", "jobs", "nature", "budgetSpent", "resilience", "satisfaction"]);
  });

  it("play Sablecourt to the end, approving, pledging and building", () => {
    const session = newGame(0, { bots: 6, settings: { roleAssignment: "random" } });
    botsPlay(session);
    expect(session.status).toBe("finished");
    expect(session.state.history).toHaveLength(6);
    const projects = [...session.state.projects.values()];
    expect(projects.filter((p) => p.status === "done").length).toBeGreaterThan(3);
    expect(projects.some((p) => p.needsApproval && p.approved)).toBe(true);
    expect(projects.some((p) => p.pledges.size > 1)).toBe(true);
    for (const record of session.state.history) {
      expect(record.headlines.length).toBeGreaterThanOrEqual(2);
      expect(record.resilience).toBeGreaterThanOrEqual(0);
      expect(record.resilience).toBeLessThanOrEqual(100);
    }
  });

  it("fill the table around people who never act, within the timers", () => {
    const session = newGame(2, { content: kiosk, bots: 2, settings: { negotiationSeconds: 30 } });
    botsPlay(session, ["p3", "p4"], 200, () => session.state.phase === "negotiation");
    for (let guard = 0; guard < 100 && session.status === "playing"; guard++) {
      botsPlay(session, ["p3", "p4"], 200);
      if (session.state.phase === "negotiation") ok(session, { type: "timer.expired", phase: "negotiation", serial: session.phaseSerial });
      else for (const seat of ["p1", "p2"]) if (!session.state.seats.get(seat)!.done) session.apply(cmd(seat, "done"));
    }
    expect(session.status).toBe("finished");
  });

  it("replay exactly for a seed, and differently for another", () => {
    const play = (seed: string) => {
      const session = newGame(0, { bots: 6, seed, settings: { roleAssignment: "random" } });
      botsPlay(session);
      return canonicalJson(session.state);
    };
    expect(play("same")).toBe(play("same"));
    expect(play("same")).not.toBe(play("other"));
  });
});
