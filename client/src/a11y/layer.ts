import { h } from "../ui/dom.ts";

/** A rectangle in CSS pixels, relative to the layer (which covers the canvas exactly). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AccessibleTarget {
  /** What a screen reader announces; read again on every refresh. */
  label: () => string;
  /** The very function a tap runs. */
  activate: () => void;
  enabled?: () => boolean;
  /** Where the object is on screen, for the focus ring. */
  bounds: () => Box | null;
}

export interface AccessibleHandle {
  remove(): void;
}

/**
 * Mirrors the canvas's interactive objects as DOM buttons: invisible, but announced, reachable
 * with Tab, activated with Enter or Space, and drawing a focus ring over their object when focused.
 * Taps go through to the canvas (the buttons ignore the pointer).
 */
export class AccessibleLayer {
  readonly element = h("div", { class: "a11y-layer" });
  private readonly targets = new Map<HTMLButtonElement, AccessibleTarget>();
  /** Scenes often redraw their objects: focus goes to whatever takes the removed button's place. */
  private refocusIndex: number | null = null;

  constructor(label: string) {
    this.element.setAttribute("role", "group");
    this.element.setAttribute("aria-label", label);
    this.element.tabIndex = -1;
  }

  register(target: AccessibleTarget): AccessibleHandle {
    const button = h("button", { type: "button", class: "a11y-target" });
    button.addEventListener("click", () => {
      if (target.enabled?.() ?? true) target.activate();
    });
    this.targets.set(button, target);
    this.element.append(button);
    this.refreshOne(button, target);
    if (this.refocusIndex !== null && this.targets.size - 1 >= this.refocusIndex) {
      this.refocusIndex = null;
      button.focus({ preventScroll: true });
    }
    return {
      remove: () => {
        if (document.activeElement === button) this.refocusIndex = [...this.targets.keys()].indexOf(button);
        this.targets.delete(button);
        button.remove();
      },
    };
  }

  /** Labels, states and positions follow the scene; called after every rendered frame. */
  refresh(): void {
    for (const [button, target] of this.targets) this.refreshOne(button, target);
    if (this.refocusIndex === null) return;
    // Nothing took its place within a frame: keep focus in the layer rather than lose it.
    this.refocusIndex = null;
    ([...this.targets.keys()].at(-1) ?? this.element).focus({ preventScroll: true });
  }

  clear(): void {
    for (const button of this.targets.keys()) button.remove();
    this.targets.clear();
  }

  private refreshOne(button: HTMLButtonElement, target: AccessibleTarget): void {
    const label = target.label();
    if (button.textContent !== label) button.textContent = label;
    const disabled = !(target.enabled?.() ?? true);
    if (button.getAttribute("aria-disabled") !== String(disabled)) button.setAttribute("aria-disabled", String(disabled));
    const box = target.bounds();
    button.hidden = box === null;
    if (!box) return;
    const style = `left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px`;
    if (button.getAttribute("style") !== style) button.setAttribute("style", style);
  }
}
