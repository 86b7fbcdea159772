import { localize, t } from "../i18n/index.ts";
import type { SessionInfo } from "../net/api.ts";
import type { SessionConnection } from "../net/connection.ts";
import { h, renderInto } from "../ui/dom.ts";
import { seatList } from "../ui/seats.ts";
import { timerWidget } from "../ui/timer.ts";

export interface GameFrame {
  element: HTMLElement;
  /** Refreshes the bar and the players list from the state. */
  update(): void;
  dispose(): void;
}

/**
 * The frame around a game's canvas: what is going on (game, round, whose turn), the timer, the
 * players, and the game's own HTML panels.
 */
export function gameFrame(connection: SessionConnection, info: SessionInfo, stage: HTMLElement, panels: HTMLElement[]): GameFrame {
  const timer = timerWidget(() => connection.state.timer, () => connection.clock.now());
  const status = h("p", { class: "gamebar__status", role: "status" });
  const round = h("span", { class: "gamebar__round" });
  const players = h("div", { class: "game-players" });
  const element = h(
    "div",
    { class: "screen screen--game" },
    h("div", { class: "gamebar" }, h("div", { class: "gamebar__title" }, h("span", { class: "gamebar__game" }, localize(info.title)), round), status, timer.element),
    h("div", { class: "game-layout" }, h("div", { class: "game-main", role: "region", "aria-label": t("game.board") }, stage), h("aside", { class: "game-side", "aria-label": t("game.players") }, players, ...panels)),
  );
  const update = () => {
    const state = connection.state;
    const seats = [...state.seats.values()].sort((a, b) => a.order - b.order);
    const turnSeat = state.turn ? state.seats.get(state.turn) : undefined;
    status.textContent = !turnSeat ? "" : turnSeat.id === connection.seatId ? t("game.yourTurn") : t("game.turnOf", { name: turnSeat.name });
    status.classList.toggle("gamebar__status--mine", turnSeat?.id === connection.seatId);
    round.textContent = state.round > 0 ? t("game.round", { round: state.round }) : "";
    renderInto(players, seatList(seats, connection.seatId, state.turn, "table"));
  };
  update();
  return { element, update, dispose: timer.dispose };
}
