import { localize } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import type { Catalogue } from "./api.ts";
import { problemList } from "./problems.ts";
import { pt } from "./text.ts";

export interface ContentRef {
  game: string;
  id: string;
}

const refValue = (ref: ContentRef) => `${ref.game}/${ref.id}`;

/** Every valid deck and scenario on the server, grouped by game; choosing one previews it. */
export function pickerCard(catalogue: Catalogue, selected: ContentRef | null, choose: (ref: ContentRef) => void): HTMLElement {
  const total = catalogue.games.reduce((sum, game) => sum + game.contents.length, 0);
  const select = h(
    "select",
    {
      id: "preview-content",
      class: "select",
      onchange: (event: Event) => {
        const [game, id] = (event.target as HTMLSelectElement).value.split("/");
        choose({ game, id });
      },
    },
    ...catalogue.games.map((game) =>
      h(
        "optgroup",
        { label: localize(game.title) },
        ...game.contents.map((content) => {
          const warnings = content.warnings.length ? ` · ${pt("preview.pick.warnings", { count: content.warnings.length })}` : "";
          const value = refValue({ game: game.id, id: content.id });
          return h("option", { value, selected: selected !== null && refValue(selected) === value }, `${localize(content.title)} · ${pt("preview.pick.version", { version: content.version })}${warnings}`);
        }),
      ),
    ),
  );
  return h(
    "section",
    { class: "card preview-card", "aria-labelledby": "pick-title" },
    h("h2", { class: "card__title", id: "pick-title" }, pt("preview.pick.title")),
    total === 0 ? h("p", { class: "muted" }, pt("preview.pick.none")) : h("div", { class: "field" }, h("label", { class: "field__label", for: "preview-content" }, pt("preview.pick.label")), select),
  );
}

/** The files the server skipped, each with its problems. */
export function refusedCard(catalogue: Catalogue): HTMLElement {
  return h(
    "section",
    { class: "card preview-card", "aria-labelledby": "refused-title", "data-refused": catalogue.refused.length },
    h("h2", { class: "card__title", id: "refused-title" }, pt("preview.refused.title"), " ", h("span", { class: "pill pill--quiet" }, String(catalogue.refused.length))),
    catalogue.refused.length === 0
      ? h("p", { class: "muted" }, pt("preview.refused.none"))
      : h("ul", { class: "refused" }, ...catalogue.refused.map((refused) => h("li", { class: "refused__file" }, h("h3", { class: "refused__name" }, refused.file), problemList(refused.problems)))),
  );
}
