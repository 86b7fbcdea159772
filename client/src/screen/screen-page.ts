import { m } from "../console/messages.ts";
import { pageFrame, type PageFrame } from "../console/page.ts";
import { locale } from "../i18n/index.ts";
import { sessionInfo } from "../net/api.ts";
import { SessionConnection } from "../net/connection.ts";
import type { Page } from "../routes.ts";
import { h } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { showToast } from "../ui/toast.ts";
import { ScreenView } from "./screen-view.ts";
import { followTable } from "./table-follower.ts";

/** /screen?code=... (one session) or /screen?table=A (a stand table, game after game). */
export class ScreenPage implements Page {
  private current?: ScreenView;
  private waiting = "";
  private frame!: PageFrame;

  start(root: HTMLElement): void {
    this.frame = pageFrame(root, { title: () => m("fac.screen.title"), view: () => this.view() }, { bare: true, className: "big-screen-page" });
    const query = new URLSearchParams(location.search);
    const code = query.get("code")?.trim().toUpperCase();
    const table = query.get("table")?.trim();
    this.waiting = table ? m("fac.screen.waitingTable", { table }) : code ? "" : m("fac.screen.noCode");
    this.frame.render();
    if (code) void this.watch(code);
    else if (table) followTable(table, (next) => void this.watch(next), (error) => showToast(describeError(error)));
  }

  private async watch(code: string): Promise<void> {
    try {
      const [info, connection] = await Promise.all([sessionInfo(code), SessionConnection.attend(code, locale, { seat: "screen" })]);
      this.current?.dispose();
      const view = new ScreenView(connection, info, () => this.frame.render());
      connection.stateChanged.on(() => this.current === view && this.frame.render());
      this.current = view;
    } catch (error) {
      showToast(describeError(error));
    }
    this.frame.render();
  }

  private view(): HTMLElement {
    return this.current ? this.current.view() : h("p", { class: "big-screen__title muted", role: "status" }, this.waiting || m("fac.console.connecting"));
  }
}
