export * from "./inputs.ts";
export * from "./session.ts";
export * from "./settings.ts";
export * from "./seating.ts";
export * from "./canonical.ts";
export * from "./seat-view.ts";
export * from "./bots.ts";
