import type { ModeDefinition, Seat } from "@sgp/shared";
import { localize, t } from "../i18n/index.ts";
import type { SessionInfo } from "../net/api.ts";
import type { SessionConnection } from "../net/connection.ts";
import { h } from "../ui/dom.ts";
import { qrImage } from "../ui/qr.ts";
import { seatList } from "../ui/seats.ts";
import { showToast } from "../ui/toast.ts";

export interface LobbyProps {
  connection: SessionConnection;
  info: SessionInfo;
  mode?: ModeDefinition;
  joinUrl: string;
  act(kind: string, payload?: unknown): void;
  leave(): void;
}

function actionButton(id: string, label: string, kind: string, props: LobbyProps, payload: unknown, style: string, extra: Record<string, string> = {}): HTMLButtonElement {
  const pending = props.connection.pendingKinds.has(kind);
  return h("button", { type: "button", id, class: `button ${style}`, "aria-busy": String(pending), disabled: pending, onclick: () => props.act(kind, payload), ...extra }, label);
}

/** How to invite: the code, the link and its QR code (also the console's and the big screen's). */
export function shareCard(props: Pick<LobbyProps, "info" | "joinUrl">): HTMLElement {
  const { code } = props.info;
  const copy = async () => {
    await navigator.clipboard?.writeText(props.joinUrl).catch(() => undefined);
    showToast(t("lobby.copied"), "info");
  };
  return h(
    "section",
    { class: "card card--share", "aria-labelledby": "share-title" },
    h("h2", { class: "card__title", id: "share-title" }, t("lobby.share")),
    h("p", { class: "card__lead" }, t("lobby.shareHint")),
    h("div", { class: "share" },
      h("div", { class: "share__code" },
        h("p", { class: "field__label", id: "code-label" }, t("lobby.code")),
        h("p", { class: "join-code", "aria-labelledby": "code-label", "data-testid": "join-code" }, ...[...code].map((c) => h("span", {}, c))),
        h("p", { class: "field__label" }, t("lobby.link")),
        h("p", { class: "share__link" }, h("a", { href: props.joinUrl, id: "join-link" }, props.joinUrl.replace(/^https?:\/\//, ""))),
        h("button", { type: "button", id: "copy-link", class: "button button--ghost button--small", onclick: copy }, t("lobby.copy")),
      ),
      qrImage(props.joinUrl, t("lobby.qr", { code })),
    ),
  );
}

/** How the game starts: by itself once everyone is ready, or when the facilitator decides. */
function startsHow(info: SessionInfo): string {
  return info.settings?.autoStart === false ? t("lobby.facilitatorStarts") : t("lobby.autoStart");
}

/** Alone at the table: no one to invite, nothing to wait for, one button. */
function soloCard(props: LobbyProps): HTMLElement {
  const host = props.connection.welcome.host;
  return h(
    "section",
    { class: "card card--players", "aria-labelledby": "solo-title" },
    h("h2", { class: "card__title", id: "solo-title" }, t("lobby.soloTitle")),
    h("p", { class: "card__lead" }, t("lobby.soloLead")),
    h(
      "div",
      { class: "actions actions--lobby" },
      host ? actionButton("start-game", t("lobby.soloStart"), "start", props, {}, "button--primary") : actionButton("ready-toggle", t("lobby.soloStart"), "ready", props, { ready: true }, "button--primary"),
      h("button", { type: "button", id: "leave-session", class: "button button--quiet", onclick: props.leave }, t("lobby.leave")),
    ),
  );
}

function playersCard(props: LobbyProps, seats: Seat[]): HTMLElement {
  const { connection, mode } = props;
  const me = connection.state.seats.get(connection.seatId);
  const host = connection.welcome.host;
  const ready = me?.ready ?? false;
  const max = mode?.maxPlayers ?? seats.length;
  return h(
    "section",
    { class: "card card--players", "aria-labelledby": "players-title" },
    h("div", { class: "card__head" }, h("h2", { class: "card__title", id: "players-title" }, t("lobby.players")), h("p", { class: "pill pill--quiet" }, t("lobby.count", { count: seats.length, max }))),
    seatList(seats, connection.seatId, connection.state.turn, "lobby"),
    mode ? h("p", { class: "muted small" }, `${t("lobby.needPlayers", { min: mode.minPlayers, max: mode.maxPlayers })} ${startsHow(props.info)}`) : null,
    h(
      "div",
      { class: "actions actions--lobby" },
      actionButton("ready-toggle", ready ? t("lobby.readyOff") : t("lobby.readyOn"), "ready", props, { ready: !ready }, ready ? "button--secondary" : "button--primary", { "aria-pressed": String(ready) }),
      host ? actionButton("start-game", t("lobby.start"), "start", props, {}, "button--secondary") : null,
      host ? actionButton("add-bot", t("lobby.addBot"), "bot.add", props, {}, "button--ghost") : null,
      h("button", { type: "button", id: "leave-session", class: "button button--quiet", onclick: props.leave }, t("lobby.leave")),
    ),
  );
}

/** The waiting room: who is there, how to invite others, ready and (for the host) start. */
export function lobbyScreen(props: LobbyProps): HTMLElement {
  const seats = [...props.connection.state.seats.values()].sort((a, b) => a.order - b.order);
  const solo = props.mode?.maxPlayers === 1;
  return h(
    "div",
    { class: "screen screen--lobby" },
    h("div", { class: "screen__head" }, h("p", { class: "eyebrow" }, [localize(props.info.title), props.mode ? localize(props.mode.title) : ""].filter(Boolean).join(" · ")), h("h1", { class: "screen__title" }, t(solo ? "lobby.soloHeading" : "lobby.title"))),
    solo ? h("div", { class: "lobby-solo" }, soloCard(props)) : h("div", { class: "lobby-grid" }, playersCard(props, seats), shareCard(props)),
  );
}
