import type { Seat } from "@sgp/shared";
import { h } from "../ui/dom.ts";
import { qrImage } from "../ui/qr.ts";
import { commandButton, draftInput, seatsInOrder, type Desk, type GameDesk } from "./context.ts";
import { m } from "./messages.ts";

function rowForm(desk: Desk, seat: Seat, action: "rename" | "kick"): HTMLElement {
  const id = `${action}-${seat.id}`;
  const close = () => {
    desk.editing = undefined;
    delete desk.drafts[id];
    desk.render();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const value = (desk.drafts[id] ?? "").trim();
    const done = action === "rename" ? value !== "" && (await desk.act("rename", { seat: seat.id, name: value })) : await desk.act("kick", { seat: seat.id, reason: value });
    if (done) close();
  };
  return h(
    "form",
    { class: "inline-form", onsubmit: submit },
    h("label", { class: "field__label", for: id }, action === "rename" ? m("fac.players.renameLabel", { name: seat.name }) : m("fac.players.kickLabel", { name: seat.name })),
    draftInput(desk, id, { maxlength: action === "rename" ? 24 : 200, required: action === "rename" }),
    h("button", { type: "submit", class: `button button--small ${action === "kick" ? "button--danger" : "button--primary"}`, id: `${id}-submit` }, action === "rename" ? m("fac.players.save") : m("fac.players.kickConfirm", { name: seat.name })),
    h("button", { type: "button", class: "button button--small button--quiet", onclick: close }, m("fac.players.cancel")),
  );
}

function rowActions(desk: Desk, seat: Seat): HTMLElement {
  if (desk.editing?.seat === seat.id) return rowForm(desk, seat, desk.editing.action);
  const open = (action: "rename" | "kick") => () => {
    desk.editing = { seat: seat.id, action };
    desk.render();
    document.getElementById(`${action}-${seat.id}`)?.focus();
  };
  const human = seat.controller === "human";
  const handover = desk.handovers[seat.id];
  const canHandOver = !human && desk.connection.state.status === "playing";
  return h(
    "div",
    { class: "row-actions" },
    canHandOver && handover ? handoverLink(seat, handover) : null,
    canHandOver && !handover ? h("button", { type: "button", class: "button button--small button--ghost", id: `handover-${seat.id}`, onclick: () => void desk.handOver(seat.id) }, m("fac.players.handover")) : null,
    h("button", { type: "button", class: "button button--small button--ghost", id: `rename-${seat.id}-open`, onclick: open("rename") }, m("fac.players.rename")),
    human ? commandButton(desk, `bot-${seat.id}`, m("fac.players.toBot"), "seat.bot", { seat: seat.id }, "button--small button--ghost") : null,
    human ? h("button", { type: "button", class: "button button--small button--danger", id: `kick-${seat.id}-open`, onclick: open("kick") }, m("fac.players.kick")) : null,
  );
}

/** The link (and its QR code) that gives this robot's seat to the person the facilitator shows it to. */
function handoverLink(seat: Seat, url: string): HTMLElement {
  return h(
    "div",
    { class: "handover", id: `handover-${seat.id}-link` },
    h("p", { class: "field__hint" }, m("fac.players.handoverHint", { name: seat.name })),
    h("a", { href: url, class: "share__link" }, url.replace(/^https?:\/\//, "")),
    qrImage(url, m("fac.players.handoverQr", { name: seat.name })),
  );
}

function row(desk: Desk, seat: Seat, game?: GameDesk): HTMLElement {
  const bot = seat.controller === "bot";
  const playing = desk.connection.state.status === "playing";
  const secrets = game?.secrets?.(desk, seat) ?? null;
  return h(
    "tr",
    { "data-seat": seat.id },
    h("th", { scope: "row" }, h("span", { class: "seat__name" }, seat.name), secrets),
    h("td", {}, seat.id),
    h("td", {}, seat.role ? (game?.roleName?.(desk, seat.role) ?? seat.role) : "—"),
    h("td", {}, bot ? h("span", { class: "tag" }, m("fac.players.bot")) : h("span", { class: `presence presence--${seat.connected ? "on" : "off"}` }, seat.connected ? m("fac.players.online") : m("fac.players.offline"))),
    h("td", {}, playing ? h("span", { class: `status status--${seat.done ? "ready" : "waiting"}` }, seat.done ? m("fac.players.done") : m("fac.players.acting")) : "—"),
    h("td", {}, rowActions(desk, seat)),
  );
}

/** Everyone at the table: seat, role, connection, done or not in this step; moderation per row. */
export function playersCard(desk: Desk, game?: GameDesk): HTMLElement {
  const seats = seatsInOrder(desk);
  const head = ["fac.players.name", "fac.players.seat", "fac.players.role", "fac.players.connection", "fac.players.phase", "fac.players.actions"] as const;
  return h(
    "section",
    { class: "card desk-players", "aria-labelledby": "players-title" },
    h(
      "div",
      { class: "card__head" },
      h("h2", { class: "card__title", id: "players-title" }, m("fac.players.title")),
      desk.connection.state.status === "lobby" ? commandButton(desk, "fac-add-bot", m("fac.players.addBot"), "bot.add", {}, "button--ghost button--small") : null,
    ),
    seats.length === 0
      ? h("p", { class: "muted" }, m("fac.players.none"))
      : h("div", { class: "table-wrap" }, h("table", { class: "table desk-table", id: "players-table" }, h("thead", {}, h("tr", {}, ...head.map((key) => h("th", { scope: "col" }, m(key))))), h("tbody", {}, ...seats.map((seat) => row(desk, seat, game))))),
  );
}
