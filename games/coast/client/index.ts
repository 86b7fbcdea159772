import { defineGameClient } from "@sgp/client/game";
import type { CoastState } from "@sgp/game-coast/state";
import "./coast.css";
import { MapScene } from "./map-scene.ts";
import { messages } from "./messages.ts";
import { coastPanel } from "./panel/panel.ts";
import { PreviewScene } from "./preview-scene.ts";
import { storeOf } from "./store.ts";

/** "Trait de côte" in the browser: the territory's map on the canvas, the player's panel beside it. */
export default defineGameClient<CoastState>({
  id: "coast",
  messages,
  scenes: (shell) => [new MapScene(storeOf(shell))],
  panels: (shell) => [coastPanel(storeOf(shell))],
  preview: (context) => [new PreviewScene(context)],
});
