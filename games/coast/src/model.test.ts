import { describe, expect, it } from "vitest";
import { createRng } from "@sgp/shared";
import { riseSchema, seaSchema, type Sea, type ZoneKind } from "./content.ts";
import { breachChance, erode, erosionBand, homesExposed, riseAfter, runSea, type SeaRound, type ZoneState } from "./model.ts";

/** High tide 2 m, no rise, no erosion unless asked, no damping by width; marshes take 0.5 m off the surge. */
function makeSea(overrides: Partial<Sea> = {}): Sea {
  return seaSchema.parse({
    highTide: 2,
    erosion: {},
    widthDamping: 0,
    breach: { baseChance: 0.5, nearCrest: 0.5, overtopPerMetre: 0.4, conditionLoss: 0.5 },
    duneFailWidth: 10,
    marshAbsorption: 0.5,
    referenceSurge: 1.5,
    damage: [
      { fromDepth: 0, perHome: 10, perJob: 2 },
      { fromDepth: 1, perHome: 50, perJob: 10 },
    ],
    ...overrides,
  });
}

function zone(id: string, elevation: number, neighbours: string[], extra: Partial<ZoneState> = {}): ZoneState {
  return {
    id,
    kind: "town" satisfies ZoneKind,
    elevation,
    seaFacing: false,
    neighbours,
    defence: { kind: "none", height: 0, condition: 1 },
    width: 0,
    homes: 0,
    jobs: 0,
    nature: 5,
    relocatedHomes: 0,
    relocatedJobs: 0,
    buildingForbidden: false,
    erosionFactor: 1,
    damageFactor: 1,
    groyneHold: 0,
    homesLost: 0,
    jobsLost: 0,
    ...extra,
  };
}

const dike = (height: number, condition = 1) => ({ kind: "dike" as const, height, condition });
const round = (surge: number, extra: Partial<SeaRound> = {}): SeaRound => ({ years: 5, riseSoFar: 0, surge, ...extra });
const byId = (result: ReturnType<typeof runSea>, id: string) => result.explanations.find((e) => e.zoneId === id)!;

/** A seafront with a dike of crest `crest` and a low town behind it. */
function dikeAndTown(crest: number): ZoneState[] {
  return [
    zone("front", 3, ["town"], { seaFacing: true, kind: "seafront", defence: dike(crest) }),
    zone("town", 1, ["front"], { homes: 100, jobs: 20 }),
  ];
}

describe("the sea model", () => {
  it("floods a zone behind a dike that the water tops", () => {
    const result = runSea(dikeAndTown(4), makeSea(), round(2.5), createRng("a"));
    expect(result.waterLevel).toBe(4.5);
    expect(byId(result, "front")).toMatchObject({ flooded: true, reason: "overtopped", depth: 1.5 });
    expect(byId(result, "town")).toMatchObject({ flooded: true, reason: "spread_from:front", depth: 3.5, homesFlooded: 100, jobsHit: 20 });
    expect(byId(result, "town").damage).toBe(100 * 50 + 20 * 10);
    expect(result.totals).toMatchObject({ homesFlooded: 100, floodedZones: 2 });
  });

  it("keeps a zone behind a higher dike dry", () => {
    const result = runSea(dikeAndTown(6), makeSea(), round(2.5), createRng("a"));
    expect(byId(result, "front")).toMatchObject({ flooded: false, reason: "protected_by_defence", defenceCrest: 6, waterLevel: 4.5 });
    expect(byId(result, "town")).toMatchObject({ flooded: false, reason: "not_connected", homesFlooded: 0, damage: 0 });
    // Behind a dike the reference storm does not top, homes still count, at the residual-risk weight.
    expect(homesExposed(dikeAndTown(6), makeSea(), 0)).toBe(30);
    expect(homesExposed(dikeAndTown(6), makeSea({ exposedBehindDefence: 0.5 }), 0)).toBe(50);
    expect(homesExposed(dikeAndTown(3.2), makeSea(), 0)).toBe(100);
  });

  it("does not let water jump over high ground", () => {
    const zones = [
      zone("beach", 1, ["ridge"], { seaFacing: true, kind: "beach" }),
      zone("ridge", 6, ["beach", "hollow"]),
      zone("hollow", 0.5, ["ridge"], { homes: 40 }),
    ];
    const result = runSea(zones, makeSea(), round(2), createRng("a"));
    expect(byId(result, "beach").flooded).toBe(true);
    expect(byId(result, "ridge")).toMatchObject({ flooded: false, reason: "higher_than_water", waterLevel: 4 });
    expect(byId(result, "hollow")).toMatchObject({ flooded: false, reason: "not_connected" });
  });

  it("keeps dry a low zone connected only through a higher one", () => {
    const zones = [
      zone("sea-edge", 2, ["bank"], { seaFacing: true }),
      zone("bank", 3.5, ["sea-edge", "low"]),
      zone("low", 1, ["bank"], { homes: 10 }),
    ];
    const result = runSea(zones, makeSea(), round(1), createRng("a"));
    expect(byId(result, "sea-edge").flooded).toBe(true);
    expect(byId(result, "bank").reason).toBe("higher_than_water");
    expect(byId(result, "low").flooded).toBe(false);
    expect(result.totals.homesFlooded).toBe(0);
  });

  it("counts relocated homes as safe", () => {
    const zones = dikeAndTown(4);
    zones[1] = { ...zones[1], relocatedHomes: 100, relocatedJobs: 20 };
    const result = runSea(zones, makeSea(), round(2.5), createRng("a"));
    expect(byId(result, "town")).toMatchObject({ flooded: true, homesFlooded: 0, jobsHit: 0, damage: 0 });
    expect(homesExposed(zones, makeSea(), 0)).toBe(0);
  });

  it("keeps homes on high ground out of the exposed count, with or without defences", () => {
    const zones = [zone("front", 3, ["hill"], { seaFacing: true, kind: "seafront", defence: dike(6) }), zone("hill", 8, ["front"], { homes: 70 })];
    expect(homesExposed(zones, makeSea(), 0)).toBe(0);
  });

  it("lets a marsh protect a neighbour at the margin", () => {
    const withKind = (kind: ZoneKind) => [
      zone("wetland", 0.5, ["fields"], { seaFacing: true, kind }),
      zone("fields", 3.8, ["wetland"], { kind: "farmland", homes: 5 }),
    ];
    const marsh = runSea(withKind("marsh"), makeSea(), round(2), createRng("a"));
    expect(byId(marsh, "fields")).toMatchObject({ flooded: false, reason: "higher_than_water", waterLevel: 3.5 });
    const farmland = runSea(withKind("farmland"), makeSea(), round(2), createRng("a"));
    expect(byId(farmland, "fields")).toMatchObject({ flooded: true, reason: "spread_from:wetland", waterLevel: 4 });
  });

  it("takes no more than the surge off the water", () => {
    const zones = [zone("wetland", 0.5, ["fields"], { seaFacing: true, kind: "marsh" }), zone("fields", 1, ["wetland"])];
    const result = runSea(zones, makeSea(), round(0.2), createRng("a"));
    expect(byId(result, "fields")).toMatchObject({ flooded: true, waterLevel: 2 });
  });

  it("narrows a dune by erosion until it fails", () => {
    const sea = makeSea({ erosion: { dune: 2 } });
    let zones = [zone("dune", 2, ["town"], { seaFacing: true, kind: "dune", width: 35, defence: { kind: "dune", height: 7, condition: 1 } }), zone("town", 1.5, ["dune"], { homes: 50 })];
    const widths: number[] = [];
    let failedAt = 0;
    for (let r = 1; r <= 4 && failedAt === 0; r++) {
      const step = erode(zones, sea, 5);
      zones = step.zones;
      widths.push(zones[0].width);
      if (step.erosion[0].duneFailed) failedAt = r;
    }
    expect(widths).toEqual([25, 15, 5]);
    expect(failedAt).toBe(3);
    expect(zones[0].defence.height).toBe(0);
    const flood = runSea(zones, sea, round(1.5, { years: 0 }), createRng("a"));
    expect(byId(flood, "town")).toMatchObject({ flooded: true, reason: "spread_from:dune" });
  });

  it("slows erosion with the zone's erosion factor and a storm's surge", () => {
    const sea = makeSea({ erosion: { beach: 2 }, stormErosion: 4 });
    const beach = zone("beach", 1, ["x"], { seaFacing: true, kind: "beach", width: 50, erosionFactor: 0.5 });
    expect(erode([beach], sea, 5, 1).zones[0].width).toBe(50 - (10 + 4) * 0.5);
  });

  it("breaches some poorly kept dikes when the water is near the crest", () => {
    const zones = dikeAndTown(4.2).map((z) => (z.id === "front" ? { ...z, defence: dike(4.2, 0) } : z));
    const outcomes = Array.from({ length: 200 }, (_, i) => runSea(zones, makeSea(), round(2), createRng(`seed-${i}`)));
    const breaches = outcomes.filter((r) => byId(r, "front").reason === "breach");
    expect(breaches.length).toBeGreaterThan(50);
    expect(breaches.length).toBeLessThan(150);
    expect(byId(breaches[0], "town")).toMatchObject({ flooded: true, reason: "spread_from:front" });
    expect(breaches[0].zones[0].defence.condition).toBe(0);
  });

  it("never breaches a well-kept dike far below its crest", () => {
    const zones = dikeAndTown(6);
    const outcomes = Array.from({ length: 200 }, (_, i) => runSea(zones, makeSea(), round(1), createRng(`seed-${i}`)));
    expect(outcomes.every((r) => !byId(r, "front").flooded && r.totals.breaches === 0)).toBe(true);
    expect(breachChance(zones[0], 3, makeSea().breach)).toBe(0);
    expect(breachChance({ ...zones[0], defence: dike(6, 0) }, 3, makeSea().breach)).toBe(0);
  });

  it("can breach a new dike when the sea tops it, more often the deeper the overtopping", () => {
    const zones = dikeAndTown(4);
    const breaches = (surge: number) =>
      Array.from({ length: 200 }, (_, i) => runSea(zones, makeSea(), round(surge), createRng(`new-${i}`))).filter((r) => byId(r, "front").breached).length;
    expect(breachChance(zones[0], 4.5, makeSea().breach)).toBeCloseTo(0.2);
    expect(breachChance(zones[0], 3.9, makeSea().breach)).toBe(0);
    const shallow = breaches(2.5);
    const deep = breaches(3.5);
    expect(shallow).toBeGreaterThan(20);
    expect(deep).toBeGreaterThan(shallow);
  });

  it("ages a dike that is not maintained, and not one that is", () => {
    const zones = dikeAndTown(6);
    const sea = makeSea({ ageing: 0.1 });
    expect(runSea(zones, sea, round(0), createRng("a")).zones[0].defence.condition).toBe(0.9);
    expect(runSea(zones, sea, round(0, { maintained: new Set(["front"]) }), createRng("a")).zones[0].defence.condition).toBe(1);
  });

  it("gives the same result for the same seed", () => {
    const zones = dikeAndTown(4.2).map((z) => (z.id === "front" ? { ...z, defence: dike(4.2, 0.2) } : z));
    const run = (seed: string) => runSea(zones, makeSea(), round(1.9), createRng(seed));
    expect(run("same")).toEqual(run("same"));
    const differs = Array.from({ length: 50 }, (_, i) => run(`s${i}`).totals.breaches);
    expect(new Set(differs).size).toBe(2);
  });

  it("reduces damage by adapted buildings and a warning plan", () => {
    const zones = dikeAndTown(4);
    zones[1] = { ...zones[1], damageFactor: 0.5 };
    const result = runSea(zones, makeSea(), round(2.5, { warningFactor: 0.8 }), createRng("a"));
    expect(byId(result, "town").damage).toBe(Math.round((100 * 50 + 20 * 10) * 0.5 * 0.8));
  });

  it("adds the rise so far and a spring tide to the water level", () => {
    const result = runSea(dikeAndTown(5), makeSea(), round(2, { riseSoFar: 0.5, springTide: 0.6 }), createRng("a"));
    expect(result.stillWater).toBeCloseTo(3.1);
    expect(byId(result, "front")).toMatchObject({ flooded: true, reason: "overtopped" });
  });
});

describe("erosion that matters", () => {
  const shore = (id: string, width: number, extra: Partial<ZoneState> = {}) => zone(id, 3, [], { seaFacing: true, kind: "beach", width, ...extra });

  it("moves the erosion a groyne holds back to its downdrift neighbour", () => {
    const sea = makeSea({ erosion: { beach: 2 } });
    const zones = [shore("updrift", 50, { neighbours: ["downdrift"], downdrift: "downdrift", groyneHold: 0.75 }), shore("downdrift", 50, { neighbours: ["updrift"] })];
    const { zones: after, erosion } = erode(zones, sea, 5);
    expect(after.map((z) => z.width)).toEqual([50 - 10 * 0.25, 50 - 10 - 7.5]);
    expect(erosion[0]).toMatchObject({ heldBack: 7.5, fromUpdrift: 0 });
    expect(erosion[1]).toMatchObject({ heldBack: 0, fromUpdrift: 7.5 });
    const withoutGroyne = erode(zones.map((z) => ({ ...z, groyneHold: 0 })), sea, 5).zones;
    expect(withoutGroyne.map((z) => z.width)).toEqual([40, 40]);
  });

  it("loses the buildings of a shore zone whose width runs out, gone rather than flooded", () => {
    const sea = makeSea({ erosion: { seafront: 2 } });
    const front = zone("front", 4, ["town"], { seaFacing: true, kind: "seafront", width: 8, homes: 120, jobs: 30 });
    const result = runSea([front, zone("town", 6, ["front"], { homes: 10 })], sea, round(0), createRng("a"));
    expect(result.erosion[0]).toMatchObject({ widthAfter: 0, homesLost: 120, jobsLost: 30 });
    expect(result.zones[0]).toMatchObject({ homes: 0, jobs: 0, homesLost: 120, jobsLost: 30, buildingForbidden: true });
    expect(result.totals).toMatchObject({ homesLost: 120, jobsLost: 30, homesFlooded: 0, damage: 0 });
  });

  it("damps the surge by the width left on the shore", () => {
    const zones = (width: number) => [zone("front", 3, ["town"], { seaFacing: true, kind: "seafront", width }), zone("town", 1, ["front"], { homes: 50 })];
    const sea = makeSea({ widthDamping: 0.02 });
    expect(byId(runSea(zones(0), sea, round(1.5), createRng("a")), "town").flooded).toBe(true);
    expect(byId(runSea(zones(60), sea, round(1.5), createRng("a")), "front")).toMatchObject({ flooded: false, waterLevel: 2.3 });
  });

  it("draws the 30- and 100-year erosion bands from the rate and the width left", () => {
    const sea = makeSea({ erosion: { beach: 1 } });
    expect(erosionBand(shore("a", 25), sea)).toBe(30);
    expect(erosionBand(shore("b", 80), sea)).toBe(100);
    expect(erosionBand(shore("c", 150), sea)).toBe(0);
    expect(erosionBand(shore("d", 40, { erosionFactor: 0.5 }), sea)).toBe(100);
    expect(erosionBand(zone("inland", 3, []), sea)).toBe(0);
  });

  it("puts sea level on the French planning references", () => {
    const rise = riseSchema.parse({});
    expect(riseAfter(rise, 0)).toBe(0.2);
    expect(riseAfter(rise, 70)).toBeCloseTo(0.6, 1);
    expect(riseAfter({ ...rise, speedUp: 2 }, 30)).toBeCloseTo(0.54, 2);
  });
});
