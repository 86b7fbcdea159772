import { localize } from "../i18n/index.ts";
import { createSession, sessionInfo, type CreatedSession, type SessionInfo } from "../net/api.ts";
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
  busy: boolean;
  created?: { session: CreatedSession; info: SessionInfo };
}

/** /facilitate: choose a game, its content, mode and settings; then the code, link, QR and the facilitator's link. */
export class FacilitatePage implements Page {
  private readonly model: Model = { catalogue: "loading", values: { ...FACILITATED }, busy: false };
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
    const { created } = this.model;
    return h(
      "div",
      { class: "screen desk-create" },
      h("div", { class: "screen__head" }, h("h1", { class: "screen__title" }, created ? m("fac.created.title", { code: created.session.code }) : m("fac.create.title")), h("p", { class: "hero__lead" }, created ? m("fac.created.lead") : m("fac.create.lead"))),
      created ? this.createdView(created) : this.form(),
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
        const session = await createSession({ game: game.id, content: content.id, mode: mode.id, settings: this.model.values });
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
      h("button", { type: "submit", class: "button button--primary button--wide", id: "fac-create", disabled: this.model.busy, "aria-busy": String(this.model.busy) }, this.model.busy ? m("fac.create.busy") : m("fac.create.submit")),
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
