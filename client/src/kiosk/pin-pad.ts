import { describeError } from "../ui/errors.ts";
import { h } from "../ui/dom.ts";
import { kt } from "./i18n.ts";

const MAX_DIGITS = 8;

/** A PIN pad of big digit buttons (no keyboard); `check` resolves when the PIN is right, rejects otherwise. */
export function pinPad(check: (pin: string) => Promise<void>, cancel: () => void): HTMLElement {
  let pin = "";
  const dots = h("span", { "aria-hidden": "true" });
  const count = h("span", { class: "visually-hidden" });
  const error = h("p", { class: "field__error", role: "alert" });
  const show = () => {
    dots.textContent = "•".repeat(pin.length) || " ";
    count.textContent = kt("kiosk.staff.pinValue", { count: pin.length });
  };
  const type = (digit: string) => {
    if (pin.length < MAX_DIGITS) pin += digit;
    error.textContent = "";
    show();
  };
  const submit = async () => {
    try {
      await check(pin);
    } catch (failure) {
      error.textContent = describeError(failure);
      pin = "";
      show();
    }
  };
  show();
  const key = (label: string, action: () => void, attrs: Record<string, string> = {}) => h("button", { type: "button", class: "pin__key", onclick: action, ...attrs }, label);
  return h(
    "div",
    { class: "pin" },
    h("h2", { class: "card__title", id: "pin-title" }, kt("kiosk.staff.pinTitle")),
    h("p", { class: "muted" }, kt("kiosk.staff.pinHint")),
    h("p", { class: "pin__dots", "aria-live": "polite" }, dots, count),
    error,
    h(
      "div",
      { class: "pin__keys" },
      ..."123456789".split("").map((digit) => key(digit, () => type(digit), { "data-digit": digit })),
      key("⌫", () => {
        pin = pin.slice(0, -1);
        show();
      }, { "aria-label": kt("kiosk.staff.erase") }),
      key("0", () => type("0"), { "data-digit": "0" }),
      key("✓", () => void submit(), { "aria-label": kt("kiosk.staff.ok"), id: "pin-ok", class: "pin__key pin__key--ok" }),
    ),
    h("button", { type: "button", class: "button button--ghost button--wide", id: "pin-cancel", onclick: cancel }, kt("kiosk.staff.cancel")),
  );
}
