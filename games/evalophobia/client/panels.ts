import type { DeckView } from "./deck.ts";
import { dashboardLabel } from "./objects/dashboard.ts";
import { instruction, type Shell } from "./now.ts";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

const STEPS: Record<string, string[]> = {
  solo: ["evalo.help.solo1", "evalo.help.solo2", "evalo.help.solo3", "evalo.help.solo4"],
  pair: ["evalo.help.group1", "evalo.help.pair2", "evalo.help.group3", "evalo.help.group4"],
  group: ["evalo.help.group1", "evalo.help.group2", "evalo.help.group3", "evalo.help.group4"],
};

/**
 * Beside the canvas: what to do now and the dashboard's lights, in words (announced politely to
 * screen readers), and the how-to-play, folded, open at any time.
 */
export function panels(shell: Shell, deck: DeckView): HTMLElement[] {
  const { t } = shell.i18n;
  const now = element("section", "visually-hidden");
  const nowText = element("p", "evalo-now__text");
  nowText.setAttribute("aria-live", "polite");
  const lights = element("p", "visually-hidden");
  now.append(nowText, lights);

  const help = element("details", "card evalo-help");
  const summary = element("summary", "evalo-help__title");
  const goal = element("p", "small");
  const steps = element("ol", "evalo-help__steps small");
  const notes = element("p", "small muted");
  help.append(summary, goal, steps, notes);

  const render = () => {
    nowText.textContent = instruction(shell, deck);
    lights.textContent = `${t("evalo.dashboard")} : ${dashboardLabel(shell.i18n, deck, shell.state.board.map((b) => b.reason))}`;
    summary.textContent = t("evalo.help.title");
    goal.textContent = t("evalo.help.goal");
    steps.replaceChildren(...(STEPS[shell.state.mode] ?? STEPS.group).map((key) => element("li", "", t(key))));
    notes.textContent = `${t("evalo.help.lights")} ${t("evalo.help.keys")}`;
  };
  render();
  shell.onStateChange(render);
  shell.i18n.onChange(render);
  return [now, help];
}
