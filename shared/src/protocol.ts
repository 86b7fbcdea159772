import { z } from "zod";
import { localeSchema } from "./i18n/text.ts";

/** Names of the messages on the wire. The client only ever sends `cmd`. */
export const MESSAGE = {
  command: "cmd",
  ack: "ack",
  error: "error",
  welcome: "welcome",
  kicked: "kicked",
  report: "report",
} as const;

export const MAX_COMMAND_BYTES = 8 * 1024;
export const MAX_NAME_LENGTH = 24;

export const commandIdSchema = z.union([z.string().min(1).max(64), z.number().int().nonnegative()]);

/** Client -> server: every action of every game and of the facilitator. */
export const commandMessageSchema = z
  .object({
    id: commandIdSchema,
    kind: z.string().min(1).max(64),
    payload: z.unknown().optional(),
  })
  .strict();
export type CommandMessage = z.infer<typeof commandMessageSchema>;

/** Server -> client: the command was applied and its patch already sent. */
export const ackMessageSchema = z.object({ id: commandIdSchema }).strict();
export type AckMessage = z.infer<typeof ackMessageSchema>;

/** Server -> client: the command was refused; nothing changed. `id` is null when the message had none. */
export const errorMessageSchema = z
  .object({
    id: commandIdSchema.nullable(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })
  .strict();
export type ErrorMessage = z.infer<typeof errorMessageSchema>;

export const nameSchema = z.string().trim().min(1).max(MAX_NAME_LENGTH);
export const seatTokenSchema = z.string().min(16).max(128);

const common = { locale: localeSchema.optional() };

/** Join options: one union on `seat`. */
export const joinOptionsSchema = z.discriminatedUnion("seat", [
  z
    .object({
      seat: z.literal("player"),
      name: nameSchema.optional(),
      seatToken: seatTokenSchema.optional(),
      /** A player who created the session also holds its facilitator powers. */
      facilitatorToken: seatTokenSchema.optional(),
      ...common,
    })
    .strict()
    .refine((o) => o.name !== undefined || o.seatToken !== undefined, { message: "name or seatToken is required", path: ["name"] }),
  z.object({ seat: z.literal("facilitator"), token: seatTokenSchema, ...common }).strict(),
  z.object({ seat: z.literal("screen"), ...common }).strict(),
  /** A network bot (`npm run bots`): a new bot seat in the lobby, named by the server, played by this connection. */
  z.object({ seat: z.literal("bot"), ...common }).strict(),
  z
    .object({ seat: z.literal("kiosk"), table: z.string().min(1).max(40), tablet: z.string().min(1).max(40), seatToken: seatTokenSchema.optional(), ...common })
    .strict(),
]);
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

export const SEAT_KINDS = ["player", "facilitator", "screen"] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/** Server -> client, once joined: who you are and how to come back. */
export const welcomeMessageSchema = z
  .object({
    seatId: z.string(),
    kind: z.enum(SEAT_KINDS),
    seatToken: z.string().optional(),
    /** True when this connection holds the facilitator's powers (facilitator seat, or a host player). */
    host: z.boolean(),
    /**
     * The read-only token of the session's report, for the end screen's link and QR code: for the
     * facilitator at once, for players and screens once the game is over (see `report`).
     */
    reportToken: z.string().optional(),
    serverNow: z.number(),
  })
  .strict();
export type WelcomeMessage = z.infer<typeof welcomeMessageSchema>;

/** Server -> players and screens, when the game ends: the report's read-only token. */
export const reportMessageSchema = z.object({ reportToken: z.string() }).strict();
export type ReportMessage = z.infer<typeof reportMessageSchema>;

/** Server -> client: you were removed from the session by the facilitator. */
export const kickedMessageSchema = z.object({ reason: z.string() }).strict();
export type KickedMessage = z.infer<typeof kickedMessageSchema>;

/** The platform's own commands, available in every game. */
export const platformCommandSchemas = {
  ready: z.object({ ready: z.boolean() }).strict(),
  done: z.object({}).strict(),
  start: z.object({}).strict(),
  pause: z.object({}).strict(),
  resume: z.object({}).strict(),
  extend: z.object({ seconds: z.number().int().min(10).max(3600) }).strict(),
  skip: z.object({}).strict(),
  end: z.object({}).strict(),
  "bot.add": z.object({}).strict(),
  "seat.bot": z.object({ seat: z.string().min(1).max(32) }).strict(),
  kick: z.object({ seat: z.string().min(1).max(32), reason: z.string().trim().max(200).default("") }).strict(),
  rename: z.object({ seat: z.string().min(1).max(32), name: nameSchema }).strict(),
  /** `share`: the note goes into the players' report once the debrief is revealed. */
  note: z.object({ text: z.string().trim().min(1).max(1000), share: z.boolean().default(false) }).strict(),
  "debrief.reveal": z.object({}).strict(),
  /** A player changes their own name or colour (at the kiosk, by tapping through presets). */
  profile: z.object({ name: nameSchema.optional(), color: z.string().regex(/^#[0-9a-f]{6}$/i).optional() }).strict(),
} as const;
export type PlatformCommandKind = keyof typeof platformCommandSchemas;

/** Which platform commands belong to the facilitator (the rest are any player's). */
export const FACILITATOR_PLATFORM_COMMANDS: readonly PlatformCommandKind[] = [
  "start", "pause", "resume", "extend", "skip", "end", "bot.add", "seat.bot", "kick", "rename", "note", "debrief.reveal",
];
