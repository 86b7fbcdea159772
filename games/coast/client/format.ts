import type { Locale } from "@sgp/shared";

/** Numbers as people read them in their language: "2,6 m", "1 200 k€". */
export interface Format {
  metres(value: number): string;
  money(value: number): string;
  count(value: number): string;
  percent(fraction: number): string;
}

export function format(locale: Locale): Format {
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    metres: (value) => `${one.format(value)} m`,
    money: (value) => `${whole.format(value)} k€`,
    count: (value) => whole.format(value),
    percent: (fraction) => `${whole.format(fraction * 100)} %`,
  };
}

/** The ".one" or ".other" form of a message key, by the language's plural rules. */
export function pluralKey(key: string, count: number, locale: Locale): string {
  return `${key}.${new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other"}`;
}
