import type { CoastProject, CoastZone } from "@sgp/game-coast/state";
import type { Zone } from "@sgp/game-coast/content";
import type { Format } from "./format.ts";

type T = (key: string, params?: Record<string, string | number>) => string;

export interface ExplainContext {
  t: T;
  fmt: Format;
  zoneName(id: string): string;
  actionName(id: string): string;
  /** Whether the sea has run at least once (the zone's last result means something). */
  seaHasRun: boolean;
  /** Projects placed on this zone that are still open or being built. */
  projects: readonly CoastProject[];
}

/** What a zone's sea result means, in plain words. */
export function floodReason(zone: CoastZone, ctx: ExplainContext): string {
  const { t, fmt } = ctx;
  const crest = fmt.metres(zone.defenceCrest);
  const water = fmt.metres(zone.waterLevel);
  const depth = fmt.metres(zone.depth);
  if (zone.reason.startsWith("spread_from:")) return t("coast.why.spread", { zone: ctx.zoneName(zone.reason.slice("spread_from:".length)), depth, water });
  switch (zone.reason) {
    case "overtopped":
      return t(zone.defenceKind === "none" ? "coast.why.lowGround" : "coast.why.overtopped", { crest, water, depth });
    case "breach":
      return t("coast.why.breach", { depth, water });
    case "protected_by_defence":
      return t("coast.why.protected", { crest, water });
    case "higher_than_water":
      return t("coast.why.higher", { water });
    default:
      return t("coast.why.notConnected");
  }
}

function defenceLine(zone: CoastZone, def: Zone, ctx: ExplainContext): string {
  const { t, fmt } = ctx;
  if (zone.defenceKind === "dike") {
    return t("coast.explain.dike", { crest: fmt.metres(Math.max(def.elevation, zone.defenceHeight)), condition: fmt.percent(zone.defenceCondition) });
  }
  if (zone.defenceKind === "dune") return t("coast.explain.dune", { crest: fmt.metres(Math.max(def.elevation, zone.defenceHeight)), width: fmt.metres(zone.width) });
  return t("coast.explain.noDefence");
}

/** A zone's explanation on tap: its ground, its defence, what stands there, and what the sea did. */
export function explainZone(zone: CoastZone, def: Zone, ctx: ExplainContext): string[] {
  const { t, fmt } = ctx;
  const homes = Math.max(0, zone.homes - zone.relocatedHomes);
  const jobs = Math.max(0, zone.jobs - zone.relocatedJobs);
  const lines = [t("coast.explain.ground", { kind: t(`coast.kind.${zone.kind}`), elevation: fmt.metres(def.elevation) }), defenceLine(zone, def, ctx)];
  lines.push(t("coast.explain.stakes", { homes: fmt.count(homes), jobs: fmt.count(jobs), nature: fmt.count(zone.nature) }));
  if (zone.relocatedHomes > 0) lines.push(t("coast.explain.relocated", { homes: fmt.count(zone.relocatedHomes) }));
  if (zone.buildingForbidden) lines.push(t("coast.explain.forbidden"));
  if (ctx.seaHasRun) {
    lines.push(floodReason(zone, ctx));
    if (zone.flooded && (zone.homesFlooded > 0 || zone.damage > 0)) lines.push(t("coast.explain.damage", { homes: fmt.count(zone.homesFlooded), damage: fmt.money(zone.damage) }));
    if (zone.breached) lines.push(t("coast.explain.breached"));
    if (zone.widthLost > 0) lines.push(t("coast.explain.eroded", { width: fmt.metres(zone.widthLost) }));
    if (zone.duneFailed) lines.push(t("coast.explain.duneFailed"));
  }
  lines.push(t(zone.exposed ? "coast.explain.exposed" : "coast.explain.safe"));
  for (const project of ctx.projects) lines.push(t(`coast.explain.project.${project.status === "building" ? "building" : "open"}`, { action: ctx.actionName(project.action) }));
  return lines;
}
