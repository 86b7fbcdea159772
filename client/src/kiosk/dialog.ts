import { h, renderInto } from "../ui/dom.ts";

export interface Modal {
  /** Replaces what the dialog shows (it stays open), named by its own heading when it has another. */
  show(content: HTMLElement, labelledBy?: string): void;
  close(): void;
}

/** A modal dialog (the browser's own: focus kept inside, the rest inert), named by the heading `labelledBy`. */
export function openModal(content: HTMLElement, labelledBy: string, onCancel: () => void, role: "dialog" | "alertdialog" = "dialog"): Modal {
  const dialog = h("dialog", { class: "kiosk-dialog", role, "aria-labelledby": labelledBy });
  dialog.append(content);
  // Escape (a keyboard, for staff) closes it like the dialog's own cancel button.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    onCancel();
  });
  document.body.append(dialog);
  dialog.showModal();
  return {
    show: (next, label = labelledBy) => {
      dialog.setAttribute("aria-labelledby", label);
      renderInto(dialog, next);
    },
    close: () => {
      dialog.close();
      dialog.remove();
    },
  };
}
