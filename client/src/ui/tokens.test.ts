import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { colors } from "./tokens.ts";

const css = readFileSync(new URL("./tokens.css", import.meta.url), "utf8");

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe("design tokens", () => {
  it("tokens.css and tokens.ts give every shared colour the same value", () => {
    for (const [name, value] of Object.entries(colors)) {
      const match = new RegExp(`--color-${kebab(name)}:\\s*(#[0-9a-f]{6})`, "i").exec(css);
      if (match) expect(match[1].toLowerCase(), name).toBe(value.toLowerCase());
    }
  });

  it.each([
    ["ink", "paper"],
    ["ink", "surface"],
    ["inkMuted", "surface"],
    ["inkMuted", "paper"],
    ["inkMuted", "surfaceSunken"],
    ["onPrimary", "primary"],
    ["primary", "primarySoft"],
    ["primary", "surface"],
    ["danger", "surface"],
    ["success", "successSoft"],
    ["warning", "surface"],
    ["onTable", "table"],
    ["accent", "table"],
  ] as const)("%s on %s meets WCAG AA for body text", (fg, bg) => {
    expect(contrast(colors[fg], colors[bg])).toBeGreaterThanOrEqual(4.5);
  });
});
