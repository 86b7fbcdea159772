import { h } from "../ui/dom.ts";
import { draftInput, secretBadge, type Desk } from "./context.ts";
import { m } from "./messages.ts";

const NOTE_ID = "note-text";
const SHARE_ID = "note-share";

/** Notes for the debrief: private, unless marked to show to the players once the debrief is revealed. */
export function notesCard(desk: Desk): HTMLElement {
  const notes = [...(desk.connection.state.desk?.notes ?? [])];
  const submit = async (event: Event) => {
    event.preventDefault();
    const text = (desk.drafts[NOTE_ID] ?? "").trim();
    if (text && (await desk.act("note", { text, share: desk.drafts[SHARE_ID] === "yes" }))) {
      desk.drafts[NOTE_ID] = "";
      desk.render();
    }
  };
  const share = (e: Event) => (desk.drafts[SHARE_ID] = (e.target as HTMLInputElement).checked ? "yes" : "");
  return h(
    "section",
    { class: "card desk-notes", "aria-labelledby": "notes-title" },
    h("div", { class: "card__head" }, h("h2", { class: "card__title", id: "notes-title" }, m("fac.notes.title")), secretBadge()),
    h("p", { class: "card__lead" }, m("fac.notes.hint")),
    notes.length
      ? h("ol", { class: "report-list", id: "notes-list" }, ...notes.map((note) => h("li", { "data-shared": String(note.shared) }, note.text, note.shared ? h("span", { class: "note-shared" }, ` · ${m("fac.notes.shared")}`) : null)))
      : h("p", { class: "muted" }, m("fac.notes.empty")),
    h(
      "form",
      { class: "inline-form", onsubmit: submit },
      h("label", { class: "field__label", for: NOTE_ID }, m("fac.notes.label")),
      draftInput(desk, NOTE_ID, { maxlength: 1000 }),
      h("label", { class: "setting setting--check", for: SHARE_ID }, h("input", { type: "checkbox", id: SHARE_ID, checked: desk.drafts[SHARE_ID] === "yes", onchange: share }), h("span", {}, m("fac.notes.share"))),
      h("button", { type: "submit", class: "button button--secondary button--small", id: "note-add" }, m("fac.notes.add")),
    ),
  );
}
