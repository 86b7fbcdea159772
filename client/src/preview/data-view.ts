import type { ContentProblem, LocalizedText } from "@sgp/shared";
import { localize } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import type { ContentData } from "./api.ts";
import { problemList, problemsUnder } from "./problems.ts";
import { pt } from "./text.ts";

/** The envelope is shown in the page's head, not among the data. */
const ENVELOPE = new Set(["$schema", "game", "id", "version", "title", "description"]);
/** Fields that name an item, in order of preference. */
const NAME_FIELDS = ["name", "title", "label"];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

function isLocalized(value: Json): value is Extract<LocalizedText, object> {
  return isObject(value) && typeof value.fr === "string" && Object.keys(value).every((key) => key === "fr" || (key === "en" && typeof value.en === "string"));
}

const isPlain = (value: Json): value is string | number | boolean | null => !isObject(value) && !Array.isArray(value);

/** A value in words: texts in the current language, yes/no, lists inline when they are short words. */
function valueView(value: Json): Node {
  if (value === null || (Array.isArray(value) && value.length === 0)) return document.createTextNode(pt("preview.data.empty"));
  if (typeof value === "boolean") return document.createTextNode(pt(value ? "preview.data.yes" : "preview.data.no"));
  if (typeof value === "string" && /^#[0-9a-f]{6}$/i.test(value)) return h("span", { class: "data-colour" }, h("span", { class: "data-colour__swatch", style: `background:${value}`, "aria-hidden": "true" }), value);
  if (isPlain(value)) return document.createTextNode(String(value));
  if (isLocalized(value)) return document.createTextNode(localize(value));
  if (Array.isArray(value)) {
    if (value.every((v) => isPlain(v) || isLocalized(v))) return document.createTextNode(value.map((v) => (isLocalized(v) ? localize(v) : String(v))).join(", "));
    if (value.every((v) => Array.isArray(v) && v.every(isPlain))) return h("code", { class: "data-inline" }, JSON.stringify(value));
    return h("ol", { class: "data-list" }, ...value.map((v) => h("li", {}, valueView(v))));
  }
  return fields(value);
}

function fields(object: JsonObject, skip: ReadonlySet<string> = new Set()): HTMLElement {
  const entries = Object.entries(object).filter(([key]) => !skip.has(key));
  return h("dl", { class: "data-fields" }, ...entries.flatMap(([key, value]) => [h("dt", {}, key), h("dd", {}, valueView(value))]));
}

function itemName(item: Json, index: number): string {
  if (!isObject(item)) return String(index + 1);
  const field = NAME_FIELDS.find((key) => typeof item[key] === "string" || isLocalized(item[key] ?? null));
  const name = field ? localize(item[field] as LocalizedText) : "";
  const id = typeof item.id === "string" ? item.id : "";
  return [name, id && id !== name ? `(${id})` : ""].filter(Boolean).join(" ") || String(index + 1);
}

/** One card, zone, role…: its name, its JSON path, its problems, then every field. */
function itemView(item: Json, path: string, index: number, problems: readonly ContentProblem[]): HTMLElement {
  const own = problemsUnder(problems, path);
  return h(
    "li",
    { class: `data-item${own.length ? " data-item--problems" : ""}`, "data-preview-item": "", "data-path": path },
    h("div", { class: "data-item__head" }, h("h4", { class: "data-item__name" }, itemName(item, index)), h("code", { class: "data-item__path" }, path)),
    own.length ? problemList(own) : null,
    isObject(item) ? fields(item, new Set(["id"])) : valueView(item),
  );
}

function sectionView(key: string, value: Json, problems: readonly ContentProblem[]): HTMLElement {
  const path = `$.${key}`;
  const list = Array.isArray(value) ? value : null;
  const headingId = `data-${key}`;
  return h(
    "section",
    { class: "data-section", "aria-labelledby": headingId, "data-section": key, "data-count": list?.length ?? null },
    h("h3", { class: "data-section__title", id: headingId }, h("code", {}, key), list ? h("span", { class: "pill pill--quiet" }, pt("preview.data.items", { count: list.length })) : null),
    list ? h("ol", { class: "data-items" }, ...list.map((item, index) => itemView(item, `${path}[${index}]`, index, problems))) : h("div", { class: "data-item" }, problemsUnder(problems, path).length ? problemList(problemsUnder(problems, path)) : null, valueView(value)),
  );
}

/** Every part of a content file as text: the accessible view of a deck or a scenario, problems beside each item. */
export function dataView(data: ContentData, problems: readonly ContentProblem[]): HTMLElement {
  const sections = Object.entries(data as JsonObject).filter(([key]) => !ENVELOPE.has(key));
  return h("div", { class: "data-view" }, ...sections.map(([key, value]) => sectionView(key, value, problems)));
}
