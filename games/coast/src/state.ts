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
    /** Share of its erosion the zone's groynes pass to its downdrift neighbour. */
    groyneHold: t.number().default(0),
    /** Homes and jobs erosion has taken since the start (gone for good). */
    homesLost: t.number().default(0),
    jobsLost: t.number().default(0),
    /** The last round a maintenance project finished here: the dike did not age that round. */
    maintainedRound: t.number().default(0),
    /** The reference storm would flood it today even if every defence held (counted in full in homes exposed). */
    exposed: t.boolean().default(false),
    /** 1 when exposed, the scenario's weight when only a failing dike keeps the water out, else 0. */
    exposure: t.number().default(0),
    /** The law's erosion band: 30 when the width runs out within 30 years (no building), 100 within 100, else 0. */
    erosionBand: t.number().default(0),

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
    /** Of `widthLost`, metres an updrift neighbour's groynes sent here. */
    widthFromUpdrift: t.number().default(0),
    duneFailed: t.boolean().default(false),
    /** The width ran out this round and took these homes and jobs. */
    homesLostNow: t.number().default(0),
    jobsLostNow: t.number().default(0),
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
    /** k€; below zero the role is in debt: it loses satisfaction each round and may start no new project. */
    budget: t.number().default(0),
    satisfaction: t.number().default(50),
    /** Money this role has spent on projects since the start. */
    spent: t.number().default(0),
    /** Uninsured damage and erosion losses this role has paid since the start (k€). */
    damagePaid: t.number().default(0),
    /** The flood-defence tax was levied this round. */
    taxLevied: t.boolean().default(false),
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
    /** k€ the round's funding call and the natural-risks fund paid towards it. */
    fundUsed: t.number().default(0),
    /** Of `fundUsed`, what the natural-risks fund paid. */
    riskFundUsed: t.number().default(0),
    /** Where a relocation or depoldering moves homes and jobs (a zone id; empty: the rule's default). */
    to: t.string().default(""),
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

/**
 * Why a zone flooded or lost its buildings in a round, for the debrief: the water topped its
 * defence ("overtopped"), its dike breached ("breach"), the water came from a flooded neighbour
 * ("spread", `from` names it), or its width ran out ("erosion").
 */
export const ZoneLoss = schema(
  {
    zone: t.string().default(""),
    cause: t.string().default(""),
    from: t.string().default(""),
    /** Metres above mean sea level: the crest the water met, and the water at the zone's edge. */
    crest: t.number().default(0),
    waterLevel: t.number().default(0),
    depth: t.number().default(0),
    homes: t.number().default(0),
    jobs: t.number().default(0),
    damage: t.number().default(0),
  },
  "ZoneLoss",
);
export type ZoneLoss = SchemaType<typeof ZoneLoss>;

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
    /** The surge was at least the reference surge. */
    storm: t.boolean().default(false),
    /** The weather guaranteed this round's storm (the scenario's promise that the sea comes). */
    guaranteed: t.boolean().default(false),
    homesFlooded: t.number().default(0),
    /** Homes erosion took this round (gone, not flooded). */
    homesLost: t.number().default(0),
    homesExposed: t.number().default(0),
    damage: t.number().default(0),
    /** Of the damage, what Cat-Nat insurance paid; the rest, plus erosion losses, fell on the payers. */
    insured: t.number().default(0),
    uninsured: t.number().default(0),
    /** Money spent so far on projects the sea made useless (k€). */
    moneyWasted: t.number().default(0),
    jobs: t.number().default(0),
    homes: t.number().default(0),
    nature: t.number().default(0),
    budgetSpent: t.number().default(0),
    homesBuilt: t.number().default(0),
    /** Homes moved away from harm by projects finished this round. */
    homesRelocated: t.number().default(0),
    resilience: t.number().default(0),
    satisfaction: t.map("number"),
    /** Each role's budget at the end of the round (k€, may be below zero). */
    budgets: t.map("number"),
    floodedZones: t.array("string"),
    /** Every flood and loss of the round, explained. */
    losses: t.array(ZoneLoss),
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
    /** Where this round's new homes went. */
    homesBuiltZone: t.string().default(""),
    /** Housing pressure: homes that want to be built this round, and the zone kinds they may go to. */
    homesWaiting: t.number().default(0),
    homesWaitingKinds: t.array("string"),
    /** The natural-risks fund: k€ it can still pay, with the State's approval. */
    riskFund: t.number().default(0),
    /** The whole game so far, which the resilience index reads. */
    totals: t.map("number"),
    history: t.array(RoundRecord),
    chat: t.array(ChatLine),
    chatCount: t.number().default(0),
    /** The game's weather (`WeatherRound[]` as JSON) and its streams' seeds: server only, so no one sees the storms coming. */
    weather: t.string().noSync().default("[]"),
    streams: t.string().noSync().default("{}"),
    /** This round's guaranteed surge (m), from the weather: server only. */
    guaranteedSurge: t.number().noSync().default(0),
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
