import { locale, onLocaleChange, t, type MessageKey } from "./i18n/index.ts";
import { createSession, listGames, sessionInfo, type SessionInfo } from "./net/api.ts";
import { SessionConnection, type CloseReason } from "./net/connection.ts";
import { readSeat, writeSeat } from "./net/seat-store.ts";
import { homeScreen, type HomeModel } from "./screens/home.ts";
import { nameScreen, type NameModel } from "./screens/name.ts";
import { SessionView } from "./screens/session.ts";
import { reconnectingBanner } from "./ui/banner.ts";
import { h, renderInto } from "./ui/dom.ts";
import { describeError } from "./ui/errors.ts";
import { header } from "./ui/header.ts";
import { showToast, toastRegion } from "./ui/toast.ts";

type View =
  | { kind: "home"; model: HomeModel }
  | { kind: "name"; model: NameModel }
  | { kind: "joining" }
  | { kind: "session"; connection: SessionConnection; session: SessionView }
  | { kind: "closed"; reason: Exclude<CloseReason, "left">; detail?: string };

function setCodeInUrl(code: string | null): void {
  const url = new URL(location.href);
  url.searchParams.delete("seat"); // a handed-over seat's token, kept in memory only
  if (code) url.searchParams.set("code", code);
  else url.searchParams.delete("code");
  history.replaceState(null, "", url);
}

/** The whole page: the top bar, the reconnecting banner, the current screen and the toasts. */
export class App {
  private view: View = { kind: "joining" };
  private handover?: { code: string; seatToken: string };
  private readonly top = h("div", { class: "topbar-slot" });
  private readonly banner = h("div", { class: "banner-slot" });
  private readonly main = h("main", { class: "main", id: "main", tabindex: "-1" });

  constructor(root: HTMLElement) {
    root.replaceChildren(this.top, this.banner, this.main, toastRegion());
    onLocaleChange(() => {
      if (this.view.kind === "session") this.view.session.relocalize();
      this.render();
    });
  }

  start(): void {
    const params = new URLSearchParams(location.search);
    const code = params.get("code")?.trim().toUpperCase();
    // A link from the facilitator giving a robot's seat: taken under the name asked next.
    const handedSeat = params.get("seat");
    if (code && handedSeat) this.handover = { code, seatToken: handedSeat };
    if (code) void this.open(code);
    else this.home();
  }

  private render(): void {
    document.title = t("app.name");
    renderInto(this.top, header());
    const view = this.view;
    switch (view.kind) {
      case "home":
        return renderInto(this.main, homeScreen(view.model, { join: (code) => this.open(code), create: (choice) => this.create(choice) }, () => this.render()));
      case "name":
        return renderInto(this.main, nameScreen(view.model, { submit: (name) => this.join(view.model.info, name), back: () => this.home() }, () => this.render()));
      case "joining":
        return renderInto(this.main, h("p", { class: "screen muted", role: "status" }, t("name.joining")));
      case "session":
        if (this.main.firstChild !== view.session.element) this.main.replaceChildren(view.session.element);
        return;
      case "closed":
        return renderInto(
          this.main,
          h(
            "div",
            { class: "screen screen--narrow" },
            h("section", { class: "card" }, h("h1", { class: "card__title" }, t(view.reason as MessageKey)), view.detail ? h("blockquote", { class: "card__lead", id: "closed-detail" }, view.detail) : null, h("button", { type: "button", class: "button button--primary", id: "closed-home", onclick: () => this.home() }, t("end.home"))),
          ),
        );
    }
  }

  private show(view: View): void {
    if (this.view.kind === "session" && view !== this.view) this.view.session.dispose();
    this.view = view;
    this.render();
    if (view.kind !== "session") this.main.focus({ preventScroll: true });
  }

  private home(code = ""): void {
    setCodeInUrl(null);
    const model: HomeModel = { games: "loading", code, busy: false };
    this.show({ kind: "home", model });
    void listGames()
      .then((games) => (model.games = games))
      .catch((error: unknown) => {
        model.games = [];
        showToast(describeError(error));
      })
      .finally(() => this.view.kind === "home" && this.view.model === model && this.render());
  }

  /** A code was given (typed, or in the link): seat token kept in this tab, else ask the name. */
  private async open(code: string): Promise<void> {
    let info: SessionInfo;
    try {
      info = await sessionInfo(code);
    } catch (error) {
      showToast(describeError(error));
      return this.home(code);
    }
    setCodeInUrl(code);
    const saved = readSeat(code);
    if (saved.seatToken && this.handover?.code !== code) return this.join(info);
    this.show({ kind: "name", model: { info, host: saved.facilitatorToken !== undefined, name: "", busy: false } });
  }

  private async create(choice: { game: string; content: string; mode: string }): Promise<void> {
    try {
      const created = await createSession(choice);
      writeSeat(created.code, { facilitatorToken: created.facilitatorToken });
      await this.open(created.code);
    } catch (error) {
      showToast(describeError(error));
    }
  }

  private async join(info: SessionInfo, name?: string): Promise<void> {
    const previous = this.view;
    if (!name) this.show({ kind: "joining" });
    try {
      if (this.handover?.code === info.code) writeSeat(info.code, { seatToken: this.handover.seatToken });
      const connection = await SessionConnection.join(info.code, locale, name);
      this.handover = undefined;
      connection.statusChanged.on((status) => renderInto(this.banner, status === "reconnecting" ? reconnectingBanner() : h("span")));
      connection.closed.on((reason) => (reason === "left" ? this.home() : this.show({ kind: "closed", reason, detail: connection.kickReason })));
      this.show({ kind: "session", connection, session: new SessionView(connection, info, () => this.home()) });
    } catch (error) {
      showToast(describeError(error));
      if (previous.kind === "name") this.show(previous);
      else this.show({ kind: "name", model: { info, host: readSeat(info.code).facilitatorToken !== undefined, name: "", busy: false } });
    }
  }
}
