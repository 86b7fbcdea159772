import type { ModeDefinition } from "@sgp/shared";
import type { MountedGame } from "../games/phaser-host.ts";
import { loadGameClient } from "../games/registry.ts";
import { t } from "../i18n/index.ts";
import { advertisedOrigin, listGames, sessionContent, type LocalizedReport, type SessionInfo } from "../net/api.ts";
import type { SessionConnection } from "../net/connection.ts";
import { h, renderInto } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { showToast } from "../ui/toast.ts";
import { endScreen, loadReport } from "./end.ts";
import { gameFrame, type GameFrame } from "./game.ts";
import { lobbyScreen, type LobbyProps } from "./lobby.ts";

interface Table {
  game: MountedGame | null;
  frame: GameFrame;
}

/** A joined session: the lobby, then the game's table, then the end screen, following the state. */
export class SessionView {
  readonly element = h("div", { class: "session" });
  private mode?: ModeDefinition;
  private table?: Table | "loading";
  private report?: LocalizedReport | "loading" | "failed";
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly connection: SessionConnection,
    private readonly info: SessionInfo,
    private readonly exit: () => void,
    /** The waiting room's look (the kiosk has its own). */
    private readonly lobby: (props: LobbyProps) => HTMLElement = lobbyScreen,
  ) {
    this.unsubscribe.push(
      connection.stateChanged.on(() => this.render()),
      connection.pendingChanged.on(() => this.render()),
      connection.roomChanged.on(() => {
        this.closeTable();
        this.render();
      }),
    );
    void listGames()
      .then((games) => {
        this.mode = games.find((g) => g.id === info.game)?.modes.find((m) => m.id === info.mode);
        this.render();
      })
      .catch(() => undefined);
    this.render();
  }

  /**
   * Sends a command; a refusal becomes a toast in the player's language. A second tap while the
   * same kind of command is still pending is dropped: it would only be refused.
   */
  readonly act = (kind: string, payload: unknown = {}): Promise<boolean> =>
    this.connection.pendingKinds.has(kind)
      ? Promise.resolve(false)
      : this.connection.send(kind, payload).then(
      () => true,
          (error: unknown) => {
            showToast(describeError(error));
            return false;
          },
        );

  render(): void {
    switch (this.connection.state.status) {
      case "playing":
        return this.renderTable();
      case "finished":
        return this.renderEnd();
      default:
        this.closeTable();
        renderInto(
          this.element,
          this.lobby({
            connection: this.connection,
            info: this.info,
            mode: this.mode,
            joinUrl: this.info.joinUrl,
            act: (kind, payload) => void this.act(kind, payload),
            leave: () => void this.connection.leave().finally(this.exit),
          }),
        );
    }
  }

  /** The language changed: frames are rebuilt, the report is fetched again in the new language. */
  relocalize(): void {
    if (this.table && this.table !== "loading") {
      const { game } = this.table;
      this.table.frame.dispose();
      this.table = { game, frame: this.frame(game) };
      renderInto(this.element, this.table.frame.element);
    }
    if (this.report) this.report = undefined;
    this.render();
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
    this.closeTable();
  }

  private renderTable(): void {
    if (this.table === "loading") return;
    if (this.table) return this.table.frame.update();
    this.table = "loading";
    renderInto(this.element, h("p", { class: "screen muted", role: "status" }, t("game.loading")));
    // Phaser is loaded with the first game, not with the home page.
    void Promise.all([loadGameClient(this.info.game), sessionContent(this.info.code), import("../games/phaser-host.ts")])
      .then(([client, content, { mountGame }]) => {
        const game = client ? mountGame(client, this.connection, content, this.act) : null;
        this.table = { game, frame: this.frame(game) };
        renderInto(this.element, this.table.frame.element);
      })
      .catch((error: unknown) => {
        this.table = undefined;
        showToast(describeError(error));
      });
  }

  private frame(game: MountedGame | null): GameFrame {
    const stage = game?.element ?? h("p", { class: "stage stage--empty" }, t("game.noClient"));
    return gameFrame(this.connection, this.info, stage, game?.panels ?? []);
  }

  private renderEnd(): void {
    this.closeTable();
    const props = { code: this.info.code, origin: advertisedOrigin(this.info), reportToken: this.connection.reportToken ?? "", home: this.exit };
    if (!this.report) {
      this.report = "loading";
      void loadReport(props)
        .then((report) => (this.report = report))
        .catch(() => (this.report = "failed"))
        .finally(() => this.render());
    }
    renderInto(this.element, endScreen(props, this.report));
  }

  private closeTable(): void {
    if (!this.table || this.table === "loading") return;
    this.table.frame.dispose();
    this.table.game?.destroy();
    this.table = undefined;
  }
}
