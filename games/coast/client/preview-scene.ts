import * as Phaser from "phaser";
import type { PreviewContext } from "@sgp/client/game";
import type { PublicScenario, Zone } from "@sgp/game-coast/content";
import { format, pluralKey } from "./format.ts";
import { MapDrawing } from "./map-drawing.ts";
import { drawCard } from "./zone-card.ts";

const PAD = 12;
const CARD_HEIGHT = 118;

/**
 * For designers: the whole map of a scenario, each zone labelled with its ground, defence, homes,
 * jobs and nature (a tap opens all of it), and every action card below.
 */
export class PreviewScene extends Phaser.Scene {
  private dirty = true;
  private map!: MapDrawing;
  private selected: string | null = null;

  constructor(private readonly context: PreviewContext) {
    super("coast-preview");
  }

  private get scenario(): PublicScenario {
    return this.context.content as PublicScenario;
  }

  create(): void {
    this.map = new MapDrawing(this, this.context);
    const offs = [this.context.onLayout(() => (this.dirty = true)), this.context.i18n.onChange(() => (this.dirty = true))];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => offs.forEach((off) => off()));
  }

  override update(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.draw();
  }

  private draw(): void {
    const { context } = this;
    const { t, localize } = context.i18n;
    const fmt = format(context.i18n.locale());
    const { width, height } = context.layout;
    const columns = Math.max(1, Math.floor((width - PAD) / 250));
    const rows = Math.ceil(this.scenario.actions.length / columns);
    const cardsHeight = rows * (CARD_HEIGHT + PAD);
    this.map.clear();
    const mapHeight = Math.max(240, height - cardsHeight - 2 * PAD);
    const erosion = this.scenario.sea.erosion as Record<string, number | undefined>;
    const looks = this.scenario.zones.map((def) => ({
      def,
      kind: def.kind,
      defenceKind: def.defence.kind,
      defenceCondition: def.defence.condition,
      width: def.width,
      erosionRate: erosion[def.kind] ?? 0,
      buildings: { homes: def.homes, empty: 0, lost: 0 },
    }));
    const drawn = this.map.draw(
      { x: PAD, y: PAD, width: width - 2 * PAD, height: mapHeight },
      looks,
      ({ def }) => ({ name: localize(def.name), caption: `${t(`coast.kind.${def.kind}`)} · ${fmt.metres(def.elevation)}` }),
      (years) => t("coast.map.erosionBand", { years }),
    );
    for (const zone of drawn) {
      context.interactive(zone.shape, { label: () => localize(this.scenario.zones.find((z) => z.id === zone.id)!.name), activate: () => this.select(zone.id) });
    }
    this.drawActions(PAD + mapHeight + PAD, columns);
    const selected = this.scenario.zones.find((z) => z.id === this.selected);
    if (selected) {
      const cardWidth = Math.min(380, width - 2 * PAD);
      this.map.track(
        drawCard(this, context, { x: width - PAD - cardWidth, y: PAD, width: cardWidth, maxHeight: mapHeight }, {
          title: localize(selected.name),
          lines: this.zoneData(selected),
          buttons: [],
          close: { label: t("coast.card.close"), activate: () => this.select(null) },
        }),
      );
    }
  }

  private select(id: string | null): void {
    this.selected = id;
    this.dirty = true;
  }

  /** Every figure of a zone as the scenario sets it. */
  private zoneData(zone: Zone): string[] {
    const { t, localize } = this.context.i18n;
    const fmt = format(this.context.i18n.locale());
    const defence =
      zone.defence.kind === "none"
        ? t("coast.explain.noDefence")
        : t(`coast.explain.${zone.defence.kind}`, { crest: fmt.metres(zone.defence.height), condition: fmt.percent(zone.defence.condition), width: fmt.metres(zone.width) });
    return [
      t("coast.explain.ground", { kind: t(`coast.kind.${zone.kind}`), elevation: fmt.metres(zone.elevation) }),
      defence,
      t("coast.explain.stakes", { homes: fmt.count(zone.homes), jobs: fmt.count(zone.jobs), nature: fmt.count(zone.nature) }),
      t(zone.seaFacing ? "coast.preview.seaFacing" : "coast.preview.inland"),
      t(zone.buildable ? "coast.preview.buildable" : "coast.preview.notBuildable"),
      ...(zone.description ? [localize(zone.description)] : []),
    ];
  }

  /** The action cards: name, cost, delay, where, who, and whether the State must approve. */
  private drawActions(top: number, columns: number): void {
    const { context } = this;
    const { t, localize } = context.i18n;
    const { colors, font, radius, colorNumber } = context.tokens;
    const fmt = format(context.i18n.locale());
    const cardWidth = (context.layout.width - PAD - columns * PAD) / columns;
    const roles = new Map(this.scenario.roles.map((r) => [r.id, localize(r.name)]));
    this.scenario.actions.forEach((action, i) => {
      const x = PAD + (i % columns) * (cardWidth + PAD);
      const y = top + Math.floor(i / columns) * (CARD_HEIGHT + PAD);
      const face = this.map.graphics(1);
      face.fillStyle(colorNumber(colors.surface)).fillRoundedRect(x, y, cardWidth, CARD_HEIGHT, radius.sm);
      face.fillStyle(colorNumber(action.needsApproval ? colors.warning : colors.primary)).fillRect(x, y + 10, 4, CARD_HEIGHT - 20);
      const details = [
        t(pluralKey("coast.preview.cost", action.roundsToBuild, context.i18n.locale()), { cost: fmt.money(action.cost), count: action.roundsToBuild }),
        t("coast.preview.where", { kinds: action.zoneKinds.map((k) => t(`coast.kind.${k}`)).join(", ") }),
        t("coast.preview.who", { roles: action.proposers.map((r) => roles.get(r) ?? r).join(", ") }),
        ...(action.needsApproval ? [t("coast.card.needsApproval")] : []),
      ];
      this.map.track(context.text(this, x + 12, y + 8, localize(action.name), { fontSize: `${font.size.sm}px`, fontStyle: "bold", color: colors.ink, wordWrap: { width: cardWidth - 20 } }).setDepth(2));
      this.map.track(context.text(this, x + 12, y + 30, details.join("\n"), { fontSize: `${font.size.xs}px`, color: colors.inkMuted, lineSpacing: 2, wordWrap: { width: cardWidth - 20 } }).setDepth(2));
    });
  }
}
