import type { MountedGame } from "../games/phaser-host.ts";
import { loadGameClient } from "../games/registry.ts";
import { known, m } from "../console/messages.ts";
import { locale, localize, t } from "../i18n/index.ts";
import { fetchReport, sessionContent, type LocalizedReport, type SessionInfo } from "../net/api.ts";
import type { SessionConnection } from "../net/connection.ts";
import { qrImage } from "../ui/qr.ts";
import { reportView } from "../screens/report.ts";
import { h } from "../ui/dom.ts";
import type { Seat } from "@sgp/shared";
import { timerWidget } from "../ui/timer.ts";

/**
 * One session on the big screen, joined as a "screen" seat (which the server sends no secret):
 * the join code and QR code in the lobby, the game's own scenes while playing, the debrief once revealed.
 */
export class ScreenView {
  private readonly timer;
  private game?: MountedGame | null | "loading";
  private report?: LocalizedReport | "loading";
  /** Whether the debrief was revealed when the report shown was fetched. */
  private reportRevealed = false;

  constructor(
    private readonly connection: SessionConnection,
    private readonly info: SessionInfo,
    private readonly render: () => void,
  ) {
    this.timer = timerWidget(() => connection.state.timer, () => connection.clock.now());
  }

  dispose(): void {
    this.timer.dispose();
    if (this.game && this.game !== "loading") this.game.destroy();
    void this.connection.leave().catch(() => undefined);
  }

  view(): HTMLElement {
    const state = this.connection.state;
    const seats = [...state.seats.values()].sort((a, b) => a.order - b.order);
    const phase = state.status === "playing" ? [known("fac.phase.", state.phase), state.round > 0 ? m("fac.flow.round", { round: state.round }) : ""].filter(Boolean).join(" · ") : known("fac.status.", state.status);
    return h(
      "div",
      { class: `big-screen big-screen--${state.status}`, "data-status": state.status },
      h("header", { class: "big-screen__bar" }, h("p", { class: "big-screen__game" }, localize(this.info.title)), h("p", { class: "big-screen__phase", id: "screen-phase" }, phase), this.timer.element),
      fullScreenButton(this.render),
      state.status === "lobby"
        ? this.lobby(seats)
        : state.status === "playing"
          ? h("div", { class: "big-screen__table" }, this.stage(), h("aside", { class: "big-screen__players", "aria-label": t("game.players") }, names(seats)))
          : h("div", { class: "big-screen__end" }, this.debrief()),
    );
  }

  /** Everyone can read it from the back of the room: the code, the QR code, who has joined. */
  private lobby(seats: Seat[]): HTMLElement {
    const { code, joinUrl } = this.info;
    return h(
      "div",
      { class: "big-screen__lobby" },
      h(
        "div",
        { class: "big-screen__invite" },
        h("h1", { class: "big-screen__title" }, m("fac.screen.join")),
        h("p", { class: "big-screen__code", "data-testid": "join-code", "aria-label": t("lobby.code") }, ...[...code].map((c) => h("span", {}, c))),
        h("p", { class: "big-screen__link" }, joinUrl.replace(/^https?:\/\//, "")),
        names(seats),
      ),
      qrImage(joinUrl, t("lobby.qr", { code })),
    );
  }

  /** The game's board: its client scenes over the screen's connection (which may send nothing). */
  private stage(): HTMLElement {
    if (this.game === undefined) {
      this.game = "loading";
      void Promise.all([loadGameClient(this.info.game), sessionContent(this.info.code), import("../games/phaser-host.ts")]).then(([client, content, { mountGame }]) => {
        this.game = client ? mountGame(client, this.connection, content, () => Promise.resolve(false)) : null;
        this.render();
      });
    }
    if (this.game && this.game !== "loading") return h("div", { class: "big-screen__stage" }, this.game.element);
    return h("p", { class: "big-screen__stage muted" }, this.game === "loading" ? t("game.loading") : t("game.noClient"));
  }

  /** The debrief comes by itself at the end, unless the facilitator holds it back until they show it. */
  private debrief(): HTMLElement {
    const revealed = this.connection.state.debriefRevealed;
    const held = this.info.settings?.holdDebrief === true && !revealed;
    if (held) return h("p", { class: "big-screen__title" }, m("fac.screen.finished"));
    const token = this.connection.reportToken;
    // Fetched again once the debrief is revealed: the notes shared with the players come with it.
    if (token && this.report !== "loading" && (!this.report || this.reportRevealed !== revealed)) {
      this.reportRevealed = revealed;
      this.report = "loading";
      void fetchReport(this.info.code, token, locale())
        .then((report) => (this.report = report))
        .catch(() => (this.report = undefined))
        .finally(this.render);
    }
    return this.report && this.report !== "loading" ? h("section", { class: "card card--report" }, reportView(this.report)) : h("p", { class: "muted", role: "status" }, t("end.loading"));
  }
}

/** The screen's one button: full screen, gone once the page is full screen. */
function fullScreenButton(render: () => void): HTMLElement | null {
  if (document.fullscreenElement || !document.fullscreenEnabled) return null;
  const enter = () => void document.documentElement.requestFullscreen().then(render, () => undefined);
  return h("button", { type: "button", class: "big-screen__fullscreen", id: "fullscreen", onclick: enter }, m("fac.screen.fullscreen"));
}

/** Who is at the table, as large as the room needs: names in their seat colours, robots marked. */
function names(seats: Seat[]): HTMLElement {
  return h(
    "ul",
    { class: "big-screen__names" },
    ...seats.map((seat) => h("li", { class: "big-screen__name", style: `--seat-color: ${seat.color}` }, seat.controller === "bot" ? `${seat.name} · ${t("lobby.bot")}` : seat.name)),
  );
}
