type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);
export type Attrs = Record<string, AttrValue>;
export type Child = Node | string | null | undefined | false;

/** Creates an element: `on*` attributes become listeners, `true` a bare attribute, null/false/undefined nothing. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

/**
 * Replaces a container's content with a fresh rendering, keeping keyboard focus on the element
 * with the same id, so that re-rendering on every state change never loses a keyboard user.
 */
export function renderInto(container: HTMLElement, content: Node): void {
  const active = document.activeElement;
  const focusedId = active instanceof HTMLElement && container.contains(active) ? active.id : "";
  container.replaceChildren(content);
  if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
}
