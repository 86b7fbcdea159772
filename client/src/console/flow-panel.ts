import type { Desk } from "./context.ts";
import { commandButton } from "./context.ts";
import { h } from "../ui/dom.ts";
import { known, m } from "./messages.ts";
import { seatsInOrder } from "./context.ts";

const EXTENSIONS_MIN = [1, 2, 5, 10];

/** The phase, its timer and the controls of the flow: start, pause or resume, extend, skip, end. */
export function flowCard(desk: Desk, timer: HTMLElement): HTMLElement {
  const state = desk.connection.state;
  const status = state.status;
  const hasTimer = state.timer.endsAt > 0 || state.timer.paused;
  const waiting = seatsInOrder(desk).filter((seat) => !seat.done && seat.controller === "human");
  const extendId = "extend-by";
  desk.drafts[extendId] ??= "60";
  const controls =
    status === "lobby"
      ? [commandButton(desk, "fac-start", m("fac.flow.start"), "start", {}, "button--primary")]
      : status === "playing"
        ? [
            state.timer.paused ? commandButton(desk, "fac-resume", m("fac.flow.resume"), "resume", {}, "button--primary") : commandButton(desk, "fac-pause", m("fac.flow.pause"), "pause", {}, "button--secondary", { disabled: !hasTimer }),
            h(
              "span",
              { class: "inline-form" },
              h("label", { class: "visually-hidden", for: extendId }, m("fac.flow.extendBy")),
              h("select", { id: extendId, class: "select select--small", onchange: (e: Event) => (desk.drafts[extendId] = (e.target as HTMLSelectElement).value) }, ...EXTENSIONS_MIN.map((min) => h("option", { value: String(min * 60), selected: desk.drafts[extendId] === String(min * 60) }, m("fac.flow.minutes", { count: min })))),
              commandButton(desk, "fac-extend", m("fac.flow.extend"), "extend", () => ({ seconds: Number(desk.drafts[extendId]) }), "button--ghost", { disabled: !hasTimer }),
            ),
            commandButton(desk, "fac-skip", m("fac.flow.skip"), "skip", {}, "button--secondary"),
            h("button", { type: "button", id: "fac-end", class: "button button--danger", onclick: () => confirm(m("fac.flow.endConfirm")) && void desk.act("end") }, m("fac.flow.end")),
          ]
        : [];
  return h(
    "section",
    { class: "card desk-flow", "aria-labelledby": "flow-title" },
    h("div", { class: "card__head" }, h("h2", { class: "card__title", id: "flow-title" }, m("fac.flow.title")), h("p", { class: `pill status-pill status-pill--${status}`, id: "session-status" }, known("fac.status.", status))),
    status === "playing"
      ? h(
          "div",
          { class: "desk-flow__now" },
          h("p", { class: "desk-flow__phase", id: "current-phase", "data-phase": state.phase }, m("fac.flow.phase", { phase: known("fac.phase.", state.phase) })),
          state.round > 0 ? h("p", { class: "muted" }, m("fac.flow.round", { round: state.round })) : null,
          hasTimer ? timer : h("p", { class: "muted" }, m("fac.flow.noTimer")),
          h("p", { class: "muted", id: "waiting-for" }, waiting.length ? m("fac.flow.waiting", { names: waiting.map((s) => s.name).join(", ") }) : m("fac.flow.allDone")),
        )
      : null,
    h("div", { class: "actions" }, ...controls),
  );
}
