import type { ContentProblem } from "@sgp/shared";
import { h } from "../ui/dom.ts";
import { describeError } from "../ui/errors.ts";
import { checkDraft, uploadDraft, type ContentData } from "./api.ts";
import { problemList } from "./problems.ts";
import { pt } from "./text.ts";

/** A local file being checked, previewed, then maybe stored. */
export interface Draft {
  file: string;
  json: string;
  data: ContentData | null;
  status: "reading" | "checking" | "valid" | "invalid" | "uploading" | "refused";
  problems: ContentProblem[];
  /** A failure that is not the content's fault (network, password, size). */
  error: string;
}

export interface DraftActions {
  changed(): void;
  preview(draft: Draft, data: ContentData): void;
  stored(draft: Draft, game: string, id: string): void;
}

/** What the draft card remembers between renderings. */
export interface DraftModel {
  draft: Draft | null;
  password: string;
}

async function check(model: DraftModel, draft: Draft, actions: DraftActions): Promise<void> {
  try {
    draft.data = JSON.parse(draft.json) as ContentData;
  } catch (error) {
    Object.assign(draft, { status: "invalid", error: pt("preview.draft.notJson", { details: (error as Error).message }) });
    return actions.changed();
  }
  draft.status = "checking";
  actions.changed();
  try {
    const result = await checkDraft(draft.file, draft.json);
    Object.assign(draft, { status: result.ok ? "valid" : "invalid", problems: result.problems });
  } catch (error) {
    Object.assign(draft, { status: "invalid", error: describeError(error) });
  }
  if (model.draft === draft) actions.changed();
}

async function read(model: DraftModel, file: File, actions: DraftActions): Promise<void> {
  const draft: Draft = { file: file.name, json: "", data: null, status: "reading", problems: [], error: "" };
  model.draft = draft;
  actions.changed();
  // An unreadable file is reported as not JSON by the check below.
  draft.json = await file.text().catch(() => "");
  await check(model, draft, actions);
}

async function upload(model: DraftModel, draft: Draft, actions: DraftActions): Promise<void> {
  const before = draft.status;
  Object.assign(draft, { status: "uploading", error: "" });
  actions.changed();
  try {
    const result = await uploadDraft(draft.file, draft.json, model.password);
    Object.assign(draft, { status: result.ok ? "valid" : "refused", problems: result.problems });
    if (result.ok) return actions.stored(draft, result.game, result.id);
  } catch (error) {
    Object.assign(draft, { status: before, error: describeError(error) });
  }
  actions.changed();
}

function dropZone(model: DraftModel, actions: DraftActions): HTMLElement {
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void read(model, file, actions);
  };
  const input = h("input", { type: "file", id: "draft-file", class: "dropzone__input", accept: ".json,application/json", onchange: (e: Event) => take((e.target as HTMLInputElement).files) });
  const zone = h("div", { class: "dropzone" }, h("p", {}, pt("preview.draft.drop")), h("label", { class: "button button--secondary", for: "draft-file" }, pt("preview.draft.choose")), input);
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dropzone--over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dropzone--over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dropzone--over");
    take(event.dataTransfer?.files);
  });
  return zone;
}

function verdict(draft: Draft): string {
  switch (draft.status) {
    case "reading":
    case "checking":
      return pt("preview.draft.checking", { file: draft.file });
    case "uploading":
      return pt("preview.upload.sending");
    case "refused":
      return pt("preview.upload.refused", { file: draft.file });
    case "valid":
      return pt("preview.draft.valid", { file: draft.file });
    case "invalid":
      return pt("preview.draft.invalid", { file: draft.file });
  }
}

function result(draft: Draft, actions: DraftActions): HTMLElement {
  const ok = draft.status === "valid";
  return h(
    "div",
    { class: "draft-result", "data-status": draft.status },
    h("p", { class: `draft-result__verdict draft-result__verdict--${ok ? "ok" : draft.status === "invalid" || draft.status === "refused" ? "bad" : "busy"}`, role: "status" }, verdict(draft)),
    draft.error ? h("p", { class: "field__error", role: "alert" }, draft.error) : null,
    draft.status === "checking" || draft.status === "reading" ? null : problemList(draft.problems),
    ok && draft.data ? h("button", { type: "button", class: "button button--secondary", id: "draft-preview", onclick: () => draft.data && actions.preview(draft, draft.data) }, pt("preview.draft.preview")) : null,
  );
}

function uploadForm(model: DraftModel, draft: Draft, actions: DraftActions): HTMLElement {
  const busy = draft.status !== "valid" && draft.status !== "invalid" && draft.status !== "refused";
  return h(
    "form",
    {
      class: "stack upload",
      "aria-labelledby": "upload-title",
      onsubmit: (event: Event) => {
        event.preventDefault();
        void upload(model, draft, actions);
      },
    },
    h("h3", { class: "upload__title", id: "upload-title" }, pt("preview.upload.title")),
    h("p", { class: "small muted" }, pt("preview.upload.lead")),
    h(
      "div",
      { class: "field" },
      h("label", { class: "field__label", for: "upload-password" }, pt("preview.upload.password")),
      h("input", { type: "password", id: "upload-password", class: "input", autocomplete: "current-password", value: model.password, oninput: (e: Event) => (model.password = (e.target as HTMLInputElement).value) }),
    ),
    h("button", { type: "submit", class: "button button--primary", id: "upload-submit", disabled: busy }, pt("preview.upload.submit")),
  );
}

/** Check a local file without a shell, preview it, and store it with the admin password. */
export function draftCard(model: DraftModel, actions: DraftActions): HTMLElement {
  return h(
    "section",
    { class: "card preview-card", "aria-labelledby": "draft-title" },
    h("h2", { class: "card__title", id: "draft-title" }, pt("preview.draft.title")),
    h("p", { class: "small muted" }, pt("preview.draft.lead")),
    dropZone(model, actions),
    model.draft ? result(model.draft, actions) : null,
    model.draft && model.draft.data ? uploadForm(model, model.draft, actions) : null,
  );
}
