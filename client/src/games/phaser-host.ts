import * as Phaser from "phaser";
import { AccessibleLayer, type Box } from "../a11y/layer.ts";
import { addMessages, locale, localize, onLocaleChange, t, text } from "../i18n/index.ts";
import type { SessionConnection } from "../net/connection.ts";
import { h } from "../ui/dom.ts";
import { tokens } from "../ui/tokens.ts";
import type { Bounded, GameClient, InteractiveOptions, PreviewContext, ShellContext } from "./contract.ts";

export interface MountedGame {
  element: HTMLElement;
  panels: HTMLElement[];
  destroy(): void;
}

export interface MountedPreview {
  element: HTMLElement;
  destroy(): void;
}

/** What every canvas gives the scenes drawn in it: its size, crisp text and the accessible layer. */
type CanvasTools = Pick<ShellContext, "layout" | "onLayout" | "text" | "interactive">;

interface Canvas {
  element: HTMLElement;
  tools: CanvasTools;
  /** Starts Phaser with these scenes as soon as the container has a size. */
  run(scenes: () => Phaser.Scene[]): void;
  destroy(): void;
}

const shellI18n: ShellContext["i18n"] = { t: text, locale, localize, onChange: (listener) => onLocaleChange(() => listener()) };

/**
 * A Phaser canvas sized to its container, with the accessible layer over it. The canvas is drawn
 * at the screen's density (size × devicePixelRatio, displayed at 1/dpr) and every camera zooms by
 * dpr, so scenes lay out in CSS pixels while text and shapes stay sharp.
 */
function createCanvas(label: string): Canvas {
  const stage = h("div", { class: "stage" });
  const canvasBox = h("div", { class: "stage__canvas" });
  const layer = new AccessibleLayer(label);
  stage.append(canvasBox, layer.element);

  const dpr = () => Math.max(1, window.devicePixelRatio || 1);
  const layout = { width: 1, height: 1 };
  const layoutListeners = new Set<() => void>();
  let game: Phaser.Game | undefined;
  let observer: ResizeObserver | undefined;

  const cssBounds = (object: Bounded): Box | null => {
    if (!object.active || !game) return null;
    const camera = object.scene.cameras.main;
    const bounds = object.getBounds();
    const scale = camera.zoom / dpr();
    // An object pinned to the view (scroll factor 0, a docked control) does not move with the camera.
    const { scrollFactorX = 1, scrollFactorY = 1 } = object as Partial<Phaser.GameObjects.Components.ScrollFactor>;
    return { x: (bounds.x - camera.scrollX * scrollFactorX) * scale, y: (bounds.y - camera.scrollY * scrollFactorY) * scale, width: bounds.width * scale, height: bounds.height * scale };
  };

  const tools: CanvasTools = {
    layout,
    onLayout(listener) {
      layoutListeners.add(listener);
      return () => layoutListeners.delete(listener);
    },
    text(scene, x, y, content, style = {}) {
      return scene.add.text(x, y, content, {
        fontFamily: tokens.font.family,
        fontSize: `${tokens.font.size.md}px`,
        color: tokens.colors.onTable,
        ...style,
        // Cameras zoom by dpr to turn CSS pixels into device pixels: the texture needs as many.
        resolution: dpr(),
      });
    },
    interactive(object: Bounded, options: InteractiveOptions) {
      const enabled = () => options.enabled?.() ?? true;
      if (object.input) object.input.cursor = "pointer";
      else object.setInteractive({ useHandCursor: true });
      object.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => enabled() && options.activate());
      const handle = layer.register({ ...options, bounds: () => cssBounds(object) });
      object.once(Phaser.GameObjects.Events.DESTROY, () => handle.remove());
    },
  };

  const fitCameras = () => {
    for (const scene of game?.scene.getScenes(true) ?? []) {
      const camera = scene.cameras.main;
      if (camera.zoom !== dpr()) camera.setZoom(dpr()).setOrigin(0, 0);
    }
  };

  const resize = () => {
    const width = Math.max(1, Math.round(canvasBox.clientWidth));
    const height = Math.max(1, Math.round(canvasBox.clientHeight));
    if (width === layout.width && height === layout.height) return;
    Object.assign(layout, { width, height });
    if (!game) return;
    game.scale.resize(width * dpr(), height * dpr());
    game.scale.setZoom(1 / dpr());
    for (const listener of layoutListeners) listener();
  };

  return {
    element: stage,
    tools,
    run(scenes) {
      observer = new ResizeObserver(() => {
        if (game) return resize();
        resize();
        game = new Phaser.Game({
          type: Phaser.AUTO,
          parent: canvasBox,
          backgroundColor: tokens.colors.table,
          banner: false,
          scale: { mode: Phaser.Scale.NONE, width: layout.width * dpr(), height: layout.height * dpr(), zoom: 1 / dpr() },
          scene: scenes(),
        });
        game.events.on(Phaser.Core.Events.PRE_STEP, fitCameras);
        game.events.on(Phaser.Core.Events.POST_RENDER, () => layer.refresh());
      });
      observer.observe(canvasBox);
    },
    destroy() {
      observer?.disconnect();
      layer.clear();
      game?.destroy(true);
    },
  };
}

/** Runs a game's scenes for a session. */
export function mountGame(client: GameClient, connection: SessionConnection, content: unknown, send: ShellContext["send"]): MountedGame {
  if (client.messages) addMessages(client.messages);
  const canvas = createCanvas(t("game.board"));
  const shell: ShellContext = {
    ...canvas.tools,
    get state() {
      return connection.state;
    },
    get callbacks() {
      return connection.callbacks;
    },
    onStateChange: (listener) => connection.stateChanged.on(() => listener()),
    send,
    seatId: connection.seatId,
    content,
    i18n: shellI18n,
    tokens,
    now: () => connection.clock.now(),
  };
  canvas.run(() => client.scenes(shell));
  return { element: canvas.element, panels: client.panels?.(shell) ?? [], destroy: () => canvas.destroy() };
}

export type PreviewingClient = GameClient & Required<Pick<GameClient, "preview">>;

export function hasPreview(client: GameClient): client is PreviewingClient {
  return client.preview !== undefined;
}

/** Runs a game's preview scenes (every card, or the whole map) for one content, without a session. */
export function mountPreview(client: PreviewingClient, content: unknown, label: string): MountedPreview {
  if (client.messages) addMessages(client.messages);
  const canvas = createCanvas(label);
  const context: PreviewContext = { ...canvas.tools, content, i18n: shellI18n, tokens };
  canvas.run(() => client.preview(context));
  return { element: canvas.element, destroy: () => canvas.destroy() };
}
