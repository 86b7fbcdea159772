import { describe, expect, it } from "vitest";
import { cmd, ok, refused } from "../../../tests/support/rules.ts";
import { advanceTo, fac, kiosk, newGame } from "./test-helpers.ts";

/** The kiosk with four people in order: maire p1 (zoning), interco p2 (tax), etat p3 (approval), asso p4. */
const table = () => newGame(4, { content: kiosk, settings: { baseSurgeMax: 0 } });

describe("powers as commands", () => {
  it("levies the flood-defence tax once a round: money for the authority, satisfaction lost", () => {
    const session = table();
    advanceTo(session, "negotiation");
    const interco = session.state.roles.get("interco")!;
    const before = { budget: interco.budget, satisfaction: interco.satisfaction };
    refused(session, cmd("p1", "tax.levy"), "coast.no_power");
    ok(session, cmd("p2", "tax.levy"));
    expect(interco.budget).toBe(before.budget + kiosk.powers.tax.amount);
    expect(interco.satisfaction).toBe(before.satisfaction + kiosk.powers.tax.satisfaction);
    refused(session, cmd("p2", "tax.levy"), "coast.tax_already_levied");
    advanceTo(session, "negotiation", 2);
    ok(session, cmd("p2", "tax.levy"));
  });

  it("lets the mayor close and open zones to building, never in the 30-year erosion band", () => {
    const session = table();
    advanceTo(session, "negotiation");
    refused(session, cmd("p2", "zoning.set", { zone: "ville", open: false }), "coast.no_power");
    ok(session, cmd("p1", "zoning.set", { zone: "ville", open: false }));
    expect(session.state.zones.get("ville")!.buildingForbidden).toBe(true);
    refused(session, cmd("p1", "zoning.set", { zone: "ville", open: false }), "coast.zone_already_closed");
    refused(session, cmd("p1", "zoning.set", { zone: "marais", open: true }), "coast.zone_not_buildable");
    ok(session, cmd("p1", "zoning.set", { zone: "ville", open: true }));
    const front = session.state.zones.get("front-de-mer")!;
    front.erosionBand = 30;
    ok(session, cmd("p1", "zoning.set", { zone: "front-de-mer", open: false }));
    refused(session, cmd("p1", "zoning.set", { zone: "front-de-mer", open: true }), "coast.zone_in_erosion_band");
  });

  it("puts the housing pressure to the table: the mayor places the homes, or they go to the lowest open zone", () => {
    const placed = table();
    ok(placed, fac("event.choose", { event: "promoteur" }));
    advanceTo(placed, "negotiation");
    expect(placed.state.homesWaiting).toBe(40);
    refused(placed, cmd("p1", "homes.place", { zone: "hauts" }), "coast.not_a_housing_site");
    const ville = placed.state.zones.get("ville")!.homes;
    ok(placed, cmd("p1", "homes.place", { zone: "ville" }));
    expect(placed.state.zones.get("ville")!.homes).toBe(ville + 40);
    refused(placed, cmd("p1", "homes.place", { zone: "ville" }), "coast.no_homes_waiting");

    const unplaced = table();
    ok(unplaced, fac("event.choose", { event: "promoteur" }));
    advanceTo(unplaced, "negotiation");
    ok(unplaced, cmd("p1", "zoning.set", { zone: "ville", open: false }));
    advanceTo(unplaced, "sea");
    expect(unplaced.state.zones.get("front-de-mer")!.homes).toBe(150 + 40);
    expect(unplaced.state.history[0].homesBuilt).toBe(40);
  });
});

describe("recomposition moves, never deletes", () => {
  it("moves relocated homes to the zone the proposer picks, and refuses a zone in harm's way", () => {
    const session = table();
    advanceTo(session, "negotiation");
    refused(session, cmd("p1", "propose", { action: "relocaliser", zone: "ville", to: "prairies" }), "coast.bad_destination");
    refused(session, cmd("p1", "propose", { action: "alerte", zone: "ville", to: "hauts" }), "coast.no_destination_needed");
    ok(session, cmd("p1", "propose", { action: "relocaliser", zone: "ville", to: "hauts" }));
    ok(session, cmd("p1", "pledge", { project: "project-1", amount: 500 }));
    ok(session, cmd("p2", "pledge", { project: "project-1", amount: 1000 }));
    ok(session, cmd("p3", "approve", { project: "project-1" }));
    const homes = () => [...session.state.zones.values()].reduce((sum, z) => sum + z.homes - z.relocatedHomes, 0);
    const before = homes();
    advanceTo(session, "sea", 2);
    const project = session.state.projects.get("project-1")!;
    expect(project.status).toBe("done");
    expect(project.riskFundUsed).toBeGreaterThan(0);
    expect(project.fundUsed).toBe(project.riskFundUsed);
    expect(session.state.zones.get("ville")!.relocatedHomes).toBe(150);
    expect(session.state.zones.get("hauts")!.homes).toBe(80 + 150);
    expect(homes()).toBe(before);
    expect(session.state.totals.get("homesRelocated")).toBe(150);
  });

  it("moves what stood on a depoldered field instead of deleting it", () => {
    const session = table();
    advanceTo(session, "negotiation");
    ok(session, cmd("p4", "propose", { action: "rendre-au-marais", zone: "prairies" }));
    ok(session, cmd("p4", "pledge", { project: "project-1", amount: 100 }));
    ok(session, cmd("p3", "pledge", { project: "project-1", amount: 500 }));
    ok(session, cmd("p3", "approve", { project: "project-1" }));
    advanceTo(session, "event", 3);
    const prairies = session.state.zones.get("prairies")!;
    expect(prairies.kind).toBe("marsh");
    expect(prairies.homes - prairies.relocatedHomes).toBe(0);
    expect(session.state.zones.get("hauts")!.homes).toBe(80 + 10);
    expect(session.state.zones.get("hauts")!.jobs).toBe(30 + 20);
  });
});
