import { h } from "../ui/dom.ts";
import type { SettingSchema, SettingsSchema } from "./desk-api.ts";
import type { FacilitatorKey } from "./catalogue.ts";
import { known, m } from "./messages.ts";

/** The values the facilitator changed, by setting name; the others keep their defaults. */
export type SettingValues = Record<string, number | boolean | string>;

const isDuration = (name: string) => name.endsWith("Seconds");

/** Switches whose effect needs a sentence under them. */
const SWITCH_HINTS: Partial<Record<string, FacilitatorKey>> = { autoStart: "fac.setting.autoStart.hint" };

function defaultText(name: string, schema: SettingSchema): string {
  if (schema.default === undefined) return "";
  if (typeof schema.default === "boolean") return "";
  if (schema.enum) return m("fac.create.default", { value: known("fac.setting.", `${name}.${String(schema.default)}`) });
  return m("fac.create.default", { value: String(schema.default) });
}

function control(name: string, schema: SettingSchema, values: SettingValues): HTMLElement {
  const id = `setting-${name}`;
  const label = known("fac.setting.", name);
  if (schema.type === "boolean") {
    const checked = (values[name] ?? schema.default) === true;
    const hint = SWITCH_HINTS[name];
    const box = h(
      "label",
      { class: "setting setting--check", for: id },
      h("input", { type: "checkbox", id, checked, "aria-describedby": hint ? `${id}-hint` : null, onchange: (e: Event) => (values[name] = (e.target as HTMLInputElement).checked) }),
      h("span", {}, label),
    );
    return hint ? h("div", { class: "setting" }, box, h("p", { class: "field__hint", id: `${id}-hint` }, m(hint))) : box;
  }
  const hint = defaultText(name, schema);
  const input = schema.enum
    ? h(
        "select",
        { id, class: "select", onchange: (e: Event) => (values[name] = (e.target as HTMLSelectElement).value) },
        ...schema.enum.map((value) => h("option", { value, selected: value === (values[name] ?? schema.default) }, known("fac.setting.", `${name}.${value}`))),
      )
    : h("input", {
        id,
        class: "input",
        type: "number",
        inputmode: "numeric",
        min: schema.minimum,
        max: schema.maximum,
        step: schema.type === "integer" ? 1 : "any",
        value: values[name] === undefined ? (typeof schema.default === "number" ? schema.default : "") : String(values[name]),
        "aria-describedby": hint ? `${id}-hint` : null,
        oninput: (e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          if (raw === "") delete values[name];
          else values[name] = Number(raw);
        },
      });
  return h("div", { class: "field setting" }, h("label", { class: "field__label", for: id }, label), input, hint ? h("p", { class: "field__hint", id: `${id}-hint` }, hint) : null);
}

function group(legend: FacilitatorKey, entries: [string, SettingSchema][], values: SettingValues): HTMLElement | null {
  if (entries.length === 0) return null;
  return h("fieldset", { class: "settings-group" }, h("legend", { class: "field__label" }, m(legend)), h("div", { class: "settings-grid" }, ...entries.map(([name, schema]) => control(name, schema, values))));
}

/** The game's settings (durations apart) and the table's, every field with its bounds and default. */
export function settingsFields(game: SettingsSchema, platform: SettingsSchema, values: SettingValues): HTMLElement {
  const entries = Object.entries(game.properties);
  return h(
    "div",
    { class: "settings" },
    group("fac.create.durations", entries.filter(([name]) => isDuration(name)), values),
    group("fac.create.rules", entries.filter(([name]) => !isDuration(name)), values),
    // An object (a series) is set by the server, not typed in.
    group("fac.create.table", Object.entries(platform.properties).filter(([, schema]) => schema.type !== "object"), values),
  );
}
