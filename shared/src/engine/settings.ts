import { z } from "zod";

/** Settings every session has, whatever its game. The rest of a session's settings are the game's. */
export const platformSettingsSchema = z
  .object({
    /** Bots may hold seats (added by the facilitator, filling empty seats, replacing a leaver). */
    botsAllowed: z.boolean().default(true),
    /** Bots fill the empty seats up to `seats` (or the mode's minimum) when the game starts. */
    fillWithBots: z.boolean().default(false),
    /** How many players the table is meant for. */
    seats: z.number().int().min(1).max(16).optional(),
    /** Start by itself once every seated player is ready (otherwise the facilitator starts). */
    autoStart: z.boolean().default(true),
    /** The big screen waits for the facilitator to show the debrief (otherwise it comes by itself at the end). */
    holdDebrief: z.boolean().default(false),
    /** A lobby countdown from the first person seated; when it ends the game starts with bots. */
    lobbySeconds: z.number().int().min(5).max(600).optional(),
    /** Tables created together on one seed, whose debrief compares them: set by the server, never by the form. */
    series: z.object({ id: z.string().min(1).max(40), table: z.number().int().min(1), tables: z.number().int().min(2).max(12) }).strict().optional(),
  })
  .strict();
export type PlatformSettings = z.infer<typeof platformSettingsSchema>;
