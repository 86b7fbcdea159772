import { localize, onLocaleChange, t } from "../i18n/index.ts";
import type { Page } from "../routes.ts";
import { h, renderInto } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { header } from "../ui/header.ts";
import { showToast, toastRegion } from "../ui/toast.ts";
import { fetchCatalogue, fetchContent, type Catalogue, type ContentData } from "./api.ts";
import { drawing, shownView, type Shown } from "./content-view.ts";
import { draftCard, type Draft, type DraftModel } from "./draft.ts";
import { pickerCard, refusedCard, type ContentRef } from "./picker.ts";
import { pt } from "./text.ts";
import "./preview.css";

type Showing = { kind: "none" } | { kind: "loading" } | { kind: "failed"; message: string } | { kind: "shown"; shown: Shown };

/** `/preview?game=coast&content=sablecourt`: the choice is in the address, so it can be shared. */
function refInUrl(): ContentRef | null {
  const params = new URLSearchParams(location.search);
  const game = params.get("game");
  const id = params.get("content");
  return game && id ? { game, id } : null;
}

function setRefInUrl(ref: ContentRef | null): void {
  const url = new URL(location.href);
  url.search = ref ? new URLSearchParams({ game: ref.game, content: ref.id }).toString() : "";
  history.replaceState(null, "", url);
}

/** The designers' page: pick a deck or scenario and see it drawn as in the game, or check and store a draft. */
export class PreviewPage implements Page {
  private catalogue: Catalogue | null = null;
  private selected: ContentRef | null = null;
  private showing: Showing = { kind: "none" };
  private readonly draft: DraftModel = { draft: null, password: "" };
  private readonly top = h("div", { class: "topbar-slot" });
  private readonly main = h("main", { class: "main", id: "main", tabindex: "-1" });

  start(root: HTMLElement): void {
    root.replaceChildren(this.top, this.main, toastRegion());
    onLocaleChange(() => this.render());
    this.render();
    void this.refresh(refInUrl());
  }

  /** Lists the server's contents again, then shows the wanted one (or the first). */
  private async refresh(wanted: ContentRef | null): Promise<void> {
    try {
      this.catalogue = await fetchCatalogue();
    } catch (error) {
      this.catalogue = { games: [], refused: [] };
      showToast(describeError(error));
    }
    const first = this.catalogue.games.find((game) => game.contents.length > 0);
    const ref = wanted ?? (first ? { game: first.id, id: first.contents[0].id } : null);
    if (ref) await this.choose(ref);
    else this.render();
  }

  private async choose(ref: ContentRef): Promise<void> {
    this.selected = ref;
    setRefInUrl(ref);
    await this.display(async () => {
      const content = await fetchContent(ref.game, ref.id);
      return { source: "server", file: content.file, data: content.data, problems: content.warnings, canvas: await drawing(ref.game, content.data) };
    });
  }

  private async previewDraft(draft: Draft, data: ContentData): Promise<void> {
    this.selected = null;
    setRefInUrl(null);
    await this.display(async () => ({ source: "draft", file: draft.file, data, problems: draft.problems, canvas: await drawing(data.game, data) }));
  }

  /** Shows "loading", then the content, unless something else was chosen meanwhile. */
  private async display(load: () => Promise<Shown>): Promise<void> {
    const loading: Showing = { kind: "loading" };
    this.show(loading);
    try {
      const shown = await load();
      if (this.showing === loading) this.show({ kind: "shown", shown });
      else shown.canvas?.destroy();
    } catch (error) {
      if (this.showing === loading) this.show({ kind: "failed", message: describeError(error) });
    }
  }

  private async stored(draft: Draft, game: string, id: string): Promise<void> {
    showToast(pt("preview.upload.done", { file: draft.file, game, id }), "info");
    this.draft.draft = null;
    await this.refresh({ game, id });
  }

  private show(next: Showing): void {
    if (this.showing.kind === "shown") this.showing.shown.canvas?.destroy();
    this.showing = next;
    this.render();
  }

  private gameTitle(game: string): string {
    const summary = this.catalogue?.games.find((g) => g.id === game);
    return summary ? localize(summary.title) : game;
  }

  private content(): HTMLElement {
    switch (this.showing.kind) {
      case "none":
        return h("p", { class: "muted" }, pt("preview.pick.none"));
      case "loading":
        return h("p", { class: "muted", role: "status" }, pt("preview.loading"));
      case "failed":
        return h("p", { class: "field__error", role: "alert" }, pt("preview.error.load"), " ", this.showing.message);
      case "shown":
        return shownView(this.showing.shown, this.gameTitle(this.showing.shown.data.game));
    }
  }

  private render(): void {
    document.title = `${pt("preview.title")} · ${t("app.name")}`;
    renderInto(this.top, header());
    const catalogue = this.catalogue;
    const side = catalogue
      ? [
          pickerCard(catalogue, this.selected, (ref) => void this.choose(ref)),
          draftCard(this.draft, { changed: () => this.render(), preview: (draft, data) => void this.previewDraft(draft, data), stored: (draft, game, id) => void this.stored(draft, game, id) }),
          refusedCard(catalogue),
        ]
      : [h("p", { class: "muted", role: "status" }, pt("preview.loading"))];
    renderInto(
      this.main,
      h(
        "div",
        { class: "screen preview-page" },
        h("div", { class: "screen__head" }, h("h1", { class: "screen__title" }, pt("preview.title")), h("p", { class: "muted" }, pt("preview.lead"))),
        h("div", { class: "preview-layout" }, h("div", { class: "preview-side" }, ...side), h("div", { class: "preview-main" }, this.content())),
      ),
    );
  }
}
