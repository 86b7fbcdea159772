import { z } from "zod";
import type { GameDefinition } from "@sgp/shared";

/** Where each game's JSON Schema is written; content files point at it with `$schema`. */
export function schemaFileName(definition: GameDefinition): string {
  return `${definition.id}-${definition.content.name ?? "content"}.schema.json`;
}

/** The JSON Schema of a game's content files, generated from its zod schema (the same rules). */
export function contentJsonSchema(definition: GameDefinition): object {
  return {
    ...z.toJSONSchema(definition.content.schema, { io: "input", unrepresentable: "any", target: "draft-7" }),
    title: `${definition.id} ${definition.content.name ?? "content"}`,
  };
}
