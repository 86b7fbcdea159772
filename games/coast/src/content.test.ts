import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRng, type ContentIssue } from "@sgp/shared";
import { EVENT_EFFECT_TYPES, checkScenario, publicScenario, scenarioSchema, type Scenario, type ScenarioInput } from "./content.ts";
import { initialZoneState, runSea } from "./model.ts";

function loadShipped(name: string): { raw: Record<string, unknown>; scenario: Scenario } {
  const raw = JSON.parse(readFileSync(new URL(`../content/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
  return { raw, scenario: scenarioSchema.parse(raw) };
}

const t = (fr: string, en: string) => ({ fr, en });

/** A tiny valid scenario: beach and dune on the sea, a town, then the uplands. */
function tinyScenario(): ScenarioInput {
  const zone = (id: string, kind: "beach" | "dune" | "town" | "hinterland", x: number, neighbours: string[], seaFacing: boolean) => ({
    id,
    name: t(`Zone ${id}`, `Area ${id}`),
    kind,
    elevation: x / 100,
    seaFacing,
    neighbours,
    shape: [[x, 0], [x + 100, 0], [x + 100, 100], [x, 100]] as [number, number][],
    homes: 10,
    jobs: 5,
    nature: 5,
    defence: { kind: "none" as const, height: 0, condition: 1 },
    buildable: true,
  });
  const objective = { id: "keep-homes", indicator: "homes" as const, scope: "town" as const, compare: ">=" as const, value: 1, relative: true, text: t("Garder les maisons.", "Keep the homes.") };
  const role = (id: string) => ({ id, name: t(`Rôle ${id}`, `Role ${id}`), description: t("Un rôle.", "A role."), budgetPerRound: 100, goals: [objective], secretObjectives: [{ ...objective, id: "secret-homes" }] });
  const action = (id: string) => ({
    id,
    name: t(`Action ${id}`, `Action ${id} (en)`),
    text: t("Elle agit.", "It acts."),
    cost: 10,
    roundsToBuild: 0,
    zoneKinds: ["town" as const],
    proposers: ["a"],
    needsApproval: false,
    effects: [{ type: "changeNature" as const, delta: 1 }],
  });
  const event = (id: string) => ({ id, title: t(`Événement ${id}`, `Event ${id}`), text: t("Il se passe.", "It happens."), weight: 1, effects: [{ type: "calm" as const }] });
  return {
    game: "coast",
    id: "tiny",
    version: 1,
    title: t("Petit", "Tiny"),
    territory: { name: t("Petiteville", "Smalltown"), description: t("Un test.", "A test."), startYear: 2030, yearsPerRound: 5, rounds: 2 },
    zones: [zone("beach", "beach", 0, ["dune"], true), zone("dune", "dune", 100, ["beach", "town"], true), zone("town", "town", 200, ["dune", "up"], false), zone("up", "hinterland", 300, ["town"], false)],
    sea: {
      highTide: 1,
      guaranteedStorms: [{ fromRound: 1, toRound: 2 }],
      erosion: { dune: 1 },
      breach: { baseChance: 0.2, nearCrest: 0.5, overtopPerMetre: 0.5, conditionLoss: 0.5 },
      duneFailWidth: 5,
      marshAbsorption: 0.5,
      referenceSurge: 1,
      damage: [{ fromDepth: 0, perHome: 10, perJob: 1 }],
    },
    roles: [role("a"), role("b"), role("c")],
    actions: ["w", "x", "y", "z"].map(action),
    events: ["e1", "e2", "e3", "e4"].map(event),
    scoring: { weights: { safety: 1, exposure: 1, damage: 1, money: 1, economy: 1, nature: 1, cohesion: 1 } },
  };
}

/** Checks a tiny scenario after `change`, which edits the parsed data in place. */
function checkAfter(change: (s: Scenario) => void): ContentIssue[] {
  const scenario = scenarioSchema.parse(tinyScenario());
  change(scenario);
  return checkScenario(scenario);
}

function expectIssue(issues: ContentIssue[], path: string, code: string, severity: "error" | "warning" = "error") {
  const found = issues.find((i) => i.path === path && i.code === code);
  expect(found, `${code} at ${path} in ${JSON.stringify(issues)}`).toBeDefined();
  expect(found!.severity).toBe(severity);
  expect(found!.message.fr.length).toBeGreaterThan(0);
  expect(found!.message.en).not.toBe(found!.message.fr);
}

type Point = readonly [number, number];

/** Length two polygon edges have in common when they lie on the same line (0 otherwise). */
function overlap([a, b]: [Point, Point], [c, d]: [Point, Point]): number {
  const cross = (p: Point) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  if (Math.abs(cross(c)) > 1e-6 || Math.abs(cross(d)) > 1e-6) return 0;
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const along = (p: Point) => ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / length;
  const [lo, hi] = [Math.min(along(c), along(d)), Math.max(along(c), along(d))];
  return Math.max(0, Math.min(hi, length) - Math.max(lo, 0));
}

const edges = (shape: readonly Point[]): [Point, Point][] => shape.map((p, i) => [p, shape[(i + 1) % shape.length]]);
const sharedBorder = (a: readonly Point[], b: readonly Point[]) => edges(a).reduce((sum, e) => sum + edges(b).reduce((s, f) => s + overlap(e, f), 0), 0);
const area = (shape: readonly Point[]) => Math.abs(edges(shape).reduce((sum, [p, q]) => sum + p[0] * q[1] - q[0] * p[1], 0)) / 2;

describe("shipped scenarios", () => {
  const sablecourt = loadShipped("sablecourt");
  const kiosk = loadShipped("kiosk");

  it("parse with no errors and no warnings", () => {
    expect(checkScenario(sablecourt.scenario)).toEqual([]);
    expect(checkScenario(kiosk.scenario)).toEqual([]);
    for (const { raw } of [sablecourt, kiosk]) {
      expect(raw.$schema).toBe("../../../docs/schemas/coast-scenario.schema.json");
      expect(raw.version).toBe(2);
    }
  });

  it("draw neighbours as zones that share a border, and only them", () => {
    for (const { scenario } of [sablecourt, kiosk]) {
      for (const a of scenario.zones) {
        for (const b of scenario.zones) {
          if (a === b) continue;
          const shares = sharedBorder(a.shape, b.shape) > 1;
          expect(shares, `${a.id} / ${b.id}`).toBe(a.neighbours.includes(b.id));
        }
      }
    }
  });

  it("tile the land without overlaps: the zones' areas add up to the layout minus the sea", () => {
    const sea = (scenario: Scenario, coast: Point[], corners: Point[]) => area([...corners, ...coast]) + scenario.zones.reduce((sum, z) => sum + area(z.shape), 0);
    const sablecourtCoast: Point[] = [[1600, 130], [1080, 150], [820, 140], [560, 150], [300, 190], [0, 210]];
    expect(sea(sablecourt.scenario, sablecourtCoast, [[0, 0], [1600, 0]])).toBe(1600 * 1000);
    const kioskCoast: Point[] = [[250, 0], [230, 380], [240, 640], [260, 1000]];
    expect(sea(kiosk.scenario, kioskCoast, [[0, 1000], [0, 0]])).toBe(1600 * 1000);
  });

  it("Sablecourt meets the design's counts", () => {
    const s = sablecourt.scenario;
    expect(s.zones.length).toBeGreaterThanOrEqual(12);
    expect(s.zones.length).toBeLessThanOrEqual(16);
    expect(s.roles.map((r) => r.id)).toEqual(["maire", "interco", "etat", "asso", "agri", "mer"]);
    expect(Object.fromEntries(s.roles.filter((r) => r.power).map((r) => [r.id, r.power]))).toEqual({ maire: "zoning", interco: "tax", etat: "approve", asso: "appeal" });
    for (const role of s.roles) {
      expect(role.goals.length).toBeGreaterThanOrEqual(1);
      expect(role.goals.length).toBeLessThanOrEqual(2);
      expect(role.secretObjectives.length).toBeGreaterThanOrEqual(1);
      expect(role.secretObjectives.length).toBeLessThanOrEqual(2);
    }
    expect(s.actions.length).toBeGreaterThanOrEqual(14);
    expect(s.events.length).toBeGreaterThanOrEqual(24);
    expect(s.territory).toMatchObject({ startYear: 2030, yearsPerRound: 5, rounds: 6 });
    expect(s.zones.every((z) => z.elevation >= 0.5 && z.elevation <= 8)).toBe(true);
  });

  it("Sablecourt has every kind of action the design lists and every kind of event", () => {
    const ids = sablecourt.scenario.actions.map((a) => a.id);
    const listed = ["construire-digue", "rehausser-digue", "entretenir-digue", "restaurer-dune", "recharger-plage", "epis", "depolderiser", "relocaliser-logements", "deplacer-camping", "deplacer-activite", "interdire-construire", "adapter-batiments", "plan-alerte", "acheter-terrains", "sensibiliser"];
    expect(ids).toEqual(expect.arrayContaining(listed));
    const eventTypes = new Set(sablecourt.scenario.events.flatMap((e) => e.effects.map((effect) => effect.type)));
    expect([...eventTypes].sort()).toEqual([...EVENT_EFFECT_TYPES].sort());
  });

  it("the kiosk scenario is short: 3 rounds, exactly 4 roles, 6 to 8 zones", () => {
    const s = kiosk.scenario;
    expect(s.territory.rounds).toBe(3);
    expect(s.roles).toHaveLength(4);
    expect(s.zones.length).toBeGreaterThanOrEqual(6);
    expect(s.zones.length).toBeLessThanOrEqual(8);
  });

  it("publicScenario keeps no secret objective", () => {
    for (const { scenario } of [sablecourt, kiosk]) {
      const json = JSON.stringify(publicScenario(scenario));
      expect(json).not.toContain("secretObjectives");
      for (const secret of scenario.roles.flatMap((r) => r.secretObjectives)) {
        const text = typeof secret.text === "string" ? secret.text : secret.text.fr;
        expect(json).not.toContain(text);
      }
      expect(publicScenario(scenario).roles.map((r) => r.goals.length)).toEqual(scenario.roles.map((r) => r.goals.length));
      expect(scenario.roles.every((r) => r.secretObjectives.length > 0)).toBe(true);
    }
  });

  it("a large surge on Sablecourt floods some zones but not all", () => {
    const s = sablecourt.scenario;
    const result = runSea(s.zones.map(initialZoneState), s.sea, { years: 5, riseSoFar: 0.3, surge: 2.5 }, createRng("sanity"));
    const flooded = result.explanations.filter((e) => e.flooded).length;
    expect(flooded).toBeGreaterThan(2);
    expect(flooded).toBeLessThan(s.zones.length);
    expect(result.explanations.find((e) => e.zoneId === "hauts")?.flooded).toBe(false);
    const calm = runSea(s.zones.map(initialZoneState), s.sea, { years: 5, riseSoFar: 0, surge: 0 }, createRng("sanity"));
    expect(calm.totals.homesFlooded).toBe(0);
  });
});

describe("checkScenario", () => {
  it("finds nothing wrong in the tiny scenario", () => {
    expect(checkAfter(() => {})).toEqual([]);
  });

  it("finds duplicate ids", () => {
    expectIssue(checkAfter((s) => (s.actions[2].id = "w")), "$.actions[2].id", "coast.duplicate_id");
    expectIssue(checkAfter((s) => (s.events[3].id = "e1")), "$.events[3].id", "coast.duplicate_id");
  });

  it("finds a neighbour that does not exist, or that is not symmetric", () => {
    expectIssue(checkAfter((s) => s.zones[1].neighbours.push("nowhere")), "$.zones[1].neighbours[2]", "coast.unknown_neighbour");
    expectIssue(checkAfter((s) => s.zones[0].neighbours.push("town")), "$.zones[0].neighbours[1]", "coast.asymmetric_neighbour");
  });

  it("finds a zone the sea cannot reach", () => {
    const issues = checkAfter((s) => {
      s.zones[2].neighbours = ["dune"];
    });
    expectIssue(issues, "$.zones[3]", "coast.unreachable_zone");
    expectIssue(
      checkAfter((s) => s.zones.forEach((z) => (z.seaFacing = false))),
      "$.zones",
      "coast.no_sea_facing",
    );
  });

  it("finds proposers that do not exist and actions no role may play", () => {
    expectIssue(checkAfter((s) => s.actions[0].proposers.push("ghost")), "$.actions[0].proposers[1]", "coast.unknown_role");
    expectIssue(checkAfter((s) => (s.actions[1].proposers = [])), "$.actions[1].proposers", "coast.action_unplayable");
    expectIssue(checkAfter((s) => (s.actions[1].proposers = ["ghost"])), "$.actions[1].proposers", "coast.action_unplayable");
    expectIssue(
      checkAfter((s) => s.actions[0].effects.push({ type: "changeSatisfaction", role: "ghost", delta: 5 })),
      "$.actions[0].effects[1].role",
      "coast.unknown_role",
    );
  });

  it("warns about an action whose zone kinds match no zone", () => {
    expectIssue(checkAfter((s) => (s.actions[3].zoneKinds = ["port", "marsh"])), "$.actions[3].zoneKinds", "coast.action_no_zone", "warning");
  });

  it("warns about an objective on a zone kind the map does not have", () => {
    expectIssue(checkAfter((s) => (s.roles[1].secretObjectives[0].scope = "oyster_beds")), "$.roles[1].secretObjectives[0].scope", "coast.objective_scope_absent", "warning");
    expectIssue(checkAfter((s) => (s.roles[0].goals[0].toRound = 5)), "$.roles[0].goals[0].toRound", "coast.objective_rounds");
  });

  it("finds shape points outside the layout", () => {
    expectIssue(checkAfter((s) => (s.zones[2].shape[2] = [1700, 50])), "$.zones[2].shape[2]", "coast.shape_outside");
  });

  it("warns when English is missing and refuses English identical to French", () => {
    expectIssue(checkAfter((s) => (s.zones[0].name = "Plage")), "$.zones[0].name", "coast.missing_english", "warning");
    expectIssue(checkAfter((s) => (s.roles[2].goals[0].text = { fr: "Même texte", en: "Même texte" })), "$.roles[2].goals[0].text.en", "coast.english_identical");
    expectIssue(checkAfter((s) => (s.title = { fr: "Petit" })), "$.title", "coast.missing_english", "warning");
  });

  it("finds events that name missing roles or actions", () => {
    expectIssue(checkAfter((s) => (s.events[0].effects = [{ type: "election", role: "ghost" }])), "$.events[0].effects[0].role", "coast.unknown_role");
    expectIssue(checkAfter((s) => (s.events[1].effects = [{ type: "funding", budget: 10, actionIds: ["w", "nope"] }])), "$.events[1].effects[0].actionIds[1]", "coast.unknown_action");
    expectIssue(
      checkAfter((s) => (s.events[2].effects = [{ type: "housingPressure", homes: 5, zoneKinds: ["seafront"] }])),
      "$.events[2].effects[0].zoneKinds[0]",
      "coast.kind_absent",
      "warning",
    );
  });

  it("finds guaranteed storms outside the game, a downdrift zone that is not a neighbour, and unsorted damage bands", () => {
    expectIssue(checkAfter((s) => (s.sea.guaranteedStorms = [{ fromRound: 2, toRound: 3 }])), "$.sea.guaranteedStorms[0]", "coast.storm_rounds");
    expectIssue(checkAfter((s) => (s.sea.guaranteedStorms = [])), "$.sea.guaranteedStorms", "coast.no_guaranteed_storm", "warning");
    expectIssue(checkAfter((s) => (s.zones[0].downdrift = "town")), "$.zones[0].downdrift", "coast.downdrift_not_neighbour");
    expectIssue(
      checkAfter((s) => s.sea.damage.push({ fromDepth: 0, perHome: 1, perJob: 1 })),
      "$.sea.damage[1].fromDepth",
      "coast.damage_bands_order",
    );
  });

  it("finds payers and fund actions that do not exist, shares over one, repeated objective ids, objectives relative to a zero and kiosk timers over 15 minutes", () => {
    expectIssue(checkAfter((s) => (s.money.uninsuredPayers = { a: 0.5, nobody: 0.2 })), "$.money.uninsuredPayers.nobody", "coast.unknown_role");
    expectIssue(checkAfter((s) => (s.money.uninsuredPayers = { a: 0.7, b: 0.6 })), "$.money.uninsuredPayers", "coast.shares_over_one");
    expectIssue(checkAfter((s) => (s.money.riskFund = { perRound: 10, share: 0.5, actionIds: ["w", "nope"] })), "$.money.riskFund.actionIds[1]", "coast.unknown_action");
    expectIssue(checkAfter((s) => s.roles[0].secretObjectives.push({ ...s.roles[0].goals[0] })), "$.roles[0].secretObjectives[1].id", "coast.duplicate_id");
    expect(checkAfter((s) => (s.kioskTimers = { event: 30, negotiation: 300, sea: 60, report: 60 }))).toEqual([]);
    expectIssue(checkAfter((s) => (s.kioskTimers = { event: 30, negotiation: 300, sea: 60, report: 61 })), "$.kioskTimers", "coast.kiosk_too_long");
    expectIssue(checkAfter((s) => (s.roles[1].goals[0] = { ...s.roles[1].goals[0], indicator: "homesFloodedTotal" })), "$.roles[1].goals[0].relative", "coast.objective_relative_to_zero");
  });

  it("refuses structural mistakes through the schema", () => {
    const broken = { ...tinyScenario(), roles: tinyScenario().roles.slice(0, 2) };
    expect(scenarioSchema.safeParse(broken).success).toBe(false);
    const badKind = tinyScenario();
    (badKind.zones[0] as { kind: string }).kind = "volcano";
    expect(scenarioSchema.safeParse(badKind).success).toBe(false);
  });
});
