import { schema, t, type SchemaType } from "@colyseus/schema";
import { BaseState } from "@sgp/shared";

/**
 * A zone's values that change during the game. What never changes (name, elevation, neighbours,
 * shape, sea-facing) stays in the scenario, keyed by the same id.
 */
export const CoastZone = schema(
  {
    id: t.string().default(""),
    /** The zone's kind now: depoldering turns farmland into marsh. */
    kind: t.string().default(""),
    /** "none", "dune" or "dike". */
    defenceKind: t.string().default("none"),
    /** The crest, metres above mean sea level. */
    defenceHeight: t.number().default(0),
    /** 1 = as new, 0 = ruined. */
    defenceCondition: t.number().default(1),
    /** Beaches and dunes: metres of sand left. */
    width: t.number().default(0),
    homes: t.number().default(0),
    /** Of `homes`, how many stand empty because their people moved away. */
    relocatedHomes: t.number().default(0),
    jobs: t.number().default(0),
    relocatedJobs: t.number().default(0),
    nature: t.number().default(0),
    buildingForbidden: t.boolean().default(false),
    erosionFactor: t.number().default(1),
    damageFactor: t.number().default(1),
    /** The reference storm would flood it today (counted in homes exposed). */
    exposed: t.boolean().default(false),

    // The last sea phase's result, for the animation and the explanation on tap.
    flooded: t.boolean().default(false),
    /** Order in which the water reached the zone: 1 from the sea, 2 from a zone of wave 1... 0 when dry. */
    wave: t.number().default(0),
    depth: t.number().default(0),
    waterLevel: t.number().default(0),
    defenceCrest: t.number().default(0),
    /** "overtopped", "breach", "spread_from:<zone>", "protected_by_defence", "higher_than_water", "not_connected". */
    reason: t.string().default(""),
    breached: t.boolean().default(false),
    homesFlooded: t.number().default(0),
    jobsHit: t.number().default(0),
    damage: t.number().default(0),
    widthLost: t.number().default(0),
    duneFailed: t.boolean().default(false),
  },
  "CoastZone",
);
export type CoastZone = SchemaType<typeof CoastZone>;

/** An actor of the territory. Budgets, satisfaction and public goals are public. */
export const CoastRole = schema(
  {
    id: t.string().default(""),
    /** The seat playing it; empty when no one does. */
    seat: t.string().default(""),
    budget: t.number().default(0),
    satisfaction: t.number().default(50),
    /** Money this role has spent on projects since the start. */
    spent: t.number().default(0),
    /** One status per public goal, in the scenario's order: "pending", "met" or "missed". */
    goals: t.array("string"),
    /** An election found this role below half satisfaction this round: half its budget is gone. */
    weakened: t.boolean().default(false),
    appealsThisRound: t.number().default(0),
    proposalsThisRound: t.number().default(0),
    /**
     * The secret objectives with their status, as JSON (`SecretObjective[]`): sent only to the
     * seat holding the role and to the facilitator.
     */
    secret: t.string().view().default("[]"),
  },
  "CoastRole",
);
export type CoastRole = SchemaType<typeof CoastRole>;

/** An action card placed on a zone, from its proposal to its end. */
export const CoastProject = schema(
  {
    id: t.string().default(""),
    action: t.string().default(""),
    zone: t.string().default(""),
    /** The proposing role and seat. */
    proposer: t.string().default(""),
    seat: t.string().default(""),
    cost: t.number().default(0),
    /** Role id -> k€ pledged (held back from its budget until the decision). */
    pledges: t.map("number"),
    /** k€ the round's funding call paid towards it. */
    fundUsed: t.number().default(0),
    /** Seat id -> "support", "too_expensive" or "not_here". */
    reactions: t.map("string"),
    /** "proposed", "approved", "appealed", "refused", "building", "done" or "lapsed". */
    status: t.string().default("proposed"),
    needsApproval: t.boolean().default(false),
    approved: t.boolean().default(false),
    roundsLeft: t.number().default(0),
    proposedRound: t.number().default(0),
    appealedRound: t.number().default(0),
    startedRound: t.number().default(0),
    doneRound: t.number().default(0),
    /** The round it was refused or lapsed. */
    closedRound: t.number().default(0),
  },
  "CoastProject",
);
export type CoastProject = SchemaType<typeof CoastProject>;

/** A line of the local newspaper: a template id (see messages.ts `NEWS`) and its parameters. */
export const Headline = schema(
  {
    id: t.string().default(""),
    params: t.map("string"),
  },
  "Headline",
);
export type Headline = SchemaType<typeof Headline>;

/** What one round did, for the round report and the debrief. */
export const RoundRecord = schema(
  {
    round: t.number().default(0),
    year: t.number().default(0),
    event: t.string().default(""),
    surge: t.number().default(0),
    /** High tide + spring tide + rise so far. */
    stillWater: t.number().default(0),
    /** Still water + surge. */
    waterLevel: t.number().default(0),
    rise: t.number().default(0),
    homesFlooded: t.number().default(0),
    homesExposed: t.number().default(0),
    damage: t.number().default(0),
    jobs: t.number().default(0),
    homes: t.number().default(0),
    nature: t.number().default(0),
    budgetSpent: t.number().default(0),
    homesBuilt: t.number().default(0),
    resilience: t.number().default(0),
    satisfaction: t.map("number"),
    floodedZones: t.array("string"),
    breaches: t.array("string"),
    projectsStarted: t.array("string"),
    projectsDone: t.array("string"),
    projectsLapsed: t.array("string"),
    headlines: t.array(Headline),
  },
  "RoundRecord",
);
export type RoundRecord = SchemaType<typeof RoundRecord>;

export const ChatLine = schema(
  {
    n: t.number().default(0),
    seat: t.string().default(""),
    role: t.string().default(""),
    round: t.number().default(0),
    text: t.string().default(""),
  },
  "ChatLine",
);
export type ChatLine = SchemaType<typeof ChatLine>;

export const CoastState = BaseState.extend(
  {
    zones: t.map(CoastZone),
    roles: t.map(CoastRole),
    projects: t.map(CoastProject),
    projectCount: t.number().default(0),
    /** This round's event card; empty when the facilitator skipped it. */
    event: t.string().default(""),
    /** What the deck drew, when the facilitator chose another card. */
    eventDrawn: t.string().default(""),
    /** "deck", "facilitator" or "skipped". */
    eventSource: t.string().default(""),
    /** Metres of storm surge added by the facilitator this round. */
    stormAdded: t.number().default(0),
    /** This round's surge and extra tide, set when the event is applied. */
    surge: t.number().default(0),
    springTide: t.number().default(0),
    /** Metres of rise since the start, at the end of the last sea phase. */
    rise: t.number().default(0),
    /** Extra metres of rise per round, from sea-level reports. */
    extraRise: t.number().default(0),
    /** Territory-wide damage multiplier from warning plans. */
    warningFactor: t.number().default(1),
    /** This round's funding call: k€ left and the actions it pays for (empty: any). */
    fund: t.number().default(0),
    fundActions: t.array("string"),
    homesBuiltThisRound: t.number().default(0),
    history: t.array(RoundRecord),
    chat: t.array(ChatLine),
    chatCount: t.number().default(0),
    /** Events not drawn yet (server only). */
    eventPile: t.array("string").noSync(),
  },
  "CoastState",
);
export type CoastState = SchemaType<typeof CoastState>;

/** A secret objective as its owner's seat receives it. */
export interface SecretObjective {
  text: { fr: string; en?: string } | string;
  indicator: string;
  scope: string;
  compare: string;
  value: number;
  relative?: boolean;
  fromRound?: number;
  toRound?: number;
  status: ObjectiveStatus;
}

export type ObjectiveStatus = "pending" | "met" | "missed";

export const PROJECT_OPEN = ["proposed", "approved", "appealed"] as const;
export const REACTIONS = ["support", "too_expensive", "not_here"] as const;
export type Reaction = (typeof REACTIONS)[number];
