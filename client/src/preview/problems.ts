import type { ContentProblem } from "@sgp/shared";
import { locale } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import { pt } from "./text.ts";

/** The problems at a JSON path or inside it (`$.zones[3]` holds `$.zones[3].neighbours[0]`). */
export function problemsUnder(problems: readonly ContentProblem[], path: string): ContentProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

export function problemCounts(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  return pt("preview.problems.count", { errors, warnings: problems.length - errors });
}

/** One line per problem: its severity, message in the current language, JSON path and (when asked) file. */
export function problemList(problems: readonly ContentProblem[], options: { withFile?: boolean } = {}): HTMLElement {
  if (problems.length === 0) return h("p", { class: "problems problems--none" }, pt("preview.problems.none"));
  return h(
    "ul",
    { class: "problems" },
    ...problems.map((problem) =>
      h(
        "li",
        { class: `problem problem--${problem.severity}`, "data-path": problem.path },
        h("span", { class: "problem__severity" }, pt(problem.severity === "error" ? "preview.problem.error" : "preview.problem.warning")),
        h("span", { class: "problem__message" }, problem.message[locale()]),
        h(
          "span",
          { class: "problem__where" },
          options.withFile ? h("span", { class: "problem__file" }, h("span", { class: "visually-hidden" }, `${pt("preview.problem.file")} `), problem.file) : null,
          h("code", { class: "problem__path", title: pt("preview.problem.path") }, h("span", { class: "visually-hidden" }, `${pt("preview.problem.path")} `), problem.path),
        ),
      ),
    ),
  );
}
