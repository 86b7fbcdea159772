import { h } from "@sgp/client/dom";
import { CHAT_MAX } from "@sgp/game-coast/rules-negotiation";
import type { CoastStore } from "../store.ts";

const SHOWN = 8;

/**
 * The short chat for remote players, folded by default (kiosk players use the quick reactions).
 * Built once and updated in place, so that a half-typed message survives the state's changes.
 */
export function chatBox(store: CoastStore): { element: HTMLElement; update(): void } {
  const lines = h("ol", { class: "coast-chat__lines", "aria-live": "polite" });
  const input = h("input", { class: "input", id: "coast-chat-input", maxlength: CHAT_MAX, autocomplete: "off" });
  const send = h("button", { type: "submit", class: "button button--secondary button--small" });
  const summary = h("summary", { class: "coast-chat__summary" });
  const label = h("label", { class: "visually-hidden", for: "coast-chat-input" });
  const form = h(
    "form",
    {
      class: "coast-chat__form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const text = input.value.trim();
        if (!text) return;
        void store.shell.send("chat", { text }).then((ok) => ok && (input.value = ""));
      },
    },
    label,
    input,
    send,
  );
  const element = h("details", { class: "coast-chat" }, summary, lines, form);
  const update = () => {
    const chat = [...store.state.chat];
    summary.textContent = store.t("coast.chat.title", { count: chat.length });
    label.textContent = store.t("coast.chat.label");
    input.placeholder = store.t("coast.chat.placeholder");
    send.textContent = store.t("coast.chat.send");
    lines.replaceChildren(
      ...(chat.length === 0
        ? [h("li", { class: "muted small" }, store.t("coast.chat.empty"))]
        : chat.slice(-SHOWN).map((line) => h("li", {}, h("strong", {}, `${store.roleName(line.role) || store.state.seats.get(line.seat)?.name || ""} : `), line.text))),
    );
  };
  return { element, update };
}
