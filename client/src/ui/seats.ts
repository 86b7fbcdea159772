import type { Seat } from "@sgp/shared";
import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

const BOT_ICON =
  '<svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><rect x="4" y="7" width="16" height="12" rx="3"/><path d="M12 3v4M9 12h.01M15 12h.01M9 16h6"/></svg>';

function botAvatar(): HTMLElement {
  const avatar = h("span", { class: "avatar avatar--bot", "aria-hidden": "true" });
  avatar.innerHTML = BOT_ICON;
  return avatar;
}

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
        bot ? botAvatar() : h("span", { class: "avatar", style: seat.color ? `--seat-color:${seat.color}` : null, "aria-hidden": "true" }, initials(seat.name)),
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
            isTurn ? h("span", { class: "tag tag--turn" }, t("game.turnTag")) : null,
          ),
        ),
        variant === "lobby" ? h("span", { class: `status status--${seat.ready ? "ready" : "waiting"}` }, seat.ready ? t("lobby.ready") : t("lobby.notReady")) : null,
      );
    }),
  );
}
