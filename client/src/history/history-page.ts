import { consoleLink, facilitatorClaims, facilitatorToken, forgetFacilitatorToken } from "../console/desk-store.ts";
import { adminSessions, deleteSession, gameCatalogue, sessionHistory, type SessionSummary } from "../console/desk-api.ts";
import { known, m } from "../console/messages.ts";
import { pageFrame, type PageFrame } from "../console/page.ts";
import { locale, localize } from "../i18n/index.ts";
import type { GameSummary } from "../net/api.ts";
import type { Page } from "../routes.ts";
import type { LocalizedText } from "@sgp/shared";
import { h } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { showToast } from "../ui/toast.ts";

interface Model {
  mine: SessionSummary[] | "loading";
  all?: SessionSummary[];
  password: string;
  games: GameSummary[];
}

const isText = (value: unknown): value is LocalizedText => typeof value === "string" || (typeof value === "object" && value !== null && "fr" in value);

/** /history: the sessions this browser's facilitator tokens prove; every session with the admin password. */
export class HistoryPage implements Page {
  private readonly model: Model = { mine: "loading", password: "", games: [] };
  private frame!: PageFrame;

  start(root: HTMLElement): void {
    this.frame = pageFrame(root, { title: () => m("fac.history.title"), view: () => this.view() });
    this.frame.render();
    void gameCatalogue().then(({ games }) => (this.model.games = games)).catch(() => undefined).finally(() => this.frame.render());
    void this.loadMine();
  }

  private async loadMine(): Promise<void> {
    try {
      this.model.mine = await sessionHistory(facilitatorClaims());
    } catch (error) {
      this.model.mine = [];
      showToast(describeError(error));
    }
    this.frame.render();
  }

  private async loadAll(): Promise<void> {
    try {
      this.model.all = await adminSessions(this.model.password);
    } catch (error) {
      showToast(describeError(error));
    }
    this.frame.render();
  }

  private async remove(session: SessionSummary, secret: string): Promise<void> {
    if (!confirm(m("fac.history.deleteConfirm", { code: session.code }))) return;
    try {
      await deleteSession(session.code, secret);
      forgetFacilitatorToken(session.code);
      showToast(m("fac.history.deleted", { code: session.code }), "info");
      await Promise.all([this.loadMine(), this.model.all ? this.loadAll() : undefined]);
    } catch (error) {
      showToast(describeError(error));
    }
  }

  private table(sessions: SessionSummary[], id: string, admin: boolean): HTMLElement {
    const gameTitle = (game: string) => {
      const found = this.model.games.find((g) => g.id === game);
      return found ? localize(found.title) : game;
    };
    const modeTitle = (game: string, mode: string) => {
      const found = this.model.games.find((g) => g.id === game)?.modes.find((md) => md.id === mode);
      return found ? localize(found.title) : mode;
    };
    const date = new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" });
    const head = ["fac.history.code", "fac.history.game", "fac.history.content", "fac.history.mode", "fac.history.status", "fac.history.created", "fac.history.links"] as const;
    return h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "table", id },
        h("thead", {}, h("tr", {}, ...head.map((key) => h("th", { scope: "col" }, m(key))))),
        h(
          "tbody",
          {},
          ...sessions.map((s) => {
            const token = facilitatorToken(s.code);
            const secret = admin ? this.model.password : token;
            return h(
              "tr",
              { "data-code": s.code },
              h("th", { scope: "row" }, s.code),
              h("td", {}, gameTitle(s.game)),
              h("td", {}, isText(s.contentTitle) ? localize(s.contentTitle) : s.content),
              h("td", {}, modeTitle(s.game, s.mode)),
              h("td", {}, h("span", { class: `pill status-pill status-pill--${s.status}` }, known("fac.status.", s.status))),
              h("td", {}, date.format(s.createdAt)),
              h(
                "td",
                {},
                h(
                  "span",
                  { class: "row-actions" },
                  token ? h("a", { class: "button button--small button--ghost", href: consoleLink(new URL(s.reportUrl).origin, s.code, token) }, m("fac.history.console")) : null,
                  // The players' report is there once the game is over (the console has the facilitator's before).
                  s.status === "finished" ? h("a", { class: "button button--small button--ghost", href: `${s.reportUrl}&lang=${locale()}`, target: "_blank", rel: "noopener" }, m("fac.history.report")) : null,
                  secret ? h("button", { type: "button", class: "button button--small button--danger", id: `delete-${s.code}`, onclick: () => void this.remove(s, secret) }, m("fac.history.delete")) : null,
                ),
              ),
            );
          }),
        ),
      ),
    );
  }

  private view(): HTMLElement {
    const { mine, all } = this.model;
    const submit = (event: Event) => {
      event.preventDefault();
      void this.loadAll();
    };
    return h(
      "div",
      { class: "screen desk-history" },
      h("div", { class: "screen__head" }, h("h1", { class: "screen__title" }, m("fac.history.title")), h("p", { class: "hero__lead" }, m("fac.history.lead"))),
      h(
        "section",
        { class: "card" },
        mine === "loading" ? h("p", { class: "muted", role: "status" }, m("fac.history.loading")) : mine.length === 0 ? h("p", { class: "muted" }, m("fac.history.empty")) : this.table(mine, "history-mine", false),
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "admin-title" },
        h("h2", { class: "card__title", id: "admin-title" }, m("fac.history.admin")),
        h(
          "form",
          { class: "inline-form", onsubmit: submit },
          h("label", { class: "field__label", for: "admin-password" }, m("fac.history.password")),
          h("input", { id: "admin-password", class: "input", type: "password", autocomplete: "current-password", value: this.model.password, oninput: (e: Event) => (this.model.password = (e.target as HTMLInputElement).value) }),
          h("button", { type: "submit", class: "button button--secondary", id: "admin-show" }, m("fac.history.showAll")),
        ),
        all ? this.table(all, "history-all", true) : null,
      ),
    );
  }
}
