const HOLD_MS = 3000;

/** Calls `done` when `element` is held down (finger, mouse, or Enter/Space) for three seconds. */
export function onLongPress(element: HTMLElement, done: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    clearTimeout(timer);
    element.classList.add("is-holding");
    timer = setTimeout(() => {
      element.classList.remove("is-holding");
      done();
    }, HOLD_MS);
  };
  const cancel = () => {
    clearTimeout(timer);
    element.classList.remove("is-holding");
  };
  element.addEventListener("pointerdown", start);
  for (const type of ["pointerup", "pointercancel", "pointerleave"]) element.addEventListener(type, cancel);
  element.addEventListener("keydown", (event) => {
    if ((event.key === "Enter" || event.key === " ") && !event.repeat) start();
  });
  element.addEventListener("keyup", cancel);
  // A long touch would otherwise open the browser's context menu.
  element.addEventListener("contextmenu", (event) => event.preventDefault());
}
