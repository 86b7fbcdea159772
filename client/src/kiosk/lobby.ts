import { localize, t } from "../i18n/index.ts";
import type { LobbyProps } from "../screens/lobby.ts";
import { h } from "../ui/dom.ts";
import { seatList } from "../ui/seats.ts";
import { timerWidget } from "../ui/timer.ts";
import { kt } from "./i18n.ts";
import { nextColor, nextName } from "./profile.ts";

/** Stops the countdown of the lobby last rendered (the lobby is rendered again on every change). */
let disposeCountdown = () => {};

/**
 * The kiosk's waiting room: the visitor's generated name and colour, changed by tapping; one big
 * "Ready" button; the countdown after which bots fill the empty seats.
 */
export function kioskLobby(props: LobbyProps): HTMLElement {
  const { connection } = props;
  const seats = [...connection.state.seats.values()].sort((a, b) => a.order - b.order);
  const me = connection.state.seats.get(connection.seatId);
  const others = seats.filter((seat) => seat.id !== connection.seatId);
  const ready = me?.ready ?? false;
  const busy = (kind: string) => connection.pendingKinds.has(kind);
  disposeCountdown();
  const countdown = timerWidget(() => (connection.state.timer.phase === "lobby" ? connection.state.timer : undefined), () => connection.clock.now());
  disposeCountdown = countdown.dispose;
  const name = me?.name ?? "";
  const color = me?.color ?? "";
  const changeName = () => props.act("profile", { name: nextName(name, others.map((s) => s.name)) });
  const changeColor = () => props.act("profile", { color: nextColor(color, others.map((s) => s.color)) });
  return h(
    "div",
    { class: "screen kiosk-lobby" },
    h("div", { class: "screen__head" }, h("p", { class: "eyebrow" }, [localize(props.info.title), props.mode ? localize(props.mode.title) : ""].filter(Boolean).join(" · ")), h("h1", { class: "screen__title" }, kt("kiosk.lobby.title"))),
    h(
      "section",
      { class: "card kiosk-me", "aria-labelledby": "kiosk-me-title" },
      h("h2", { class: "card__title", id: "kiosk-me-title" }, kt("kiosk.lobby.you")),
      h(
        "div",
        { class: "kiosk-me__id" },
        h("button", { type: "button", id: "kiosk-color", class: "kiosk-me__avatar", style: `--seat-color:${color}`, "aria-label": kt("kiosk.lobby.color"), disabled: busy("profile"), onclick: changeColor }, [...name][0] ?? "?"),
        h("button", { type: "button", id: "kiosk-name", class: "kiosk-me__name", "aria-label": kt("kiosk.lobby.name", { name }), disabled: busy("profile"), onclick: changeName }, name, h("span", { class: "kiosk-me__cycle", "aria-hidden": "true" }, "↻")),
      ),
      h("button", { type: "button", id: "kiosk-ready", class: `button kiosk-ready ${ready ? "button--secondary" : "button--primary"}`, "aria-pressed": String(ready), disabled: busy("ready"), onclick: () => props.act("ready", { ready: !ready }) }, ready ? kt("kiosk.lobby.waiting") : kt("kiosk.lobby.ready")),
      h("div", { class: "kiosk-countdown" }, h("span", {}, kt("kiosk.lobby.countdown")), countdown.element),
    ),
    h("section", { class: "card kiosk-table", "aria-labelledby": "kiosk-table-title" }, h("h2", { class: "card__title", id: "kiosk-table-title" }, t("lobby.players")), seatList(seats, connection.seatId, connection.state.turn, "lobby"), h("p", { class: "muted" }, kt("kiosk.lobby.bots"))),
  );
}
