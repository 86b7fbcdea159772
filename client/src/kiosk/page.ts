import "./kiosk.css";
import { locale, onLocaleChange, t } from "../i18n/index.ts";
import { listGames, sessionInfo, type GameSummary, type SessionInfo } from "../net/api.ts";
import { SessionConnection, type KioskPlace } from "../net/connection.ts";
import { readSeat } from "../net/seat-store.ts";
import type { Page } from "../routes.ts";
import { SessionView } from "../screens/session.ts";
import { reconnectingBanner } from "../ui/banner.ts";
import { h, renderInto } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { showToast, toastRegion } from "../ui/toast.ts";
import { currentGame, fetchStand, staff, type Stand } from "./api.ts";
import { releaseScreen, takeOverScreen } from "./device.ts";
import { openModal, type Modal } from "./dialog.ts";
import { kt } from "./i18n.ts";
import { watchIdle, type IdleWatch } from "./idle.ts";
import { idleWarning } from "./idle-warning.ts";
import { kioskLobby } from "./lobby.ts";
import { onLongPress } from "./long-press.ts";
import { linkManifest } from "./manifest-link.ts";
import { keepShellOffline } from "./offline-shell.ts";
import { pinPad } from "./pin-pad.ts";
import { staffPanel, type StaffModel } from "./staff-panel.ts";
import { forgetVisitor } from "./visitor.ts";
import { welcomeScreen, type Welcome, type WelcomeModel } from "./welcome.ts";

const STAND_RETRY_MS = 5000;

type View =
  | { kind: "welcome"; model: WelcomeModel; screen?: Welcome }
  | { kind: "session"; connection: SessionConnection; session: SessionView; idle: IdleWatch };

/** `/kiosk/<table>/<tablet>` */
export function placeOf(pathname: string): KioskPlace | null {
  const [segment, table, tablet, ...rest] = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  return segment === "kiosk" && table && tablet && rest.length === 0 ? { table, tablet } : null;
}

/**
 * A stand tablet: the welcome screen and its attract loop, then the table's current game in the
 * shell's session view, back to the welcome screen (storage cleared) when the visitor leaves or
 * stops touching it. A long press on the corner opens the staff's PIN pad.
 */
export class KioskPage implements Page {
  private view!: View;
  private stand?: Stand;
  private games: GameSummary[] = [];
  private modal?: { kind: "idle" | "staff"; modal: Modal };
  private readonly banner = h("div", { class: "banner-slot" });
  private readonly main = h("main", { class: "main kiosk-main", id: "main", tabindex: "-1" });
  private readonly corner = h("button", { type: "button", class: "kiosk-corner", id: "kiosk-staff" });

  constructor(private readonly place: KioskPlace) {}

  start(root: HTMLElement): void {
    document.body.classList.add("kiosk");
    root.replaceChildren(this.banner, this.main, this.corner, toastRegion());
    onLongPress(this.corner, () => this.openStaff());
    onLocaleChange(() => {
      if (this.view.kind === "session") this.view.session.relocalize();
      this.render();
    });
    linkManifest();
    keepShellOffline();
    this.welcome();
    void this.loadStand();
    void this.resume();
  }

  private render(): void {
    document.title = `${kt("kiosk.title")} · ${t("app.name")}`;
    this.corner.setAttribute("aria-label", kt("kiosk.staff.open"));
    const view = this.view;
    if (view.kind === "session") return;
    view.screen?.dispose();
    view.screen = welcomeScreen(view.model, () => void this.play());
    renderInto(this.main, view.screen.element);
  }

  private welcome(): void {
    const model: WelcomeModel = { tablet: this.place.tablet, offline: false, busy: false };
    this.view = { kind: "welcome", model };
    this.describeTable(model);
    this.render();
    this.main.focus({ preventScroll: true });
  }

  private describeTable(model: WelcomeModel): void {
    model.table = this.stand?.tables.find((table) => table.id === this.place.table);
    model.game = this.games.find((game) => game.id === model.table?.game);
    model.offline = !this.stand;
  }

  /** The stand's tables and the game of this one; tried again while the network is down. */
  private async loadStand(): Promise<void> {
    try {
      const [stand, games] = await Promise.all([fetchStand(), listGames()]);
      this.stand = stand;
      this.games = games;
      if (this.view.kind !== "welcome") return;
      this.describeTable(this.view.model);
      if (!this.view.model.table) showToast(kt("kiosk.badPlace"));
      this.render();
    } catch {
      if (this.view.kind === "welcome") {
        this.view.model.offline = true;
        this.render();
      }
      setTimeout(() => void this.loadStand(), STAND_RETRY_MS);
    }
  }

  /** After a reload mid-game, this tab still holds its seat token: back to the seat at once. */
  private async resume(): Promise<void> {
    const game = await currentGame(this.place.table, this.place.tablet).catch(() => null);
    if (game && readSeat(game.code).seatToken) await this.join(game.code);
  }

  private async play(): Promise<void> {
    if (this.view.kind !== "welcome" || this.view.model.busy) return;
    void takeOverScreen();
    this.view.model.busy = true;
    this.render();
    try {
      const game = await currentGame(this.place.table, this.place.tablet);
      await this.join(game.code);
    } catch (error) {
      showToast(describeError(error));
      if (this.view.kind === "welcome") {
        this.view.model.busy = false;
        this.render();
      }
    }
  }

  private async join(code: string): Promise<void> {
    const info: SessionInfo = await sessionInfo(code);
    const connection = await SessionConnection.join(code, locale, undefined, this.place);
    if (this.view.kind === "welcome") this.view.screen?.dispose();
    const session = new SessionView(connection, info, () => void this.reset(), kioskLobby);
    const idle = this.watch(connection);
    this.view = { kind: "session", connection, session, idle };
    connection.statusChanged.on((status) => renderInto(this.banner, status === "reconnecting" ? reconnectingBanner() : h("span")));
    connection.closed.on((reason) => {
      if (reason !== "left") showToast(t(reason));
      void this.reset();
    });
    this.main.replaceChildren(session.element);
  }

  /** No touch for a while: "Still there?", then back to the welcome screen. */
  private watch(connection: SessionConnection): IdleWatch {
    const finished = () => connection.state.status === "finished";
    const limitMs = () => {
      const idle = this.stand?.idle;
      return ((finished() ? idle?.afterGameSeconds : idle?.duringGameSeconds) ?? 120) * 1000;
    };
    const idle = watchIdle(document, {
      limitMs,
      warningMs: (this.stand?.idle.warningSeconds ?? 20) * 1000,
      warn: (remainingMs) => {
        const content = idleWarning(remainingMs, idle.poke);
        if (this.modal?.kind === "idle") return this.modal.modal.show(content);
        this.closeModal();
        this.modal = { kind: "idle", modal: openModal(content, "idle-title", idle.poke, "alertdialog") };
      },
      resume: () => this.modal?.kind === "idle" && this.closeModal(),
      expire: () => void this.reset(),
    });
    // The time after a game counts from its end.
    let wasFinished = finished();
    connection.stateChanged.on(() => {
      if (finished() && !wasFinished) idle.poke();
      wasFinished = finished();
    });
    return idle;
  }

  /** The visitor is gone: the seat goes to a bot, nothing of theirs stays, the welcome screen is back. */
  private async reset(): Promise<void> {
    if (this.view.kind !== "session") return;
    const { connection, session, idle } = this.view;
    this.closeModal();
    idle.stop();
    session.dispose();
    renderInto(this.banner, h("span"));
    await connection.leave().catch(() => undefined);
    forgetVisitor();
    this.welcome();
  }

  private closeModal(): void {
    this.modal?.modal.close();
    this.modal = undefined;
  }

  private openStaff(): void {
    this.closeModal();
    const close = () => this.closeModal();
    const modal = openModal(pinPad((pin) => this.unlockStaff(pin), close), "pin-title", close);
    this.modal = { kind: "staff", modal };
  }

  private async unlockStaff(pin: string): Promise<void> {
    const { table: tableId, tablet } = this.place;
    await staff(tableId, pin, { action: "check" });
    const [stand, games] = await Promise.all([this.stand ?? fetchStand(), listGames()]);
    const table = stand.tables.find((t) => t.id === tableId);
    if (!table || this.modal?.kind !== "staff") return;
    const modal = this.modal.modal;
    const model: StaffModel = { table, game: games.find((g) => g.id === table.game), content: table.content, mode: table.mode, busy: false };
    const run = async (action: () => Promise<void>, done: string) => {
      model.busy = true;
      render();
      try {
        await action();
        showToast(done, "info");
      } catch (error) {
        showToast(describeError(error));
      }
      model.busy = false;
      render();
    };
    const render = (): void =>
      modal.show(
        staffPanel(
          model,
          {
            choose: (content, mode) => void run(() => staff(tableId, pin, { action: "choose", content, mode }), kt("kiosk.staff.applied")),
            reset: () =>
              void run(async () => {
                await staff(tableId, pin, { action: "reset" });
                await this.reset();
                await currentGame(tableId, tablet);
              }, kt("kiosk.staff.resetDone")),
            exit: () => void this.exitKiosk(),
            close: () => this.closeModal(),
          },
          render,
        ),
        "staff-title",
      );
    render();
  }

  private async exitKiosk(): Promise<void> {
    this.closeModal();
    await this.reset();
    forgetVisitor();
    await releaseScreen();
    location.assign("/");
  }
}

/** The page at /kiosk/...: a tablet, or a plain message when the address names none. */
export function kioskPage(pathname: string): Page {
  const place = placeOf(pathname);
  if (place) return new KioskPage(place);
  return { start: (root) => root.replaceChildren(h("main", { class: "main screen", id: "main" }, h("h1", { class: "screen__title" }, kt("kiosk.badPlace")))) };
}
