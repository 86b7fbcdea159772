import type { Deck } from "@sgp/game-evalophobia/content";
import type { Blocker, EvaloState, LeverProposal } from "@sgp/game-evalophobia/state";
import { localize } from "../../i18n/index.ts";
import { h } from "../../ui/dom.ts";
import { commandButton, draftInput, secretBadge, seatName, type Desk, type GameDesk } from "../context.ts";
import { m } from "../messages.ts";

const stateOf = (desk: Desk) => desk.connection.state as unknown as EvaloState;
const deckOf = (desk: Desk) => desk.content as Deck;
const reasonTitle = (desk: Desk, id: string) => {
  const reason = deckOf(desk).reasons.find((r) => r.id === id);
  return reason ? localize(reason.title) : id;
};
const leverTitle = (desk: Desk, id: string) => {
  const lever = deckOf(desk).levers.find((l) => l.id === id);
  return lever ? localize(lever.title) : id;
};

/** A tie at the vote's cut-off, drawn by the RNG: the facilitator may swap a tied reason for another. */
function tieForm(desk: Desk, state: EvaloState): HTMLElement | null {
  if (state.tie.length === 0 || !state.tieDrawn) return null;
  const blockers = new Set(state.blockers.map((b) => b.reason));
  const out = state.tie.filter((r) => blockers.has(r));
  const candidates = state.tie.filter((r) => !blockers.has(r));
  if (out.length === 0 || candidates.length === 0) return null;
  desk.drafts["tie-out"] ??= out[0];
  desk.drafts["tie-in"] ??= candidates[0];
  const choice = (id: "tie-out" | "tie-in", label: string, ids: string[]) =>
    h(
      "span",
      { class: "field" },
      h("label", { class: "field__label", for: id }, label),
      h("select", { id, class: "select", onchange: (e: Event) => (desk.drafts[id] = (e.target as HTMLSelectElement).value) }, ...ids.map((r) => h("option", { value: r, selected: desk.drafts[id] === r }, reasonTitle(desk, r)))),
    );
  return h(
    "div",
    { class: "desk-block" },
    h("h3", {}, m("fac.evalo.tie")),
    h("p", { class: "muted" }, m("fac.evalo.tieHint", { reasons: out.map((r) => reasonTitle(desk, r)).join(", ") })),
    h("div", { class: "inline-form" }, choice("tie-out", m("fac.evalo.out"), out), choice("tie-in", m("fac.evalo.in"), candidates), commandButton(desk, "tie-settle", m("fac.evalo.settle"), "settle", { out: desk.drafts["tie-out"], in: desk.drafts["tie-in"] })),
  );
}

function proposalItem(desk: Desk, proposal: LeverProposal): HTMLElement {
  return h(
    "li",
    { class: "desk-proposal", "data-proposal": proposal.id },
    h("span", {}, m("fac.evalo.proposal", { lever: leverTitle(desk, proposal.lever), name: seatName(desk, proposal.by) })),
    proposal.matched ? h("span", { class: "tag" }, m("fac.evalo.matched")) : null,
    h("span", { class: `status status--${proposal.status === "accepted" ? "ready" : "waiting"}` }, m(`fac.evalo.status.${proposal.status}` as "fac.evalo.status.pending")),
    proposal.status === "pending"
      ? h(
          "span",
          { class: "row-actions" },
          commandButton(desk, `accept-${proposal.id}`, m("fac.evalo.accept"), "decide", { proposal: proposal.id, accept: true }, "button--small button--primary"),
          commandButton(desk, `reject-${proposal.id}`, m("fac.evalo.reject"), "decide", { proposal: proposal.id, accept: false }, "button--small button--ghost"),
        )
      : null,
  );
}

function blockerItem(desk: Desk, blocker: Blocker): HTMLElement {
  const green = blocker.proposals.some((p) => p.status === "accepted");
  const noteId = `note-${blocker.reason}`;
  desk.drafts[noteId] ??= blocker.note;
  return h(
    "li",
    { class: "desk-blocker" },
    h("p", {}, h("strong", {}, reasonTitle(desk, blocker.reason)), " ", h("span", { class: `light light--${green ? "green" : "red"}` }, green ? m("fac.evalo.green") : m("fac.evalo.red")), " ", h("span", { class: "muted" }, m("fac.evalo.votes", { votes: blocker.votes, plusOnes: blocker.plusOnes }))),
    blocker.proposals.length ? h("ul", { class: "desk-proposals" }, ...[...blocker.proposals].map((p) => proposalItem(desk, p))) : null,
    h(
      "div",
      { class: "inline-form" },
      h("label", { class: "field__label", for: noteId }, m("fac.evalo.note", { reason: reasonTitle(desk, blocker.reason) })),
      draftInput(desk, noteId, { maxlength: 280 }),
      commandButton(desk, `annotate-${blocker.reason}`, m("fac.evalo.annotate"), "annotate", { blocker: blocker.reason, note: desk.drafts[noteId] ?? "" }, "button--small button--ghost"),
    ),
  );
}

/** Evalophobia: settle a tie, accept or reject a lever for the group, annotate blockers; hand counts, never hands. */
export const evalophobiaDesk: GameDesk = {
  powers(desk) {
    const state = stateOf(desk);
    return h(
      "div",
      { class: "stack" },
      h("p", { class: "muted" }, m("fac.evalo.board", { count: state.board.length })),
      tieForm(desk, state),
      h("h3", {}, m("fac.evalo.blockers")),
      state.blockers.length ? h("ul", { class: "desk-blockers" }, ...[...state.blockers].map((b) => blockerItem(desk, b))) : h("p", { class: "muted" }, m("fac.evalo.noBlockers")),
    );
  },
  secrets(desk, seat) {
    const player = stateOf(desk).players?.get(seat.id);
    if (!player) return null;
    return h("span", { class: "secret", "data-secret": "hand-count" }, secretBadge(), " ", m("fac.secret.hands"), " : ", m("fac.secret.handCount", { reasons: player.reasonCount, levers: player.leverCount }));
  },
};
