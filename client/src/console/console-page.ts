import { locale, localize, t } from "../i18n/index.ts";
import { advertisedOrigin, isLoopbackUrl, sessionContent, sessionInfo, type SessionInfo } from "../net/api.ts";
import { SessionConnection } from "../net/connection.ts";
import { writeSeat } from "../net/seat-store.ts";
import type { Page } from "../routes.ts";
import { shareCard } from "../screens/lobby.ts";
import { reconnectingBanner } from "../ui/banner.ts";
import { h } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { timerWidget } from "../ui/timer.ts";
import { showToast } from "../ui/toast.ts";
import type { Desk } from "./context.ts";
import { debriefCard } from "./debrief-panel.ts";
import { consoleLink, facilitatorToken, keepFacilitatorToken } from "./desk-store.ts";
import { flowCard } from "./flow-panel.ts";
import { gameDesk } from "./games/index.ts";
import { facilitatorLinkCard } from "./links.ts";
import { m } from "./messages.ts";
import { notesCard } from "./notes-panel.ts";
import { pageFrame, type PageFrame } from "./page.ts";
import { seatHandover } from "./desk-api.ts";
import { playersCard } from "./players-panel.ts";

type Stage = { kind: "connecting" } | { kind: "refused"; message: string } | { kind: "open"; desk: Desk; timer: HTMLElement };

/** The code in the query, and the token from the link's fragment (kept, then taken out of the address bar). */
function capability(): { code?: string; token?: string } {
  const code = new URLSearchParams(location.search).get("code")?.trim().toUpperCase() || undefined;
  const fromLink = new URLSearchParams(location.hash.slice(1)).get("token") ?? undefined;
  if (code && fromLink) {
    keepFacilitatorToken(code, fromLink);
    history.replaceState(null, "", `${location.pathname}${location.search}`);
  }
  return { code, token: code ? facilitatorToken(code) : undefined };
}

/** /console?code=...: the facilitator's console over the one connection service, joined as "facilitator". */
export class ConsolePage implements Page {
  private stage: Stage = { kind: "connecting" };
  private frame!: PageFrame;

  start(root: HTMLElement): void {
    this.frame = pageFrame(root, { title: () => m("fac.console.title"), view: () => this.view() });
    const { code, token } = capability();
    if (!code) return this.refuse(m("fac.console.noCode"));
    if (!token) return this.refuse(m("fac.console.noToken", { code }));
    this.frame.render();
    void this.open(code, token);
  }

  private refuse(message: string): void {
    this.stage = { kind: "refused", message };
    this.frame.render();
  }

  private async open(code: string, token: string): Promise<void> {
    try {
      const info = await sessionInfo(code);
      const [content, connection] = await Promise.all([sessionContent(code), SessionConnection.attend(code, locale, { seat: "facilitator", token })]);
      const timer = timerWidget(() => connection.state.timer, () => connection.clock.now());
      const desk: Desk = {
        connection,
        info,
        content,
        token,
        drafts: {},
        act: (kind, payload = {}) =>
          connection.send(kind, payload).then(
            () => true,
            (error: unknown) => {
              showToast(describeError(error));
              return false;
            },
          ),
        handovers: {},
        handOver: async (seat) => {
          try {
            desk.handovers[seat] = (await seatHandover(code, seat, token)).url;
          } catch (error) {
            showToast(describeError(error));
          }
          desk.render();
        },
        render: () => this.frame.render(),
      };
      connection.stateChanged.on(desk.render);
      connection.pendingChanged.on(desk.render);
      connection.statusChanged.on(desk.render);
      connection.closed.on((reason) => reason !== "left" && this.refuse(t(reason)));
      this.stage = { kind: "open", desk, timer: timer.element };
      this.frame.render();
    } catch (error) {
      this.refuse(describeError(error));
    }
  }

  private view(): HTMLElement {
    const stage = this.stage;
    if (stage.kind === "connecting") return h("p", { class: "screen muted", role: "status" }, m("fac.console.connecting"));
    if (stage.kind === "refused")
      return h("div", { class: "screen screen--narrow" }, h("section", { class: "card" }, h("p", { role: "alert", id: "console-refused" }, stage.message), h("a", { class: "button button--primary", href: "/facilitate" }, m("fac.nav.create"))));
    return this.console(stage.desk, stage.timer);
  }

  private console(desk: Desk, timer: HTMLElement): HTMLElement {
    const { info, connection } = desk;
    const game = gameDesk(info.game);
    const lobby = connection.state.status === "lobby";
    const joinUrl = info.joinUrl;
    return h(
      "div",
      { class: "screen desk-console" },
      connection.status === "reconnecting" ? reconnectingBanner() : null,
      isLoopbackUrl(joinUrl) ? h("p", { class: "desk-warning", role: "note", id: "loopback-warning" }, m("fac.console.loopback", { url: advertisedOrigin(info) })) : null,
      h(
        "div",
        { class: "screen__head desk-console__head" },
        h("p", { class: "eyebrow" }, `${localize(info.title)} · ${info.code}`),
        h("h1", { class: "screen__title" }, m("fac.console.title")),
        h(
          "div",
          { class: "actions" },
          h("a", { class: "button button--ghost button--small", href: `/screen?code=${info.code}`, target: "_blank", rel: "noopener", id: "open-screen" }, m("fac.nav.screen")),
          h("button", { type: "button", class: "button button--ghost button--small", id: "play-too", onclick: () => this.playToo(info, desk.token) }, m("fac.nav.play")),
        ),
      ),
      h(
        "div",
        { class: "desk-console__grid" },
        h("div", { class: "desk-console__main" }, flowCard(desk, timer), playersCard(desk, game), h("section", { class: "card desk-game", "aria-labelledby": "game-title" }, h("h2", { class: "card__title", id: "game-title" }, m("fac.game.title")), game ? game.powers(desk) : h("p", { class: "muted" }, m("fac.game.none")))),
        h("div", { class: "desk-console__side" }, ...(lobby ? [shareCard({ info, joinUrl }), notesCard(desk), debriefCard(desk)] : [notesCard(desk), debriefCard(desk), shareCard({ info, joinUrl })]), facilitatorLinkCard(consoleLink(advertisedOrigin(info), info.code, desk.token), info.code)),
      ),
    );
  }

  /** The player's app in a new tab, holding the facilitator token: it joins as a host player. */
  private playToo(info: SessionInfo, token: string): void {
    writeSeat(info.code, { facilitatorToken: token });
    window.open(`/?code=${info.code}`, "_blank");
  }
}
