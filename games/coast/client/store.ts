import type { ShellContext } from "@sgp/client/game";
import type { Action, PublicRole, PublicScenario, Zone } from "@sgp/game-coast/content";
import { actionMatters } from "@sgp/game-coast/effects";
import { readSecret } from "@sgp/game-coast/objectives";
import { isOpen } from "@sgp/game-coast/rules";
import type { CoastProject, CoastRole, CoastState, CoastZone, SecretObjective } from "@sgp/game-coast/state";
import { pluralKey } from "./format.ts";

export type Shell = ShellContext<CoastState>;

/** What this screen alone is doing: never synced, never sent. */
export interface UiState {
  /** The zone whose explanation is open on the map. */
  zone: string | null;
  /** The action card being placed: the map highlights where it may go. */
  placing: string | null;
  /** Where the card being placed moves homes and jobs (a zone id; null: the rule's default, the highest safe zone). */
  destination: string | null;
  tab: "now" | "role" | "help";
}

/**
 * The client's single view of the game: the synced state (read only), the public scenario, this
 * screen's UI state, and one change signal for the scene and the panels alike.
 */
export class CoastStore {
  readonly scenario: PublicScenario;
  readonly ui: UiState = { zone: null, placing: null, destination: null, tab: "now" };
  private readonly listeners = new Set<() => void>();
  private pending = false;
  private readonly zoneDefs: Map<string, Zone>;
  private readonly actionDefs: Map<string, Action>;
  private readonly roleDefs: Map<string, PublicRole>;

  constructor(readonly shell: Shell) {
    this.scenario = shell.content as PublicScenario;
    this.zoneDefs = new Map(this.scenario.zones.map((z) => [z.id, z]));
    this.actionDefs = new Map(this.scenario.actions.map((a) => [a.id, a]));
    this.roleDefs = new Map(this.scenario.roles.map((r) => [r.id, r]));
    this.watch();
  }

  get state(): CoastState {
    return this.shell.state;
  }

  /** Listeners run once per batch of changes (a patch from the server touches many fields at once). */
  on(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed = (): void => {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      for (const listener of this.listeners) listener();
    });
  };

  setUi(patch: Partial<UiState>): void {
    Object.assign(this.ui, patch);
    this.changed();
  }

  t = (key: string, params?: Record<string, string | number>): string => this.shell.i18n.t(key, params);
  /** A message whose wording follows a count: the key's ".one" or ".other" form, by the language's plural rules. */
  tn = (key: string, count: number, params: Record<string, string | number> = {}): string =>
    this.t(pluralKey(key, count, this.shell.i18n.locale()), { count, ...params });
  text = (value: Parameters<Shell["i18n"]["localize"]>[0]): string => this.shell.i18n.localize(value);

  zoneDef(id: string): Zone | undefined {
    return this.zoneDefs.get(id);
  }
  action(id: string): Action | undefined {
    return this.actionDefs.get(id);
  }
  roleDef(id: string): PublicRole | undefined {
    return this.roleDefs.get(id);
  }
  zoneName(id: string): string {
    const def = this.zoneDefs.get(id);
    return def ? this.text(def.name) : id;
  }
  actionName(id: string): string {
    const def = this.actionDefs.get(id);
    return def ? this.text(def.name) : id;
  }
  roleName(id: string): string {
    const def = this.roleDefs.get(id);
    return def ? this.text(def.name) : id;
  }

  /** The card being placed, while proposing is possible. */
  get placing(): string | null {
    return this.state.phase === "negotiation" ? this.ui.placing : null;
  }

  get myRoleId(): string {
    return this.state.seats.get(this.shell.seatId)?.role ?? "";
  }
  get myRole(): CoastRole | undefined {
    return this.state.roles.get(this.myRoleId);
  }
  get mySecrets(): SecretObjective[] {
    const role = this.myRole;
    return role ? readSecret(role) : [];
  }
  get amDone(): boolean {
    return this.state.seats.get(this.shell.seatId)?.done ?? false;
  }

  /** The action cards my role may propose. */
  myActions(): Action[] {
    return this.scenario.actions.filter((a) => a.proposers.includes(this.myRoleId));
  }

  /** Proposes the card being placed on a zone, with the destination picked for what it moves. */
  propose(actionId: string, zoneId: string): Promise<unknown> {
    const to = this.ui.destination;
    this.setUi({ zone: null, placing: null, destination: null });
    return this.shell.send("propose", { action: actionId, zone: zoneId, ...(to && to !== zoneId ? { to } : {}) });
  }

  /** Where an action may go now: the right kind of zone, and it would change something there. */
  canPlace(actionId: string, zoneId: string): boolean {
    const action = this.action(actionId);
    const zone = this.state.zones.get(zoneId);
    if (!action || !zone) return false;
    return (action.zoneKinds as string[]).includes(zone.kind) && actionMatters(action, zone, this.state.warningFactor);
  }

  zones(): { def: Zone; zone: CoastZone }[] {
    return this.scenario.zones.flatMap((def) => {
      const zone = this.state.zones.get(def.id);
      return zone ? [{ def, zone }] : [];
    });
  }

  projects(): CoastProject[] {
    return [...this.state.projects.values()].sort((a, b) => Number(a.id.split("-")[1]) - Number(b.id.split("-")[1]));
  }
  openProjects(): CoastProject[] {
    return this.projects().filter(isOpen);
  }

  /** Follows every part of the state the game draws. */
  private watch(): void {
    const { callbacks } = this.shell;
    const changed = this.changed;
    callbacks.onChange(this.state, changed);
    // A new step starts with a clean map: no card left open, no card being placed.
    callbacks.listen("phase", () => Object.assign(this.ui, { zone: null, placing: null }));
    callbacks.onAdd("seats", (seat) => callbacks.onChange(seat, changed));
    callbacks.onAdd("zones", (zone) => callbacks.onChange(zone, changed));
    callbacks.onAdd("roles", (role) => {
      callbacks.onChange(role, changed);
      callbacks.onChange(role, "goals", changed);
    });
    callbacks.onAdd("projects", (project) => {
      changed();
      callbacks.onChange(project, changed);
      for (const collection of ["pledges", "reactions"] as const) {
        callbacks.onAdd(project, collection, changed);
        callbacks.onChange(project, collection, changed);
        callbacks.onRemove(project, collection, changed);
      }
    });
    callbacks.onAdd("history", (record) => {
      changed();
      callbacks.onAdd(record, "headlines", changed);
    });
    callbacks.onAdd("chat", changed);
    this.shell.i18n.onChange(changed);
  }
}

/** One store per session, shared by the scenes and the panels the shell asks for separately. */
const stores = new WeakMap<object, CoastStore>();

export function storeOf(shell: Shell): CoastStore {
  let store = stores.get(shell);
  if (!store) {
    store = new CoastStore(shell);
    stores.set(shell, store);
  }
  return store;
}
