import { localize } from "../i18n/index.ts";
import { createSeries, createSession, sessionInfo, type CreatedSeries, type CreatedSession, type SessionInfo } from "../net/api.ts";
import type { Page } from "../routes.ts";
import { field, select } from "../screens/home.ts";
import { shareCard } from "../screens/lobby.ts";
import { h } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { showToast } from "../ui/toast.ts";
import { gameCatalogue, type Catalogue } from "./desk-api.ts";
import { consoleLink, keepFacilitatorToken } from "./desk-store.ts";
import { facilitatorLinkCard } from "./links.ts";
import { m } from "./messages.ts";
import { pageFrame, type PageFrame } from "./page.ts";
import { settingsFields, type SettingValues } from "./settings-form.ts";

/** A facilitated session starts on the facilitator's command, whoever is ready. */
const FACILITATED: SettingValues = { autoStart: false };

interface Model {
  catalogue: Catalogue | "loading" | "failed";
  game?: string;
  content?: string;
  mode?: string;
  values: SettingValues;
  /** How many tables to create on one seed (a series when more than one). */
  tables: number;
  busy: boolean;
  created?: { session: CreatedSession; info: SessionInfo };
  series?: CreatedSeries;
}

/** /facilitate: choose a game, its content, mode and settings; then the code, link, QR and the facilitator's link. */
export class FacilitatePage implements Page {
  private readonly model: Model = { catalogue: "loading", values: { ...FACILITATED }, tables: 1, busy: false };
  private frame!: PageFrame;

  start(root: HTMLElement): void {
    this.frame = pageFrame(root, { title: () => m("fac.create.title"), view: () => this.view() });
    this.frame.render();
    void gameCatalogue()
      .then((catalogue) => (this.model.catalogue = catalogue))
      .catch((error: unknown) => {
        this.model.catalogue = "failed";
        showToast(describeError(error));
      })
      .finally(() => this.frame.render());
  }

  private update(patch: Partial<Model>): void {
    Object.assign(this.model, patch);
    this.frame.render();
  }

  private view(): HTMLElement {
    const { created, series } = this.model;
    const [title, lead] = series
      ? [m("fac.series.title", { count: series.sessions.length }), m("fac.series.lead")]
      : created
        ? [m("fac.created.title", { code: created.session.code }), m("fac.created.lead")]
        : [m("fac.create.title"), m("fac.create.lead")];
    return h(
      "div",
      { class: "screen desk-create" },
      h("div", { class: "screen__head" }, h("h1", { class: "screen__title" }, title), h("p", { class: "hero__lead" }, lead)),
      series ? this.seriesView(series) : created ? this.createdView(created) : this.form(),
    );
  }

  private form(): HTMLElement {
    const { catalogue } = this.model;
    if (catalogue === "loading") return h("p", { class: "muted", role: "status" }, m("fac.history.loading"));
    if (catalogue === "failed") return h("p", { class: "field__error", role: "alert" }, m("fac.console.noCode"));
    const game = catalogue.games.find((g) => g.id === this.model.game) ?? catalogue.games[0];
    const content = game.contents.find((c) => c.id === this.model.content) ?? game.contents[0];
    const mode = game.modes.find((md) => md.id === this.model.mode) ?? game.modes[0];
    Object.assign(this.model, { game: game.id, content: content.id, mode: mode.id });
    const submit = async (event: Event) => {
      event.preventDefault();
      this.update({ busy: true });
      try {
        const body = { game: game.id, content: content.id, mode: mode.id, settings: this.model.values };
        if (this.model.tables > 1) {
          const series = await createSeries({ ...body, tables: this.model.tables });
          for (const session of series.sessions) keepFacilitatorToken(session.code, session.facilitatorToken);
          this.update({ series });
          return;
        }
        const session = await createSession(body);
        keepFacilitatorToken(session.code, session.facilitatorToken);
        this.update({ created: { session, info: await sessionInfo(session.code) } });
      } catch (error) {
        showToast(describeError(error));
      } finally {
        this.update({ busy: false });
      }
    };
    return h(
      "form",
      { class: "card stack", onsubmit: submit, id: "create-form" },
      h(
        "div",
        { class: "row" },
        field("fac-game", m("fac.history.game"), select("fac-game", catalogue.games.map((g) => ({ value: g.id, label: localize(g.title) })), game.id, (v) => this.update({ game: v, content: undefined, mode: undefined, values: { ...FACILITATED } }))),
        field("fac-content", m("fac.history.content"), select("fac-content", game.contents.map((c) => ({ value: c.id, label: localize(c.title) })), content.id, (v) => this.update({ content: v }))),
        field("fac-mode", m("fac.history.mode"), select("fac-mode", game.modes.map((md) => ({ value: md.id, label: localize(md.title) })), mode.id, (v) => this.update({ mode: v }))),
      ),
      settingsFields(game.settings, catalogue.platformSettings, this.model.values),
      this.tablesField(),
      h("button", { type: "submit", class: "button button--primary button--wide", id: "fac-create", disabled: this.model.busy, "aria-busy": String(this.model.busy) }, this.model.busy ? m("fac.create.busy") : m("fac.create.submit")),
    );
  }

  private tablesField(): HTMLElement {
    return h(
      "div",
      { class: "field" },
      h("label", { class: "field__label", for: "fac-tables" }, m("fac.create.tables")),
      h("input", {
        id: "fac-tables",
        class: "input",
        type: "number",
        inputmode: "numeric",
        min: 1,
        max: 12,
        step: 1,
        value: String(this.model.tables),
        "aria-describedby": "fac-tables-hint",
        oninput: (e: Event) => (this.model.tables = Math.max(1, Math.min(12, Math.round(Number((e.target as HTMLInputElement).value)) || 1))),
      }),
      h("p", { class: "field__hint", id: "fac-tables-hint" }, m("fac.create.tablesHint")),
    );
  }

  /** Each table of the series with its code and its console. */
  private seriesView(series: CreatedSeries): HTMLElement {
    return h(
      "div",
      { class: "stack" },
      h(
        "ul",
        { class: "card stack", id: "series-tables" },
        ...series.sessions.map((session, i) =>
          h(
            "li",
            { class: "row" },
            h("strong", {}, m("fac.series.table", { table: i + 1, code: session.code })),
            h("a", { class: "button button--secondary", href: `/console?code=${session.code}#token=${encodeURIComponent(session.facilitatorToken)}`, target: "_blank", rel: "noopener" }, m("fac.created.console")),
          ),
        ),
      ),
      h("div", { class: "actions" }, h("button", { type: "button", class: "button button--ghost", id: "create-another", onclick: () => this.update({ series: undefined, values: {}, tables: 1 }) }, m("fac.created.another"))),
    );
  }

  private createdView({ session, info }: NonNullable<Model["created"]>): HTMLElement {
    const origin = new URL(session.joinUrl).origin;
    const link = consoleLink(origin, session.code, session.facilitatorToken);
    return h(
      "div",
      { class: "desk-grid" },
      shareCard({ info, joinUrl: session.joinUrl }),
      facilitatorLinkCard(link, session.code),
      h(
        "div",
        { class: "actions" },
        h("a", { class: "button button--primary", href: `/console?code=${session.code}#token=${encodeURIComponent(session.facilitatorToken)}`, id: "open-console" }, m("fac.created.console")),
        h("a", { class: "button button--secondary", href: `/screen?code=${session.code}`, target: "_blank", rel: "noopener", id: "open-screen" }, m("fac.nav.screen")),
        h("button", { type: "button", class: "button button--ghost", id: "create-another", onclick: () => this.update({ created: undefined, values: {} }) }, m("fac.created.another")),
      ),
    );
  }
}
