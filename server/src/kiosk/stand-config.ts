import { readFileSync } from "node:fs";
import { localizedTextSchema } from "@sgp/shared";
import { z } from "zod";

const idSchema = z.string().regex(/^[A-Za-z0-9-]{1,20}$/);

export const tableSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema(80),
    game: z.string().min(1),
    content: z.string().min(1),
    mode: z.string().min(1),
    tablets: z.array(idSchema).min(1).max(16),
    /** Each tablet plays its own session (solo tables); otherwise the tablets share one. */
    sessionPerTablet: z.boolean().default(false),
    /** Session settings (game and platform) for this table's games. */
    settings: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type StandTable = z.infer<typeof tableSchema>;

export const standConfigSchema = z
  .object({
    $schema: z.string().optional(),
    staffPin: z.string().regex(/^\d{4,8}$/, "4 to 8 digits"),
    idle: z
      .object({
        afterGameSeconds: z.number().int().min(10).max(3600).default(120),
        duringGameSeconds: z.number().int().min(30).max(7200).default(300),
        warningSeconds: z.number().int().min(5).max(120).default(20),
      })
      .strict()
      .default({ afterGameSeconds: 120, duringGameSeconds: 300, warningSeconds: 20 }),
    /** Seconds the lobby waits for visitors before bots fill the empty seats. */
    lobbySeconds: z.number().int().min(5).max(600).default(45),
    tables: z.array(tableSchema).min(1).max(40),
  })
  .strict()
  .refine((c) => new Set(c.tables.map((t) => t.id)).size === c.tables.length, { message: "table ids must be unique", path: ["tables"] });
export type StandConfig = z.infer<typeof standConfigSchema>;

export function loadStandConfig(path: string): StandConfig {
  const parsed = standConfigSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(`Invalid stand configuration ${path}:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return parsed.data;
}
