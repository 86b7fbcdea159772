import { localize, t } from "../i18n/index.ts";
import type { GameSummary } from "../net/api.ts";
import { h } from "../ui/dom.ts";

const CODE_PATTERN = /^[A-HJ-NP-Z2-9]{6}$/;

export interface HomeActions {
  join(code: string): Promise<void>;
  create(choice: { game: string; content: string; mode: string }): Promise<void>;
}

/** What the create form remembers between renderings (a language switch re-renders it). */
export interface HomeModel {
  games: GameSummary[] | "loading";
  game?: string;
  content?: string;
  mode?: string;
  code: string;
  busy: boolean;
}

export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint && !control.hasAttribute("aria-describedby")) control.setAttribute("aria-describedby", `${id}-hint`);
  return h("div", { class: "field" }, h("label", { class: "field__label", for: id }, label), control, hint ? h("p", { class: "field__hint", id: `${id}-hint` }, hint) : null);
}

export function select(id: string, options: { value: string; label: string }[], selected: string, onChange: (value: string) => void): HTMLSelectElement {
  const element = h("select", { id, class: "select", onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) }, ...options.map((o) => h("option", { value: o.value, selected: o.value === selected }, o.label)));
  return element;
}

function joinCard(model: HomeModel, actions: HomeActions, rerender: () => void): HTMLElement {
  const error = h("p", { class: "field__error", id: "join-code-error", role: "alert" });
  const input = h("input", {
    id: "join-code",
    class: "input input--code",
    name: "code",
    value: model.code,
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    maxlength: 6,
    inputmode: "text",
    required: true,
    "aria-describedby": "join-code-hint join-code-error",
    oninput: (e: Event) => (model.code = (e.target as HTMLInputElement).value.toUpperCase().trim()),
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!CODE_PATTERN.test(model.code)) {
      error.textContent = t("home.join.invalid");
      input.setAttribute("aria-invalid", "true");
      return input.focus();
    }
    model.busy = true;
    rerender();
    await actions.join(model.code).finally(() => {
      model.busy = false;
      rerender();
    });
  };
  return h(
    "section",
    { class: "card card--join", "aria-labelledby": "join-title" },
    h("h2", { class: "card__title", id: "join-title" }, t("home.join.title")),
    h(
      "form",
      { class: "stack", onsubmit: submit, novalidate: true },
      field("join-code", t("home.join.code"), input, t("home.join.codeHint")),
      error,
      h("button", { class: "button button--primary button--wide", type: "submit", id: "join-submit", disabled: model.busy }, t("home.join.submit")),
    ),
  );
}

function createCard(model: HomeModel, actions: HomeActions, rerender: () => void): HTMLElement {
  const body: HTMLElement[] = [];
  if (model.games === "loading") body.push(h("p", { class: "muted", role: "status" }, t("home.create.loading")));
  else if (model.games.length === 0) body.push(h("p", { class: "muted" }, t("home.create.none")));
  else {
    const games = model.games;
    const game = games.find((g) => g.id === model.game) ?? games[0];
    const content = game.contents.find((c) => c.id === model.content) ?? game.contents[0];
    const mode = game.modes.find((m) => m.id === model.mode) ?? game.modes[0];
    Object.assign(model, { game: game.id, content: content?.id, mode: mode?.id });
    const choose = (patch: Partial<HomeModel>) => {
      Object.assign(model, patch);
      rerender();
    };
    const gameChoices = h(
      "fieldset",
      { class: "choices" },
      h("legend", { class: "field__label" }, t("home.create.game")),
      ...games.map((g) =>
        h(
          "label",
          { class: "choice", for: `game-${g.id}` },
          h("input", { type: "radio", name: "game", id: `game-${g.id}`, value: g.id, checked: g.id === game.id, onchange: () => choose({ game: g.id, content: undefined, mode: undefined }) }),
          h("span", { class: "choice__body" }, h("span", { class: "choice__title" }, localize(g.title)), h("span", { class: "choice__text" }, localize(g.summary))),
        ),
      ),
    );
    const players = (min: number, max: number) => (max === 1 ? t("home.create.onePlayer") : t("home.create.players", { min, max }));
    body.push(
      h(
        "form",
        {
          class: "stack",
          onsubmit: async (event: Event) => {
            event.preventDefault();
            choose({ busy: true });
            await actions.create({ game: game.id, content: content.id, mode: mode.id }).finally(() => choose({ busy: false }));
          },
        },
        gameChoices,
        h(
          "div",
          { class: "row" },
          field("create-content", t("home.create.content"), select("create-content", game.contents.map((c) => ({ value: c.id, label: localize(c.title) })), content.id, (v) => choose({ content: v }))),
          field("create-mode", t("home.create.mode"), select("create-mode", game.modes.map((m) => ({ value: m.id, label: localize(m.title) })), mode.id, (v) => choose({ mode: v })), players(mode.minPlayers, mode.maxPlayers)),
        ),
        h("button", { class: "button button--secondary button--wide", type: "submit", id: "create-submit", disabled: model.busy }, t("home.create.submit")),
      ),
    );
  }
  return h(
    "section",
    { class: "card card--create", "aria-labelledby": "create-title" },
    h("h2", { class: "card__title", id: "create-title" }, t("home.create.title")),
    h("p", { class: "card__lead" }, t("home.create.lead")),
    ...body,
  );
}

export function homeScreen(model: HomeModel, actions: HomeActions, rerender: () => void): HTMLElement {
  return h(
    "div",
    { class: "screen screen--home" },
    h("div", { class: "hero" }, h("h1", { class: "hero__title" }, t("home.title")), h("p", { class: "hero__lead" }, t("home.lead"))),
    h("div", { class: "home-grid" }, joinCard(model, actions, rerender), createCard(model, actions, rerender)),
  );
}
