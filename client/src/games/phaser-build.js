/**
 * The parts of Phaser the games use, built from Phaser's sources instead of its full bundle (no
 * physics, tilemaps, sound, particles, meshes...): about a third smaller. The production build
 * resolves `import * as Phaser from "phaser"` here (client/vite.config.ts); the types stay
 * Phaser's own, so a game object or namespace a game starts to use must be added below.
 */
import "phaser-src/polyfills/requestVideoFrame.js";
import animations from "phaser-src/animations/index.js";
import cache from "phaser-src/cache/index.js";
import scene2D from "phaser-src/cameras/2d/index.js";
import CONST from "phaser-src/const.js";
import core from "phaser-src/core/index.js";
import game from "phaser-src/core/Game.js";
import data from "phaser-src/data/index.js";
import masks from "phaser-src/display/mask/index.js";
import dom from "phaser-src/dom/index.js";
import events from "phaser-src/events/index.js";
import filters from "phaser-src/filters/index.js";
import buildGameObject from "phaser-src/gameobjects/BuildGameObject.js";
import components from "phaser-src/gameobjects/components/index.js";
import container from "phaser-src/gameobjects/container/Container.js";
import containerFactory from "phaser-src/gameobjects/container/ContainerFactory.js";
import displayList from "phaser-src/gameobjects/DisplayList.js";
import gameObjectEvents from "phaser-src/gameobjects/events/index.js";
import gameObject from "phaser-src/gameobjects/GameObject.js";
import gameObjectCreator from "phaser-src/gameobjects/GameObjectCreator.js";
import gameObjectFactory from "phaser-src/gameobjects/GameObjectFactory.js";
import graphics from "phaser-src/gameobjects/graphics/Graphics.js";
import graphicsFactory from "phaser-src/gameobjects/graphics/GraphicsFactory.js";
import polygon from "phaser-src/gameobjects/shape/polygon/Polygon.js";
import polygonFactory from "phaser-src/gameobjects/shape/polygon/PolygonFactory.js";
import shape from "phaser-src/gameobjects/shape/Shape.js";
import text from "phaser-src/gameobjects/text/Text.js";
import textFactory from "phaser-src/gameobjects/text/TextFactory.js";
import updateList from "phaser-src/gameobjects/UpdateList.js";
import zone from "phaser-src/gameobjects/zone/Zone.js";
import zoneFactory from "phaser-src/gameobjects/zone/ZoneFactory.js";
import geom from "phaser-src/geom/index.js";
import input from "phaser-src/input/index.js";
import math from "phaser-src/math/index.js";
import plugins from "phaser-src/plugins/index.js";
import blendModes from "phaser-src/renderer/BlendModes.js";
import renderer from "phaser-src/renderer/index.js";
import scaleModes from "phaser-src/renderer/ScaleModes.js";
import tintModes from "phaser-src/renderer/TintModes.js";
import scale from "phaser-src/scale/index.js";
import scenes from "phaser-src/scene/index.js";
import scene from "phaser-src/scene/Scene.js";
import structs from "phaser-src/structs/index.js";
import textures from "phaser-src/textures/index.js";
import time from "phaser-src/time/index.js";
import tweens from "phaser-src/tweens/index.js";
import phaserClass from "phaser-src/utils/Class.js";
import Extend from "phaser-src/utils/object/Extend.js";

const Phaser = Extend(
  false,
  {
    Animations: animations,
    BlendModes: blendModes,
    Cache: cache,
    Cameras: { Scene2D: scene2D },
    Class: phaserClass,
    Core: core,
    Data: data,
    Display: { Masks: masks },
    DOM: dom,
    Events: events,
    Filters: filters,
    Game: game,
    GameObjects: {
      BuildGameObject: buildGameObject,
      Components: components,
      Container: container,
      DisplayList: displayList,
      Events: gameObjectEvents,
      GameObject: gameObject,
      GameObjectCreator: gameObjectCreator,
      GameObjectFactory: gameObjectFactory,
      Graphics: graphics,
      Polygon: polygon,
      Shape: shape,
      Text: text,
      UpdateList: updateList,
      Zone: zone,
      Factories: { Container: containerFactory, Graphics: graphicsFactory, Polygon: polygonFactory, Text: textFactory, Zone: zoneFactory },
    },
    Geom: geom,
    Input: input,
    Math: math,
    Plugins: plugins,
    Renderer: renderer,
    Scale: scale,
    ScaleModes: scaleModes,
    Scene: scene,
    Scenes: scenes,
    Structs: structs,
    Textures: textures,
    Time: time,
    TintModes: tintModes,
    Tweens: tweens,
  },
  CONST,
);

export const {
  AUTO,
  Animations,
  BlendModes,
  Cache,
  Cameras,
  Class,
  Core,
  Data,
  Display,
  DOM,
  Events,
  Filters,
  Game,
  GameObjects,
  Geom,
  Input,
  Math,
  Plugins,
  Renderer,
  Scale,
  ScaleModes,
  Scene,
  Scenes,
  Structs,
  Textures,
  Time,
  TintModes,
  Tweens,
} = Phaser;
export default Phaser;
