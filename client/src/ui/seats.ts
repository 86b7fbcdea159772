import type { Seat } from "@sgp/shared";
import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

function initials(name: string): string {
  return [...name.trim()][0]?.toUpperCase() ?? "?";
}

/**
 * The people and bots at the table. Every state is written, never shown by colour alone:
 * the lobby lists ready and connection states, the table marks whose turn it is.
 */
export function seatList(seats: Seat[], mySeatId: string, turn: string, variant: "lobby" | "table"): HTMLElement {
  return h(
    "ul",
    { class: `seats seats--${variant}` },
    ...seats.map((seat) => {
      const bot = seat.controller === "bot";
      const isTurn = variant === "table" && seat.id === turn;
      return h(
        "li",
        { class: `seat${isTurn ? " seat--turn" : ""}${seat.id === mySeatId ? " seat--me" : ""}`, "data-seat": seat.id, "aria-current": isTurn ? "true" : null },
        h("span", { class: `avatar${bot ? " avatar--bot" : ""}`, style: seat.color ? `--seat-color:${seat.color}` : null, "aria-hidden": "true" }, bot ? "🤖" : initials(seat.name)),
        h(
          "span",
          { class: "seat__body" },
          h("span", { class: "seat__name" }, seat.name, seat.id === mySeatId ? h("span", { class: "seat__you" }, ` (${t("lobby.you")})`) : null),
          h(
            "span",
            { class: "seat__meta" },
            h("span", { class: "tag" }, bot ? t("lobby.bot") : t("lobby.human")),
            seat.host ? h("span", { class: "tag tag--host" }, t("lobby.host")) : null,
            bot ? null : h("span", { class: `presence presence--${seat.connected ? "on" : "off"}` }, seat.connected ? t("lobby.online") : t("lobby.offline")),
          ),
        ),
        variant === "lobby" ? h("span", { class: `status status--${seat.ready ? "ready" : "waiting"}` }, seat.ready ? t("lobby.ready") : t("lobby.notReady")) : null,
        isTurn ? h("span", { class: "status status--turn" }, seat.id === mySeatId ? t("game.yourTurn") : t("game.turnOf", { name: seat.name })) : null,
      );
    }),
  );
}
