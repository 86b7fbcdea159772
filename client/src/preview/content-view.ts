import type { ContentProblem } from "@sgp/shared";
import { localize } from "../i18n/index.ts";
import { hasPreview, mountPreview, type MountedPreview } from "../games/phaser-host.ts";
import { loadGameClient } from "../games/registry.ts";
import { h } from "../ui/dom.ts";
import type { ContentData } from "./api.ts";
import { dataView } from "./data-view.ts";
import { problemCounts, problemList } from "./problems.ts";
import { pt } from "./text.ts";

/** A deck or scenario on show: from the server, or a local draft not stored yet. */
export interface Shown {
  source: "server" | "draft";
  file: string;
  data: ContentData;
  problems: ContentProblem[];
  /** The game's own drawing of it, when its client has a preview; kept across renderings. */
  canvas: MountedPreview | null;
}

/** Loads the game's client and mounts its preview scenes over the content, if it has any. */
export async function drawing(game: string, data: ContentData): Promise<MountedPreview | null> {
  const client = await loadGameClient(game);
  return client && hasPreview(client) ? mountPreview(client, data, pt("preview.canvas.label")) : null;
}

function head(shown: Shown, gameTitle: string): HTMLElement {
  const { data } = shown;
  return h(
    "header",
    { class: "shown__head" },
    h("h2", { class: "shown__title", id: "shown-title" }, localize(data.title)),
    h("p", { class: "muted" }, pt("preview.content.meta", { game: gameTitle, id: data.id, version: data.version })),
    h("p", { class: `small${shown.source === "draft" ? " shown__draft" : " muted"}` }, pt(shown.source === "draft" ? "preview.content.draft" : "preview.content.file", { file: shown.file })),
  );
}

function problemsPanel(shown: Shown): HTMLElement {
  return h(
    "aside",
    { class: "card shown__problems", "aria-labelledby": "problems-title", "data-problems": shown.problems.length },
    h("h3", { class: "card__title", id: "problems-title" }, pt("preview.problems.title")),
    shown.problems.length ? h("p", { class: "small muted" }, problemCounts(shown.problems)) : null,
    problemList(shown.problems),
  );
}

function dataSection(shown: Shown): HTMLElement {
  const view = dataView(shown.data, shown.problems);
  if (!shown.canvas) return h("section", { class: "shown__data", "aria-labelledby": "data-title" }, h("h3", { id: "data-title" }, pt("preview.data.title")), h("p", { class: "note" }, pt("preview.data.fallback")), view);
  return h("details", { class: "shown__data" }, h("summary", {}, pt("preview.data.title")), view);
}

/** The content: its head, the game's drawing (or its data as text), and its problems beside it. */
export function shownView(shown: Shown, gameTitle: string): HTMLElement {
  return h(
    "section",
    { class: "shown", "aria-labelledby": "shown-title", "data-game": shown.data.game, "data-content": shown.data.id, "data-drawn": String(shown.canvas !== null) },
    head(shown, gameTitle),
    h(
      "div",
      { class: "shown__body" },
      h(
        "div",
        { class: "shown__main" },
        shown.canvas ? h("div", { class: "shown__canvas" }, shown.canvas.element) : null,
        shown.canvas ? h("p", { class: "small muted" }, pt("preview.canvas.hint")) : null,
        dataSection(shown),
      ),
      problemsPanel(shown),
    ),
  );
}
