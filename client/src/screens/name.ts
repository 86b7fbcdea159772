import { MAX_NAME_LENGTH } from "@sgp/shared";
import { localize, t } from "../i18n/index.ts";
import type { SessionInfo } from "../net/api.ts";
import { h } from "../ui/dom.ts";

export interface NameModel {
  info: SessionInfo;
  host: boolean;
  name: string;
  busy: boolean;
}

/** Asks a newcomer's name before taking a seat. */
export function nameScreen(model: NameModel, actions: { submit(name: string): Promise<void>; back(): void }, rerender: () => void): HTMLElement {
  const submit = async (event: Event) => {
    event.preventDefault();
    const name = model.name.trim();
    if (!name) return document.getElementById("player-name")?.focus();
    model.busy = true;
    rerender();
    await actions.submit(name).finally(() => {
      model.busy = false;
      rerender();
    });
  };
  return h(
    "div",
    { class: "screen screen--narrow" },
    h(
      "section",
      { class: "card card--name", "aria-labelledby": "name-title" },
      h("p", { class: "eyebrow" }, `${localize(model.info.title)} · ${t("name.session", { code: model.info.code })}`),
      h("h1", { class: "card__title card__title--big", id: "name-title" }, t("name.title")),
      h("p", { class: "card__lead" }, t("name.lead")),
      model.host ? h("p", { class: "note" }, t("name.hostNote")) : null,
      h(
        "form",
        { class: "stack", onsubmit: submit },
        h(
          "div",
          { class: "field" },
          h("label", { class: "field__label", for: "player-name" }, t("name.label")),
          h("input", {
            id: "player-name",
            class: "input",
            name: "name",
            value: model.name,
            maxlength: MAX_NAME_LENGTH,
            autocomplete: "nickname",
            required: true,
            "aria-describedby": "player-name-hint",
            oninput: (e: Event) => (model.name = (e.target as HTMLInputElement).value),
          }),
          h("p", { class: "field__hint", id: "player-name-hint" }, t("name.hint", { max: MAX_NAME_LENGTH })),
        ),
        h(
          "div",
          { class: "actions" },
          h("button", { class: "button button--ghost", type: "button", id: "name-back", onclick: actions.back }, t("name.back")),
          h("button", { class: "button button--primary", type: "submit", id: "name-submit", disabled: model.busy }, model.busy ? t("name.joining") : t("name.submit")),
        ),
      ),
    ),
  );
}
