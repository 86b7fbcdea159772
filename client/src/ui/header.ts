import { LOCALES } from "@sgp/shared";
import { locale, setLocale, t } from "../i18n/index.ts";
import { h } from "./dom.ts";

/** The FR/EN switch (remembered). */
export function languageSwitch(): HTMLElement {
  return h(
    "div",
    { class: "lang", role: "group", "aria-label": t("lang.label") },
    ...LOCALES.map((code) =>
      h(
        "button",
        {
          type: "button",
          id: `lang-${code}`,
          class: "lang__option",
          lang: code,
          "aria-pressed": String(locale() === code),
          // The visible code first: a spoken command ("FR") matches the name (WCAG 2.5.3).
          "aria-label": `${code.toUpperCase()} · ${t(`lang.${code}`)}`,
          onclick: () => setLocale(code),
        },
        code.toUpperCase(),
      ),
    ),
  );
}

/** The top bar: the platform's mark and name, and the language switch. */
export function header(): HTMLElement {
  return h(
    "header",
    { class: "topbar" },
    h(
      "a",
      { class: "brand", href: "/", id: "brand" },
      h("span", { class: "brand__mark", "aria-hidden": "true" }),
      h("span", { class: "brand__text" }, h("span", { class: "brand__name" }, t("app.name")), h("span", { class: "brand__tagline" }, t("app.tagline"))),
    ),
    languageSwitch(),
  );
}
