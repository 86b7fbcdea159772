import type { ZoneKind } from "@sgp/game-coast/content";

/** A kind's ground colour, and the ink of what stands on it (the legend's border, the terrain's details). */
interface KindStyle {
  fill: number;
  ink: number;
}

export const KIND_STYLES: Record<ZoneKind, KindStyle> = {
  beach: { fill: 0xf2e3b3, ink: 0xc9a75a },
  dune: { fill: 0xe4cc8c, ink: 0x7f9a4c },
  seafront: { fill: 0xd9d2c8, ink: 0x8c6f5a },
  town: { fill: 0xddd5c9, ink: 0x7d6150 },
  port: { fill: 0xc7cdd1, ink: 0x56707c },
  campsite: { fill: 0xc9dda0, ink: 0x5f8446 },
  marsh: { fill: 0xa9cfb4, ink: 0x4f8a68 },
  farmland: { fill: 0xc8d68f, ink: 0x8a8a3e },
  oyster_beds: { fill: 0x9fc9cf, ink: 0x3f6b70 },
  industry: { fill: 0xcfcbd6, ink: 0x6d6680 },
  hinterland: { fill: 0xaccb8c, ink: 0x4f7a3a },
  road: { fill: 0xd2cdc4, ink: 0x8a857b },
};

export const SEA = { deep: 0x3f86a8, shallow: 0x78b9cf, surf: 0xb9e0ea, foam: 0xf4fbfd } as const;
/** Flood water: darker than the sea, and see-through, so that the homes under it still show. */
export const WATER = { fill: 0x173f78, line: 0xd8eef8 } as const;
/** The erosion bands: the land the sea takes in 30 years, and the line it reaches in 100. */
export const EROSION = { band: 0xc4452f, line: 0x8f2a1b } as const;

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind as ZoneKind] ?? KIND_STYLES.hinterland;
}
