import { localize } from "../i18n/index.ts";
import type { GameSummary } from "../net/api.ts";
import { h } from "../ui/dom.ts";
import type { StandTable } from "./api.ts";
import { kt } from "./i18n.ts";

export interface StaffModel {
  table: StandTable;
  game?: GameSummary;
  content: string;
  mode: string;
  busy: boolean;
}

export interface StaffActions {
  choose(content: string, mode: string): void;
  reset(): void;
  exit(): void;
  close(): void;
}

/** Big toggle buttons, one pressed: a choice without a drop-down. */
function choices(id: string, legend: string, options: { id: string; label: string }[], selected: string, pick: (id: string) => void): HTMLElement {
  return h(
    "fieldset",
    { class: "staff__choices" },
    h("legend", { class: "field__label" }, legend),
    ...options.map((option) => h("button", { type: "button", class: "staff__choice", id: `${id}-${option.id}`, "aria-pressed": String(option.id === selected), onclick: () => pick(option.id) }, option.label)),
  );
}

/** What the stand's staff may do on a tablet: the table's next game, a reset, leaving kiosk mode. */
export function staffPanel(model: StaffModel, actions: StaffActions, rerender: () => void): HTMLElement {
  const pick = (patch: Partial<StaffModel>) => {
    Object.assign(model, patch);
    rerender();
  };
  return h(
    "div",
    { class: "staff" },
    h("h2", { class: "card__title", id: "staff-title" }, kt("kiosk.staff.title", { table: localize(model.table.name) })),
    model.game
      ? h(
          "section",
          { class: "stack", "aria-labelledby": "staff-next" },
          h("h3", { id: "staff-next" }, kt("kiosk.staff.next"), " · ", localize(model.game.title)),
          choices("staff-content", kt("kiosk.staff.content"), model.game.contents.map((c) => ({ id: c.id, label: localize(c.title) })), model.content, (content) => pick({ content })),
          choices("staff-mode", kt("kiosk.staff.mode"), model.game.modes.map((m) => ({ id: m.id, label: localize(m.title) })), model.mode, (mode) => pick({ mode })),
          h("button", { type: "button", class: "button button--primary button--wide", id: "staff-apply", disabled: model.busy, onclick: () => actions.choose(model.content, model.mode) }, kt("kiosk.staff.apply")),
        )
      : null,
    h(
      "div",
      { class: "staff__actions" },
      h("button", { type: "button", class: "button button--secondary", id: "staff-reset", disabled: model.busy, onclick: actions.reset }, kt("kiosk.staff.reset")),
      h("button", { type: "button", class: "button button--ghost", id: "staff-exit", onclick: actions.exit }, kt("kiosk.staff.exit")),
      h("button", { type: "button", class: "button button--quiet", id: "staff-close", onclick: actions.close }, kt("kiosk.staff.close")),
    ),
  );
}
