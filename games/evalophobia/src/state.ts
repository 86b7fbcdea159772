import { schema, t, type SchemaType } from "@colyseus/schema";
import { BaseState } from "@sgp/shared";

/** A player's private side. Hands and votes are `.view()`: only their owner receives them. */
export const EvaloPlayer = schema(
  {
    seat: t.string().default(""),
    reasonHand: t.array("string").view(),
    leverHand: t.array("string").view(),
    /** Votes cast, reason id -> coupons; hidden until the reveal. */
    votes: t.map("number").view(),
    /** Solo and pair: the priorities this player picked, hidden until both have picked. */
    picks: t.array("string").view(),
    /** Public counts, so others see that a hand exists, never what it holds. */
    reasonCount: t.number().default(0),
    leverCount: t.number().default(0),
    swapsLeft: t.number().default(0),
    swapped: t.boolean().default(false),
    reasonsPlayed: t.number().default(0),
    redrawsLeft: t.number().default(0),
  },
  "EvaloPlayer",
);
export type EvaloPlayer = SchemaType<typeof EvaloPlayer>;

/** A reason card put face up on the shared dashboard. */
export const BoardReason = schema(
  {
    reason: t.string().default(""),
    by: t.string().default(""),
    comment: t.string().default(""),
    plusOnes: t.array("string"),
    /** Coupons it received, known from the reveal on (0 before). */
    votes: t.number().default(0),
  },
  "BoardReason",
);
export type BoardReason = SchemaType<typeof BoardReason>;

/** A lever attached to a blocker, waiting for the others' verdict or decided. */
export const LeverProposal = schema(
  {
    id: t.string().default(""),
    lever: t.string().default(""),
    by: t.string().default(""),
    how: t.string().default(""),
    /** "pending", "accepted" or "rejected". */
    status: t.string().default("pending"),
    /** The booklet lists this lever for this blocker's reason. */
    matched: t.boolean().default(false),
    approvals: t.array("string"),
    rejections: t.array("string"),
    /** "group", "facilitator" or "time" (decided by the votes cast when the phase ended). */
    decidedBy: t.string().default(""),
  },
  "LeverProposal",
);
export type LeverProposal = SchemaType<typeof LeverProposal>;

/** A priority blocker: its own warning light turns green once a lever is accepted for it. */
export const Blocker = schema(
  {
    reason: t.string().default(""),
    votes: t.number().default(0),
    plusOnes: t.number().default(0),
    proposals: t.array(LeverProposal),
    /** Solo: the lever cards offered for this blocker. */
    offers: t.array("string"),
    note: t.string().default(""),
  },
  "Blocker",
);
export type Blocker = SchemaType<typeof Blocker>;

export const EvaloState = BaseState.extend(
  {
    players: t.map(EvaloPlayer),
    board: t.array(BoardReason),
    blockers: t.array(Blocker),
    /** Reasons tied at the cut-off of the vote, and whether the seeded draw settled them. */
    tie: t.array("string"),
    tieDrawn: t.boolean().default(false),
    revealed: t.boolean().default(false),
    /** Pair: both players' priorities, shown when they did not pick the same ones. */
    disagreement: t.map("string"),
    /** Solo: the reason card on show, and how many were seen. */
    soloCurrent: t.string().default(""),
    soloSeen: t.number().default(0),
    proposalCount: t.number().default(0),
    reasonPile: t.array("string").noSync(),
    reasonDiscard: t.array("string").noSync(),
    leverPile: t.array("string").noSync(),
    leverDiscard: t.array("string").noSync(),
  },
  "EvaloState",
);
export type EvaloState = SchemaType<typeof EvaloState>;
