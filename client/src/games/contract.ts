import type * as Phaser from "phaser";
import type { BaseState, Locale, LocalizedText, MessageCatalogue, Params } from "@sgp/shared";
import type { StateCallbacks } from "../net/connection.ts";
import type { Tokens } from "../ui/tokens.ts";

export type Bounded = Phaser.GameObjects.GameObject & { getBounds(): Phaser.Geom.Rectangle };

/** What a tap target on the canvas needs to also exist for the keyboard and screen readers. */
export interface InteractiveOptions {
  label: () => string;
  activate: () => void;
  enabled?: () => boolean;
}

/** Everything the shell gives a game's client: it never talks to the network or the DOM itself. */
export interface ShellContext<S extends BaseState = BaseState> {
  /** The live synced state, as this seat may see it. */
  readonly state: S;
  /** Colyseus's state callbacks on that state. */
  readonly callbacks: StateCallbacks<S>;
  /**
   * Calls back after every patch this seat receives. Simpler than per-field callbacks for a scene
   * that redraws from the whole state, and it also sees the fields only this seat may see.
   */
  onStateChange(listener: () => void): () => void;
  /** Sends a command; true once applied, false when refused (the shell already told the player why). */
  send(kind: string, payload?: unknown): Promise<boolean>;
  readonly seatId: string;
  /** The session's content (deck, scenario), public part. */
  readonly content: unknown;
  readonly i18n: {
    /** The game's own strings (its `messages`), then the shell's. */
    t(key: string, params?: Params): string;
    locale(): Locale;
    localize(text: LocalizedText): string;
    onChange(listener: () => void): () => void;
  };
  readonly tokens: Tokens;
  /** The server's clock (for deadlines in the state). */
  now(): number;
  /** The canvas's size in CSS pixels: scenes lay out in these units. */
  readonly layout: { readonly width: number; readonly height: number };
  onLayout(listener: () => void): () => void;
  /** Text that stays crisp at any screen density. */
  text(scene: Phaser.Scene, x: number, y: number, content: string, style?: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text;
  /**
   * Makes an object tappable (keeping a hit area it already has) and mirrors it in the accessible
   * layer; undone when the object is destroyed.
   */
  interactive(object: Bounded, options: InteractiveOptions): void;
}

/** What a content preview gets: the content and the drawing tools, no session. */
export type PreviewContext = Pick<ShellContext, "content" | "i18n" | "tokens" | "layout" | "onLayout" | "text" | "interactive">;

/** A game's client entry (default export of `games/<id>/client/index.ts`). */
export interface GameClient<S extends BaseState = BaseState> {
  id: string;
  /** The game's own strings, in every locale. */
  messages?: MessageCatalogue;
  scenes(shell: ShellContext<S>): Phaser.Scene[];
  /** For designers (the preview page): every card, or the whole map, of `context.content`, drawn as in the game. */
  preview?(context: PreviewContext): Phaser.Scene[];
  /** HTML panels shown beside the canvas (rules, what to do now). */
  panels?(shell: ShellContext<S>): HTMLElement[];
}

/** A game knows its own state type; the shell only knows the base every game shares. */
export function defineGameClient<S extends BaseState>(client: GameClient<S>): GameClient {
  return client as unknown as GameClient;
}
