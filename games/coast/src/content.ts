import { z } from "zod";
import { contentEnvelopeSchema, contentImageSchema, issue, localizedTextSchema, type ContentIssue, type LocalizedText } from "@sgp/shared";
import { startValue } from "./objectives.ts";

/**
 * The "Trait de côte" scenario: the territory, its zones (a graph drawn as polygons), the sea's
 * parameters, the roles with public goals and secret objectives, the action cards, the event deck
 * and the scoring weights. `scenarioSchema` checks the structure; `checkScenario` checks the
 * meaning (references, symmetric neighbours, reachability, texts); `publicScenario` is what a
 * client may download (no secret objectives).
 *
 * Units: elevations, heights, levels and depths in metres above mean sea level; widths in metres;
 * money in thousands of euros (k€).
 */

export const GAME_ID = "coast";

/** The fixed layout the zones' polygons are drawn in. */
export const LAYOUT = { width: 1600, height: 1000 } as const;

export const ZONE_KINDS = [
  "beach",
  "dune",
  "seafront",
  "town",
  "port",
  "campsite",
  "marsh",
  "farmland",
  "oyster_beds",
  "industry",
  "hinterland",
  "road",
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];
export const zoneKindSchema = z.enum(ZONE_KINDS);

export const DEFENCE_KINDS = ["none", "dune", "dike"] as const;
export type DefenceKind = (typeof DEFENCE_KINDS)[number];

export const POWERS = ["approve", "appeal", "zoning", "tax"] as const;
export type Power = (typeof POWERS)[number];

export const INDICATORS = [
  "homesFlooded",
  "homesExposed",
  "damage",
  "jobs",
  "nature",
  "homes",
  "budgetSpent",
  "satisfaction",
  "floodedZones",
  "resilience",
  /** Since the start: homes flooded (a home flooded twice counts twice), lost to erosion, moved by projects. */
  "homesFloodedTotal",
  "homesLost",
  "homesRelocated",
  /** Since the start: flood damage Cat-Nat did not pay, plus the value of what erosion took (k€). */
  "uninsuredDamage",
  /** The role's own budget now (k€); it may be below zero. */
  "budget",
  /** Since the start: money spent on projects the sea made useless (k€). */
  "moneyWasted",
] as const;
export type Indicator = (typeof INDICATORS)[number];

export const COMPARISONS = ["<=", ">=", "=", "<", ">"] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** Maximum text lengths, so that a card or a zone label stays readable on a tablet. */
export const TEXT_LIMITS = { name: 40, title: 60, text: 280, description: 600 } as const;

const idSchema = z
  .string()
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase kebab-case id: letters, digits and single dashes");

const nameText = localizedTextSchema(TEXT_LIMITS.name);
const titleText = localizedTextSchema(TEXT_LIMITS.title);
const bodyText = localizedTextSchema(TEXT_LIMITS.text);
const descriptionText = localizedTextSchema(TEXT_LIMITS.description);

const metres = (min: number, max: number) => z.number().min(min).max(max);
const count = z.number().int().min(0).max(100_000);
const money = z.number().int().min(0).max(1_000_000);
const fraction = z.number().min(0).max(1);
const satisfactionDelta = z.number().int().min(-100).max(100);

// ---------------------------------------------------------------------------------------------
// Territory and zones

export const territorySchema = z
  .object({
    name: nameText,
    description: descriptionText,
    startYear: z.number().int().min(1900).max(2300),
    yearsPerRound: z.number().int().min(1).max(25),
    rounds: z.number().int().min(1).max(12),
  })
  .strict();

export const defenceSchema = z
  .object({
    kind: z.enum(DEFENCE_KINDS),
    /** The crest, in metres above mean sea level (0 when there is no defence). */
    height: metres(0, 30),
    /** 1 = as new, 0 = ruined. A poorly kept dike breaches more easily. */
    condition: fraction,
  })
  .strict();
export type Defence = z.infer<typeof defenceSchema>;

const pointSchema = z.tuple([z.number(), z.number()]);

export const zoneSchema = z
  .object({
    id: idSchema,
    name: nameText,
    description: bodyText.optional(),
    kind: zoneKindSchema,
    /** Ground level, metres above mean sea level. */
    elevation: metres(-10, 100),
    seaFacing: z.boolean(),
    neighbours: z.array(idSchema).min(1).max(12),
    /** A polygon in the 1600x1000 layout. */
    shape: z.array(pointSchema).min(3).max(64),
    homes: count,
    jobs: count,
    nature: z.number().min(0).max(10),
    defence: defenceSchema,
    /**
     * Metres of beach or dune in front of what stands in the zone; erosion narrows it, it damps
     * the surge, and a sea-facing zone whose kind erodes loses its buildings when it reaches 0.
     */
    width: metres(0, 2000).default(0),
    /** The neighbour the longshore drift carries sand to: a groyne here moves erosion there. */
    downdrift: idSchema.optional(),
    buildable: z.boolean(),
    image: contentImageSchema.optional(),
  })
  .strict();
export type Zone = z.infer<typeof zoneSchema>;

// ---------------------------------------------------------------------------------------------
// The sea

export const damageBandSchema = z
  .object({
    /** The band applies from this depth (m) up to the next band's. */
    fromDepth: metres(0, 20),
    perHome: money,
    perJob: money,
  })
  .strict();
export type DamageBand = z.infer<typeof damageBandSchema>;

export const breachSchema = z
  .object({
    /** Chance per round that a dike in condition 0 fails when the water is near its crest. */
    baseChance: fraction,
    /** "Near the crest": the water is less than this many metres below it. */
    nearCrest: metres(0, 5),
    /** Chance added per metre of water over the crest, even for a new dike. */
    overtopPerMetre: fraction,
    /** Condition a dike loses when it breaches. */
    conditionLoss: fraction,
  })
  .strict();

/** Sea-level rise on the French planning references: +20 cm in 2030, about +60 cm in 2100. */
export const riseSchema = z
  .object({
    /** Metres above today's reference at the start year. */
    base: metres(0, 3).default(0.2),
    /** Metres per year at the planning pace. */
    perYear: metres(0, 0.1).default(0.0057),
    /** Above 1, time runs faster for the sea than for the calendar: the game says "accelerated time". */
    speedUp: z.number().min(1).max(10).default(1),
  })
  .strict();
export type Rise = z.infer<typeof riseSchema>;

/** At least one storm of `surge` metres or more (the reference surge when absent) in these rounds. */
export const guaranteedStormSchema = z
  .object({
    fromRound: z.number().int().min(1).max(12),
    toRound: z.number().int().min(1).max(12),
    surge: metres(0, 8).optional(),
  })
  .strict();
export type GuaranteedStorm = z.infer<typeof guaranteedStormSchema>;

export const seaSchema = z
  .object({
    /** High-tide level, metres above mean sea level. */
    highTide: metres(-5, 10),
    rise: riseSchema.default({ base: 0.2, perYear: 0.0057, speedUp: 1 }),
    /** Storms every game meets (the weather draws where, within the rounds given). */
    guaranteedStorms: z.array(guaranteedStormSchema).max(6).default([]),
    /** Metres of width lost per year, by kind of shore. */
    erosion: z.partialRecord(zoneKindSchema, metres(0, 50)),
    /** Metres of width a beach or dune loses per metre of storm surge. */
    stormErosion: metres(0, 50).default(0),
    breach: breachSchema,
    /** Condition a dike loses each round it is not maintained. */
    ageing: fraction.default(0.1),
    /** Homes behind a defence that holds against the reference storm count as exposed at this weight. */
    exposedBehindDefence: fraction.default(0.3),
    /** Metres of surge each metre of beach or dune width takes off at the shore. */
    widthDamping: metres(0, 1).default(0.01),
    /** A dune narrower than this (m) no longer holds: it loses its crest. */
    duneFailWidth: metres(0, 500),
    /** Metres of surge a flooded marsh takes off for the zones behind it. */
    marshAbsorption: metres(0, 5),
    /** The surge (m) of the reference storm used to count homes exposed. */
    referenceSurge: metres(0, 10),
    /** Damage per home and per job in a flooded zone, by depth band (k€), sorted by depth. */
    damage: z.array(damageBandSchema).min(1).max(10),
    /** Nature points a zone gains or loses when it floods, by kind (salt on farmland...). */
    natureOnFlood: z.partialRecord(zoneKindSchema, z.number().min(-10).max(10)).default({}),
  })
  .strict();
export type Sea = z.infer<typeof seaSchema>;

// ---------------------------------------------------------------------------------------------
// Money: who pays for damage, the natural-risks fund, the powers' terms

const shareByRole = z.record(idSchema, fraction);

export const moneySchema = z
  .object({
    /** Share of flood damage the Cat-Nat insurance pays; it pays nothing for erosion. */
    catNatShare: fraction.default(0.7),
    /** Who pays what insurance does not (flood remainder and erosion losses), as shares. */
    uninsuredPayers: shareByRole.default({}),
    /** What a building lost to erosion is worth (k€), paid by no insurance. */
    lossPerHome: money.default(150),
    lossPerJob: money.default(20),
    /** Satisfaction a role loses each round its budget is below zero. */
    debtSatisfaction: satisfactionDelta.default(-5),
    /** The natural-risks fund ("fonds Barnier"): k€ added each round, the actions it helps pay, the share of their cost. */
    riskFund: z
      .object({ perRound: money, share: fraction, actionIds: z.array(idSchema).min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .default({ catNatShare: 0.7, uninsuredPayers: {}, lossPerHome: 150, lossPerJob: 20, debtSatisfaction: -5 });
export type Money = z.infer<typeof moneySchema>;

export const powersSchema = z
  .object({
    /** The flood-defence tax (GEMAPI): k€ it brings the role each round it is levied, and the satisfaction it costs. */
    tax: z.object({ amount: money, satisfaction: satisfactionDelta }).strict().default({ amount: 300, satisfaction: -5 }),
    /** Closing or opening a zone to building: what it does to the zoning role's satisfaction. */
    zoning: z.object({ satisfaction: satisfactionDelta }).strict().default({ satisfaction: -2 }),
  })
  .strict()
  .default({ tax: { amount: 300, satisfaction: -5 }, zoning: { satisfaction: -2 } });
export type Powers = z.infer<typeof powersSchema>;

// ---------------------------------------------------------------------------------------------
// Roles and objectives

export const objectiveSchema = z
  .object({
    /** Stable id, unique within the role (the balance tool and the debrief name objectives by it). */
    id: idSchema,
    indicator: z.enum(INDICATORS),
    /** The whole territory, or the zones of one kind. */
    scope: z.union([z.literal("global"), zoneKindSchema]).default("global"),
    compare: z.enum(COMPARISONS),
    value: z.number(),
    /** When true, `value` is a fraction of the indicator's value at the start (0.8 = 80 %). */
    relative: z.boolean().optional(),
    /** First and last rounds (1-based) the objective is checked on; all rounds when absent. */
    fromRound: z.number().int().min(1).max(12).optional(),
    toRound: z.number().int().min(1).max(12).optional(),
    text: bodyText,
  })
  .strict();
export type Objective = z.infer<typeof objectiveSchema>;

export const roleSchema = z
  .object({
    id: idSchema,
    name: nameText,
    description: descriptionText,
    budgetPerRound: money,
    goals: z.array(objectiveSchema).min(1).max(4),
    secretObjectives: z.array(objectiveSchema).min(1).max(4),
    power: z.enum(POWERS).optional(),
  })
  .strict();
export type Role = z.infer<typeof roleSchema>;

// ---------------------------------------------------------------------------------------------
// Action cards

const relocationTarget = z.union([zoneKindSchema, z.literal("outside")]);

/** What an action does to the zone it is placed on (warningPlan: to the whole territory). */
export const actionEffectSchema = z.discriminatedUnion("type", [
  /** Raise the crest by `metres`; `kind` builds that defence where there was none. */
  z.object({ type: z.literal("raiseDefence"), metres: metres(0, 10), kind: z.enum(["dike", "dune"]).optional() }).strict(),
  /** Add to the defence's condition (capped at 1). */
  z.object({ type: z.literal("repairDefence"), condition: fraction }).strict(),
  /** Add width to a beach or dune. */
  z.object({ type: z.literal("addWidth"), metres: metres(0, 500) }).strict(),
  /** Multiply the zone's erosion rate by `factor` (0.5 halves it). */
  z.object({ type: z.literal("slowErosion"), factor: fraction }).strict(),
  /** Groynes: the zone keeps `hold` of the width it would lose; its downdrift neighbour loses it instead. */
  z.object({ type: z.literal("groyne"), hold: fraction }).strict(),
  /** Move up to `count` homes away, to a zone the proposer picks among those of a kind, or out of the territory. */
  z.object({ type: z.literal("relocateHomes"), count: count, to: relocationTarget.optional() }).strict(),
  z.object({ type: z.literal("relocateJobs"), count: count, to: relocationTarget.optional() }).strict(),
  /** No new homes may be built in the zone (housing pressure goes elsewhere). */
  z.object({ type: z.literal("forbidBuilding") }).strict(),
  /** Multiply the zone's flood damage by `factor` (adapted buildings). */
  z.object({ type: z.literal("reduceDamage"), factor: fraction }).strict(),
  z.object({ type: z.literal("changeNature"), delta: z.number().min(-10).max(10) }).strict(),
  /** Change a role's satisfaction (or every role's, with "all"). */
  z.object({ type: z.literal("changeSatisfaction"), role: z.union([idSchema, z.literal("all")]), delta: satisfactionDelta }).strict(),
  /** Depoldering: the zone becomes a marsh, its defence is removed, its homes and jobs move to a zone the proposer picks. */
  z.object({ type: z.literal("marshRestore") }).strict(),
  /** Multiply every zone's flood damage by `factor` (warning and evacuation). */
  z.object({ type: z.literal("warningPlan"), factor: fraction }).strict(),
]);
export type ActionEffect = z.infer<typeof actionEffectSchema>;

export const actionSchema = z
  .object({
    id: idSchema,
    name: titleText,
    text: bodyText,
    cost: money,
    roundsToBuild: z.number().int().min(0).max(6),
    /** Where the card may be placed. */
    zoneKinds: z.array(zoneKindSchema).min(1),
    /** The roles that may propose it: the one place this is said. */
    proposers: z.array(idSchema),
    /** A regulated project: the State must approve it. */
    needsApproval: z.boolean(),
    effects: z.array(actionEffectSchema).min(1).max(6),
  })
  .strict();
export type Action = z.infer<typeof actionSchema>;

// ---------------------------------------------------------------------------------------------
// Events

export const eventEffectSchema = z.discriminatedUnion("type", [
  /** A storm surge of `metres` this round. */
  z.object({ type: z.literal("surge"), metres: metres(0, 8) }).strict(),
  /** A higher tide this round (added to the high-tide level). */
  z.object({ type: z.literal("springTide"), metres: metres(0, 3) }).strict(),
  /** A new report: every remaining round's rise grows by this much. */
  z.object({ type: z.literal("riseFaster"), metresPerRound: metres(0, 2) }).strict(),
  /** Extra money this round, for the listed actions only when given. */
  z.object({ type: z.literal("funding"), budget: money, actionIds: z.array(idSchema).min(1).optional() }).strict(),
  /** New homes want to be built: the table places them in an open zone of these kinds, or they go to the cheapest (lowest) one. */
  z.object({ type: z.literal("housingPressure"), homes: count, zoneKinds: z.array(zoneKindSchema).min(1) }).strict(),
  /** Jobs in zones of these kinds are multiplied by `jobsFactor`. */
  z.object({ type: z.literal("tourism"), jobsFactor: z.number().min(0).max(3), zoneKinds: z.array(zoneKindSchema).min(1) }).strict(),
  /** Oyster beds lose this many jobs. */
  z.object({ type: z.literal("oysterCrisis"), jobs: count }).strict(),
  /** A role is taken to court: its satisfaction changes, its projects are delayed. */
  z.object({ type: z.literal("lawsuit"), role: idSchema, satisfaction: satisfactionDelta, delayRounds: z.number().int().min(0).max(3) }).strict(),
  /** An election: the role's satisfaction is checked (below half, it is weakened). */
  z.object({ type: z.literal("election"), role: idSchema }).strict(),
  /** Media coverage: one role's satisfaction, or everyone's, changes. */
  z.object({ type: z.literal("media"), satisfaction: satisfactionDelta, role: idSchema.optional() }).strict(),
  z.object({ type: z.literal("calm") }).strict(),
]);
export type EventEffect = z.infer<typeof eventEffectSchema>;
export type EventEffectType = EventEffect["type"];
export const EVENT_EFFECT_TYPES = eventEffectSchema.options.map((option) => option.shape.type.value);

export const eventSchema = z
  .object({
    id: idSchema,
    title: titleText,
    text: bodyText,
    weight: z.number().int().min(0).max(100),
    effects: z.array(eventEffectSchema).min(1).max(4),
  })
  .strict();
export type ScenarioEvent = z.infer<typeof eventSchema>;

// ---------------------------------------------------------------------------------------------
// Scoring and the whole scenario

const weight = z.number().min(0).max(10);

export const scoringSchema = z
  .object({
    /**
     * Weights of the normalised indicators in the resilience index (0-100), each read over the
     * whole game so far: safety (homes flooded and lost), exposure (mean homes exposed), damage
     * (uninsured), money (wasted on what the sea made useless), economy (mean jobs), nature
     * (now), cohesion (mean satisfaction).
     */
    weights: z
      .object({ safety: weight, exposure: weight, damage: weight, money: weight, economy: weight, nature: weight, cohesion: weight })
      .strict()
      .refine((w) => Object.values(w).some((value) => value > 0), "at least one weight must be positive"),
  })
  .strict();
export type Scoring = z.infer<typeof scoringSchema>;

/** Phase timers in seconds the scenario is played with (the kiosk's); the stand's table settings override them. */
export const timersSchema = z
  .object({
    event: z.number().int().min(0).max(3600),
    negotiation: z.number().int().min(0).max(3600),
    sea: z.number().int().min(0).max(3600),
    report: z.number().int().min(0).max(3600),
  })
  .strict();
export type Timers = z.infer<typeof timersSchema>;

/** The kiosk's promise to a visitor: a whole game in this many seconds or less. */
export const KIOSK_GAME_SECONDS = 15 * 60;

export const scenarioSchema = contentEnvelopeSchema
  .extend({
    game: z.literal(GAME_ID),
    territory: territorySchema,
    zones: z.array(zoneSchema).min(4).max(30),
    sea: seaSchema,
    roles: z.array(roleSchema).min(3).max(8),
    actions: z.array(actionSchema).min(4).max(60),
    events: z.array(eventSchema).min(4).max(120),
    scoring: scoringSchema,
    money: moneySchema,
    powers: powersSchema,
    kioskTimers: timersSchema.optional(),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

export type PublicRole = Omit<Role, "secretObjectives">;
export type PublicScenario = Omit<Scenario, "roles"> & { roles: PublicRole[] };

/** What a client may download: every role without its secret objectives. */
export function publicScenario(scenario: Scenario): PublicScenario {
  const roles = scenario.roles.map(({ secretObjectives: _secret, ...role }) => role);
  return { ...scenario, roles };
}

// ---------------------------------------------------------------------------------------------
// Semantic checks

type Path = PropertyKey[];
const msg = (fr: string, en: string) => ({ fr, en });

/** Two items of a list with the same id. */
function checkDuplicateIds(list: readonly { id: string }[], key: string): ContentIssue[] {
  const seen = new Set<string>();
  const issues: ContentIssue[] = [];
  list.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push(issue([key, index, "id"], "coast.duplicate_id", msg(`Identifiant « ${item.id} » déjà utilisé.`, `Id "${item.id}" is used twice.`)));
    }
    seen.add(item.id);
  });
  return issues;
}

/** Neighbours that do not exist, that are the zone itself, or that do not list the zone back. */
function checkNeighbours(zones: readonly Zone[]): ContentIssue[] {
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const issues: ContentIssue[] = [];
  zones.forEach((zone, z) => {
    zone.neighbours.forEach((id, n) => {
      const path = ["zones", z, "neighbours", n];
      const other = byId.get(id);
      if (id === zone.id) {
        issues.push(issue(path, "coast.self_neighbour", msg(`La zone « ${zone.id} » se cite comme voisine.`, `Zone "${zone.id}" lists itself as a neighbour.`)));
      } else if (!other) {
        issues.push(issue(path, "coast.unknown_neighbour", msg(`La zone voisine « ${id} » n'existe pas.`, `Neighbour zone "${id}" does not exist.`)));
      } else if (!other.neighbours.includes(zone.id)) {
        issues.push(
          issue(path, "coast.asymmetric_neighbour", msg(`« ${id} » ne cite pas « ${zone.id} » parmi ses voisines.`, `"${id}" does not list "${zone.id}" as a neighbour.`)),
        );
      }
    });
  });
  return issues;
}

/** Zones the sea can never reach through neighbours, starting from the sea-facing zones. */
function checkReachability(zones: readonly Zone[]): ContentIssue[] {
  const starts = zones.filter((zone) => zone.seaFacing).map((zone) => zone.id);
  if (starts.length === 0) {
    return [issue(["zones"], "coast.no_sea_facing", msg("Aucune zone ne donne sur la mer.", "No zone faces the sea."))];
  }
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const reached = new Set(starts);
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of byId.get(id)?.neighbours ?? []) {
      if (byId.has(next) && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return zones.flatMap((zone, z) =>
    reached.has(zone.id)
      ? []
      : [issue(["zones", z], "coast.unreachable_zone", msg(`La zone « ${zone.id} » n'est reliée à aucune zone littorale.`, `Zone "${zone.id}" is not connected to any sea-facing zone.`))],
  );
}

function checkShapes(zones: readonly Zone[]): ContentIssue[] {
  return zones.flatMap((zone, z) =>
    zone.shape.flatMap(([x, y], p) =>
      x < 0 || y < 0 || x > LAYOUT.width || y > LAYOUT.height
        ? [issue(["zones", z, "shape", p], "coast.shape_outside", msg(`Point (${x}, ${y}) hors du plan 1600x1000.`, `Point (${x}, ${y}) is outside the 1600x1000 layout.`))]
        : [],
    ),
  );
}

function unknownRole(path: Path, id: string): ContentIssue {
  return issue(path, "coast.unknown_role", msg(`Le rôle « ${id} » n'existe pas.`, `Role "${id}" does not exist.`));
}

function absentKind(path: Path, kind: string): ContentIssue {
  return issue(path, "coast.kind_absent", msg(`Aucune zone de type « ${kind} » dans ce scénario.`, `No zone of kind "${kind}" in this scenario.`), "warning");
}

/** Proposers and roles named by effects exist; each action can be played and placed somewhere. */
function checkActions(scenario: Scenario): ContentIssue[] {
  const roles = new Set(scenario.roles.map((role) => role.id));
  const kinds = new Set<string>(scenario.zones.map((zone) => zone.kind));
  return scenario.actions.flatMap((action, a) => {
    const issues: ContentIssue[] = [];
    action.proposers.forEach((id, p) => {
      if (!roles.has(id)) issues.push(unknownRole(["actions", a, "proposers", p], id));
    });
    if (!action.proposers.some((id) => roles.has(id))) {
      issues.push(issue(["actions", a, "proposers"], "coast.action_unplayable", msg(`Aucun rôle ne peut jouer « ${action.id} ».`, `No role may play "${action.id}".`)));
    }
    if (!action.zoneKinds.some((kind) => kinds.has(kind))) {
      issues.push(
        issue(["actions", a, "zoneKinds"], "coast.action_no_zone", msg(`« ${action.id} » ne peut être posée sur aucune zone.`, `"${action.id}" cannot be placed on any zone.`), "warning"),
      );
    }
    action.effects.forEach((effect, e) => {
      const path = ["actions", a, "effects", e];
      if (effect.type === "changeSatisfaction" && effect.role !== "all" && !roles.has(effect.role)) issues.push(unknownRole([...path, "role"], effect.role));
      if ((effect.type === "relocateHomes" || effect.type === "relocateJobs") && effect.to && effect.to !== "outside" && !kinds.has(effect.to)) {
        issues.push(absentKind([...path, "to"], effect.to));
      }
    });
    return issues;
  });
}

/** Roles and actions named by events exist; zone kinds they name are present. */
function checkEvents(scenario: Scenario): ContentIssue[] {
  const roles = new Set(scenario.roles.map((role) => role.id));
  const actions = new Set(scenario.actions.map((action) => action.id));
  const kinds = new Set<string>(scenario.zones.map((zone) => zone.kind));
  return scenario.events.flatMap((event, v) =>
    event.effects.flatMap((effect, e): ContentIssue[] => {
      const path = ["events", v, "effects", e];
      switch (effect.type) {
        case "lawsuit":
        case "election":
        case "media":
          return effect.role !== undefined && !roles.has(effect.role) ? [unknownRole([...path, "role"], effect.role)] : [];
        case "funding":
          return (effect.actionIds ?? []).flatMap((id, i) =>
            actions.has(id) ? [] : [issue([...path, "actionIds", i], "coast.unknown_action", msg(`L'action « ${id} » n'existe pas.`, `Action "${id}" does not exist.`))],
          );
        case "housingPressure":
        case "tourism":
          return effect.zoneKinds.flatMap((kind, k) => (kinds.has(kind) ? [] : [absentKind([...path, "zoneKinds", k], kind)]));
        default:
          return [];
      }
    }),
  );
}

/** Objectives whose scope names a zone kind the map does not have; rounds out of the game. */
function checkObjectives(scenario: Scenario): ContentIssue[] {
  const kinds = new Set<string>(scenario.zones.map((zone) => zone.kind));
  const rounds = scenario.territory.rounds;
  return scenario.roles.flatMap((role, r) =>
    (["goals", "secretObjectives"] as const).flatMap((list) =>
      role[list].flatMap((objective, o) => {
        const path = ["roles", r, list, o];
        const issues: ContentIssue[] = [];
        if (objective.scope !== "global" && !kinds.has(objective.scope)) {
          issues.push(
            issue([...path, "scope"], "coast.objective_scope_absent", msg(`Objectif sur « ${objective.scope} » : aucune zone de ce type.`, `Objective on "${objective.scope}": no zone of that kind.`), "warning"),
          );
        }
        if (objective.relative && startValue(objective, scenario, 50) === 0) {
          issues.push(
            issue([...path, "relative"], "coast.objective_relative_to_zero", msg(`Objectif relatif à « ${objective.indicator} », qui vaut 0 au départ : il ne mesurerait rien.`, `Objective relative to "${objective.indicator}", which is 0 at the start: it would measure nothing.`)),
          );
        }
        const from = objective.fromRound ?? 1;
        const to = objective.toRound ?? rounds;
        if (from > to || to > rounds) {
          issues.push(issue([...path, objective.toRound ? "toRound" : "fromRound"], "coast.objective_rounds", msg(`Tours ${from} à ${to} hors de la partie (${rounds} tours).`, `Rounds ${from} to ${to} are outside the game (${rounds} rounds).`)));
        }
        return issues;
      }),
    ),
  );
}

/** Guaranteed storms inside the game, damage bands sorted by depth, downdrift zones that are neighbours. */
function checkSea(scenario: Scenario): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { rounds } = scenario.territory;
  scenario.sea.guaranteedStorms.forEach((storm, s) => {
    if (storm.fromRound > storm.toRound || storm.toRound > rounds) {
      issues.push(
        issue(["sea", "guaranteedStorms", s], "coast.storm_rounds", msg(`Tempête garantie aux tours ${storm.fromRound} à ${storm.toRound} : hors de la partie (${rounds} tours).`, `Guaranteed storm in rounds ${storm.fromRound} to ${storm.toRound}: outside the game (${rounds} rounds).`)),
      );
    }
  });
  if (scenario.sea.guaranteedStorms.length === 0) {
    issues.push(issue(["sea", "guaranteedStorms"], "coast.no_guaranteed_storm", msg("Aucune tempête garantie : une partie pourrait ne jamais rencontrer la mer.", "No guaranteed storm: a game might never meet the sea."), "warning"));
  }
  scenario.zones.forEach((zone, z) => {
    if (zone.downdrift !== undefined && !zone.neighbours.includes(zone.downdrift)) {
      issues.push(issue(["zones", z, "downdrift"], "coast.downdrift_not_neighbour", msg(`« ${zone.downdrift} » n'est pas voisine de « ${zone.id} ».`, `"${zone.downdrift}" is not a neighbour of "${zone.id}".`)));
    }
  });
  scenario.sea.damage.forEach((band, b) => {
    const previous = scenario.sea.damage[b - 1];
    if (previous && band.fromDepth <= previous.fromDepth) {
      issues.push(issue(["sea", "damage", b, "fromDepth"], "coast.damage_bands_order", msg("Les tranches de dégâts doivent être rangées par profondeur croissante.", "Damage bands must be sorted by increasing depth.")));
    }
  });
  return issues;
}

const TEXT_KEYS = new Set(["name", "title", "text", "description"]);

/** Every localized text of the scenario, with its path. */
function collectTexts(value: unknown, path: Path, out: { path: Path; text: LocalizedText }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectTexts(item, [...path, index], out));
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    if (TEXT_KEYS.has(key) && isLocalizedText(child)) out.push({ path: [...path, key], text: child });
    else collectTexts(child, [...path, key], out);
  }
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === "string" || (typeof value === "object" && value !== null && typeof (value as { fr?: unknown }).fr === "string");
}

/** English missing (a warning) or identical to the French (an error). */
function checkTranslations(scenario: Scenario): ContentIssue[] {
  const texts: { path: Path; text: LocalizedText }[] = [];
  collectTexts(scenario, [], texts);
  return texts.flatMap(({ path, text }) => {
    if (typeof text === "string" || text.en === undefined) {
      return [issue(path, "coast.missing_english", msg("Texte sans version anglaise.", "Text has no English version."), "warning")];
    }
    return text.en.trim() === text.fr.trim()
      ? [issue([...path, "en"], "coast.english_identical", msg("La version anglaise est identique au français.", "The English text is identical to the French."))]
      : [];
  });
}

/** Payers and the fund name real roles and actions; shares add up to 1 at most; objective ids are unique per role. */
function checkMoney(scenario: Scenario): ContentIssue[] {
  const roles = new Set(scenario.roles.map((role) => role.id));
  const actions = new Set(scenario.actions.map((action) => action.id));
  const payers = Object.entries(scenario.money.uninsuredPayers);
  const issues: ContentIssue[] = payers.flatMap(([id]) => (roles.has(id) ? [] : [unknownRole(["money", "uninsuredPayers", id], id)]));
  if (payers.reduce((sum, [, share]) => sum + share, 0) > 1 + 1e-9) {
    issues.push(issue(["money", "uninsuredPayers"], "coast.shares_over_one", msg("Les parts des payeurs dépassent 1.", "The payers' shares add up to more than 1.")));
  }
  (scenario.money.riskFund?.actionIds ?? []).forEach((id, i) => {
    if (!actions.has(id)) issues.push(issue(["money", "riskFund", "actionIds", i], "coast.unknown_action", msg(`L'action « ${id} » n'existe pas.`, `Action "${id}" does not exist.`)));
  });
  return issues;
}

function checkObjectiveIds(scenario: Scenario): ContentIssue[] {
  return scenario.roles.flatMap((role, r) => {
    const seen = new Set<string>();
    return (["goals", "secretObjectives"] as const).flatMap((list) =>
      role[list].flatMap((objective, o) => {
        const repeated = seen.has(objective.id);
        seen.add(objective.id);
        return repeated ? [issue(["roles", r, list, o, "id"], "coast.duplicate_id", msg(`Identifiant « ${objective.id} » déjà utilisé.`, `Id "${objective.id}" is used twice.`))] : [];
      }),
    );
  });
}

/** A whole game with the kiosk timers lasts 15 minutes or less. */
export function kioskSeconds(scenario: Pick<Scenario, "kioskTimers" | "territory">): number {
  const timers = scenario.kioskTimers;
  return timers ? scenario.territory.rounds * (timers.event + timers.negotiation + timers.sea + timers.report) : 0;
}

function checkKioskTimers(scenario: Scenario): ContentIssue[] {
  const total = kioskSeconds(scenario);
  return total > KIOSK_GAME_SECONDS
    ? [issue(["kioskTimers"], "coast.kiosk_too_long", msg(`Les minuteurs du stand font ${Math.ceil(total / 60)} minutes de jeu : 15 au plus.`, `The kiosk timers make a ${Math.ceil(total / 60)}-minute game: 15 at most.`))]
    : [];
}

/** Every semantic problem of a scenario that already matches `scenarioSchema`. */
export function checkScenario(scenario: Scenario): ContentIssue[] {
  return [
    ...checkDuplicateIds(scenario.zones, "zones"),
    ...checkDuplicateIds(scenario.roles, "roles"),
    ...checkDuplicateIds(scenario.actions, "actions"),
    ...checkDuplicateIds(scenario.events, "events"),
    ...checkNeighbours(scenario.zones),
    ...checkReachability(scenario.zones),
    ...checkShapes(scenario.zones),
    ...checkActions(scenario),
    ...checkEvents(scenario),
    ...checkObjectives(scenario),
    ...checkSea(scenario),
    ...checkMoney(scenario),
    ...checkObjectiveIds(scenario),
    ...checkKioskTimers(scenario),
    ...checkTranslations(scenario),
  ];
}
