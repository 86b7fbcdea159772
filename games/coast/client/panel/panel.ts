import { h, renderInto } from "@sgp/client/dom";
import type { CoastStore, UiState } from "../store.ts";
import { chatBox } from "./chat.ts";
import { helpView } from "./help.ts";
import { nowView } from "./now.ts";
import { roleSheet } from "./role-sheet.ts";

const TABS: UiState["tab"][] = ["now", "role", "help"];

/** The panel beside the map: what to do now, my role sheet, and how to play, as three tabs; the chat below. */
export function coastPanel(store: CoastStore): HTMLElement {
  const tabs = h("div", { class: "coast-tabs", role: "tablist" });
  const body = h("div", { class: "coast-panel__body", role: "tabpanel", id: "coast-tabpanel" });
  const chat = chatBox(store);
  const element = h("section", { class: "coast-panel" }, tabs, body, chat.element);
  let shownStep = "";
  const render = () => {
    // A new step starts at the top of the panel, where it says what to do.
    const step = `${store.state.round}:${store.state.phase}:${store.ui.tab}`;
    if (step !== shownStep && element.parentElement) element.parentElement.scrollTop = 0;
    shownStep = step;
    element.setAttribute("aria-label", store.t("coast.panel"));
    renderInto(
      tabs,
      h(
        "div",
        { class: "coast-tabs__row" },
        ...TABS.map((tab) =>
          h(
            "button",
            { type: "button", role: "tab", id: `coast-tab-${tab}`, class: "coast-tab", "aria-selected": String(store.ui.tab === tab), "aria-controls": "coast-tabpanel", onclick: () => store.setUi({ tab }) },
            store.t(`coast.tab.${tab}`),
          ),
        ),
      ),
    );
    const content = store.ui.tab === "role" ? roleSheet(store) : store.ui.tab === "help" ? helpView(store) : nowView(store);
    renderInto(body, h("div", { class: "coast-panel__content" }, ...content));
    chat.element.hidden = store.ui.tab !== "now";
    chat.update();
  };
  store.on(render);
  render();
  return element;
}
