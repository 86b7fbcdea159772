import type { Seat } from "@sgp/shared";
import type { SessionInfo } from "../net/api.ts";
import type { SessionConnection } from "../net/connection.ts";
import { h, type Attrs } from "../ui/dom.ts";
import { m } from "./messages.ts";

/** What every part of the console works with. */
export interface Desk {
  connection: SessionConnection;
  info: SessionInfo;
  /** The session's public content (deck, scenario). */
  content: unknown;
  token: string;
  /** What is being typed, by input id: the console renders again on every change of the state. */
  drafts: Record<string, string>;
  /** The seat whose row shows a form, and which. */
  editing?: { seat: string; action: "rename" | "kick" };
  /** Links made to give a bot's seat to a person, by seat. */
  handovers: Record<string, string>;
  /** Sends a command; a refusal becomes a toast. True once applied. */
  act(kind: string, payload?: unknown): Promise<boolean>;
  /** Makes the link that gives a robot's seat to a person. */
  handOver(seat: string): Promise<void>;
  render(): void;
}

/** A game's own part of the console. */
export interface GameDesk {
  /** The game's facilitator powers. */
  powers(desk: Desk): HTMLElement;
  /** What the facilitator alone sees of a seat (hand counts, secret objectives). */
  secrets?(desk: Desk, seat: Seat): HTMLElement | null;
  roleName?(desk: Desk, role: string): string;
}

/** A button sending one command, busy while it is pending. */
/** A payload read from drafts is a function: typing in a field does not redraw the button, so it is read on click. */
export function commandButton(desk: Desk, id: string, label: string, kind: string, payload: unknown = {}, style = "button--secondary", extra: Attrs = {}): HTMLButtonElement {
  const pending = desk.connection.pendingKinds.has(kind);
  const send = () => void desk.act(kind, typeof payload === "function" ? payload() : payload);
  return h("button", { type: "button", id, class: `button ${style}`, "aria-busy": String(pending), disabled: pending, onclick: send, ...extra }, label);
}

/** A text field whose draft survives re-rendering. */
export function draftInput(desk: Desk, id: string, attrs: Attrs = {}): HTMLInputElement {
  return h("input", { id, class: "input", value: desk.drafts[id] ?? "", oninput: (e: Event) => (desk.drafts[id] = (e.target as HTMLInputElement).value), ...attrs });
}

/** The marker of everything players may not see. */
export function secretBadge(): HTMLElement {
  return h("span", { class: "secret-badge" }, m("fac.secret.badge"));
}

export function seatsInOrder(desk: Desk): Seat[] {
  return [...desk.connection.state.seats.values()].sort((a, b) => a.order - b.order);
}

export function seatName(desk: Desk, id: string): string {
  return desk.connection.state.seats.get(id)?.name ?? id;
}
