/**
 * The design tokens, one source for the CSS custom properties (tokens.css mirrors these values)
 * and for Phaser scenes, which need numbers and hex strings rather than CSS variables.
 * Every text/background pair used together meets WCAG AA (4.5:1 for body text).
 */
export const colors = {
  /** Page background: warm paper. */
  paper: "#f7f3ec",
  surface: "#ffffff",
  surfaceSunken: "#efe8dc",
  ink: "#1c2430",
  inkMuted: "#4a5563",
  line: "#d8cfc1",
  /** Deep sea green: primary actions, brand. 7.6:1 on white. */
  primary: "#0f5c63",
  primaryStrong: "#0a434a",
  onPrimary: "#ffffff",
  primarySoft: "#dcecea",
  /** Sand gold: highlights, never text on light backgrounds. */
  accent: "#f6c35b",
  accentSoft: "#fcefd0",
  /** Terracotta: warnings and the reconnecting banner. 5.3:1 on white. */
  warning: "#a6431f",
  warningSoft: "#fbe6dc",
  danger: "#a3202e",
  dangerSoft: "#f9e0e2",
  success: "#1d6b3f",
  successSoft: "#dff0e5",
  focus: "#1f4fd1",
  /** The game table's felt. */
  table: "#16545a",
  tableLine: "#2c7077",
  onTable: "#ffffff",
} as const;

export const font = {
  family: '"Atkinson Hyperlegible", "Segoe UI", system-ui, sans-serif',
  /** Type scale in CSS px (1.25 ratio from 16). */
  size: { xs: 13, sm: 15, md: 17, lg: 21, xl: 26, xxl: 33, display: 48 },
  weight: { regular: 400, bold: 700 },
} as const;

/** Spacing scale in CSS px (4-based). */
export const space = { xxs: 4, xs: 8, sm: 12, md: 16, lg: 24, xl: 32, xxl: 48 } as const;

export const radius = { sm: 8, md: 14, lg: 22, pill: 999 } as const;

/** Smallest touch target, in CSS px. */
export const touchTarget = 48;

/** Phaser wants colours as numbers. */
export function colorNumber(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}

export const tokens = { colors, font, space, radius, touchTarget, colorNumber } as const;
export type Tokens = typeof tokens;
