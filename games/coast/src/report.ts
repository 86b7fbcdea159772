import { localize, type LocalizedText, type Report, type ReportAudience, type ReportBlock } from "@sgp/shared";
import type { ActionEffect, Objective, Scenario } from "./content.ts";
import { debriefSections, outcomeText } from "./debrief.ts";
import { renderHeadline } from "./messages.ts";
import { readSecret } from "./objectives.ts";
import { scenarioIndex, type Ctx } from "./rules.ts";
import type { CoastProject, CoastState, ObjectiveStatus, RoundRecord } from "./state.ts";

const t = (fr: string, en: string) => ({ fr, en });
const both = (text: LocalizedText) => ({ fr: localize(text, "fr"), en: localize(text, "en") });
const join = (texts: LocalizedText[], sep = ", ") => ({ fr: texts.map((x) => localize(x, "fr")).join(sep), en: texts.map((x) => localize(x, "en")).join(sep) });

const STATUS: Record<string, LocalizedText> = {
  pending: t("à venir", "pending"),
  met: t("atteint", "met"),
  missed: t("manqué", "missed"),
  proposed: t("proposé", "proposed"),
  approved: t("autorisé", "approved"),
  appealed: t("retardé par un recours", "delayed by an appeal"),
  refused: t("refusé par l'État", "refused by the State"),
  building: t("en travaux", "under way"),
  done: t("réalisé", "completed"),
  lapsed: t("abandonné", "dropped"),
};

/** What an effect does, in a few words. */
function describeEffect(effect: ActionEffect): LocalizedText {
  switch (effect.type) {
    case "raiseDefence":
      return t(`ouvrage rehaussé de ${effect.metres} m`, `defence raised by ${effect.metres} m`);
    case "repairDefence":
      return t("ouvrage réparé", "defence repaired");
    case "addWidth":
      return t(`${effect.metres} m de sable en plus`, `${effect.metres} m more sand`);
    case "slowErosion":
      return t("érosion ralentie", "erosion slowed");
    case "groyne":
      return t("épis : l'érosion passe au voisin en aval", "groynes: erosion moves downdrift");
    case "relocateHomes":
      return t(`jusqu'à ${effect.count} logements déplacés`, `up to ${effect.count} homes moved`);
    case "relocateJobs":
      return t(`jusqu'à ${effect.count} emplois déplacés`, `up to ${effect.count} jobs moved`);
    case "forbidBuilding":
      return t("zone inconstructible", "building banned");
    case "reduceDamage":
      return t("dégâts réduits", "less damage");
    case "changeNature":
      return t(`nature ${effect.delta > 0 ? "+" : ""}${effect.delta}`, `nature ${effect.delta > 0 ? "+" : ""}${effect.delta}`);
    case "changeSatisfaction":
      return t("satisfaction modifiée", "satisfaction changed");
    case "marshRestore":
      return t("rendue au marais", "given back to the marsh");
    case "warningPlan":
      return t("alerte et évacuation sur tout le territoire", "warning and evacuation territory-wide");
  }
}

function objectiveRow(objective: Objective, status: ObjectiveStatus, role: LocalizedText, player: string, secret: boolean) {
  return {
    role: both(role),
    player,
    kind: secret ? t("secret", "secret") : t("public", "public"),
    objective: both(objective.text),
    status: STATUS[status],
  };
}

function objectivesTable(state: CoastState, scenario: Scenario, audience: ReportAudience): ReportBlock {
  const rows = scenario.roles.flatMap((def) => {
    const role = state.roles.get(def.id)!;
    const player = state.seats.get(role.seat)?.name ?? "—";
    const goals = def.goals.map((goal, i) => objectiveRow(goal, (role.goals[i] ?? "pending") as ObjectiveStatus, def.name, player, false));
    if (audience !== "facilitator") return goals;
    const secret = readSecret(role);
    return [...goals, ...def.secretObjectives.map((o, i) => objectiveRow(o, secret[i]?.status ?? "pending", def.name, player, true))];
  });
  return {
    type: "table",
    id: "objectives",
    columns: [
      { id: "role", label: t("Rôle", "Role") },
      { id: "player", label: t("Joué par", "Played by") },
      { id: "kind", label: t("Objectif", "Objective") },
      { id: "objective", label: t("Énoncé", "Statement") },
      { id: "status", label: t("Résultat", "Result") },
    ],
    rows,
  };
}

const INDICATOR_SERIES: { id: keyof RoundRecord & string; label: LocalizedText }[] = [
  { id: "homesFlooded", label: t("Logements inondés", "Homes flooded") },
  { id: "homesExposed", label: t("Logements exposés", "Homes exposed") },
  { id: "damage", label: t("Dégâts (k€)", "Damage (k€)") },
  { id: "jobs", label: t("Emplois", "Jobs") },
  { id: "nature", label: t("Nature", "Nature") },
  { id: "budgetSpent", label: t("Budget dépensé (k€)", "Budget spent (k€)") },
  { id: "resilience", label: t("Indice de résilience", "Resilience index") },
];

function indicatorBlocks(state: CoastState, scenario: Scenario): ReportBlock[] {
  const history = [...state.history];
  const x = history.map((r) => r.year);
  const xLabel = t("Année", "Year");
  const indicators: ReportBlock[] = INDICATOR_SERIES.map(({ id, label }) => ({
    type: "series",
    id,
    title: label,
    xLabel,
    x,
    series: [{ id, label, values: history.map((r) => Number(r[id]) || 0) }],
  }));
  const satisfaction: ReportBlock = {
    type: "series",
    id: "satisfaction",
    title: t("Satisfaction des acteurs", "Actors' satisfaction"),
    xLabel,
    x,
    series: scenario.roles.map((role) => ({ id: role.id, label: both(role.name), values: history.map((r) => r.satisfaction.get(role.id) ?? 0) })),
  };
  return [...indicators, satisfaction];
}

function mapTable(state: CoastState, scenario: Scenario): ReportBlock {
  const index = scenarioIndex(scenario);
  const zoneNames = (ids: Iterable<string>) => join([...ids].map((id) => index.zones.get(id)?.name ?? id));
  return {
    type: "table",
    id: "map",
    columns: [
      { id: "round", label: t("Tour", "Round") },
      { id: "year", label: t("Année", "Year") },
      { id: "event", label: t("Événement", "Event") },
      { id: "surge", label: t("Surcote (m)", "Surge (m)") },
      { id: "waterLevel", label: t("Niveau d'eau (m)", "Water level (m)") },
      { id: "flooded", label: t("Zones inondées", "Flooded zones") },
      { id: "breaches", label: t("Brèches", "Breaches") },
    ],
    rows: [...state.history].map((r) => ({
      round: r.round,
      year: r.year,
      event: r.event ? both(index.events.get(r.event)?.title ?? r.event) : t("aucun", "none"),
      surge: r.surge,
      waterLevel: r.waterLevel,
      flooded: zoneNames(r.floodedZones),
      breaches: zoneNames(r.breaches),
    })),
  };
}

function timelineTable(state: CoastState, scenario: Scenario): ReportBlock {
  const index = scenarioIndex(scenario);
  const roleName = (id: string) => both(index.roles.get(id)?.name ?? id);
  const paidBy = (p: CoastProject) => {
    const parts = [...p.pledges.entries()].map(([role, amount]) => ({ fr: `${localize(roleName(role), "fr")} ${amount} k€`, en: `${localize(roleName(role), "en")} ${amount} k€` }));
    if (p.fundUsed > 0) parts.push(t(`appel à projets ${p.fundUsed} k€`, `funding call ${p.fundUsed} k€`));
    return join(parts, " ; ");
  };
  const did = (p: CoastProject) => (p.status === "done" ? join((index.actions.get(p.action)?.effects ?? []).map(describeEffect)) : t("—", "—"));
  return {
    type: "table",
    id: "timeline",
    columns: [
      { id: "round", label: t("Tour", "Round") },
      { id: "action", label: t("Projet", "Project") },
      { id: "zone", label: t("Zone", "Zone") },
      { id: "proposer", label: t("Proposé par", "Proposed by") },
      { id: "paid", label: t("Financé par", "Paid by") },
      { id: "status", label: t("Issue", "Outcome") },
      { id: "done", label: t("Terminé au tour", "Completed in round") },
      { id: "did", label: t("Ce qu'il a fait", "What it did") },
    ],
    rows: [...state.projects.values()].map((p) => ({
      round: p.proposedRound,
      action: both(index.actions.get(p.action)?.name ?? p.action),
      zone: both(index.zones.get(p.zone)?.name ?? p.zone),
      proposer: roleName(p.proposer),
      paid: paidBy(p),
      status: STATUS[p.status] ?? p.status,
      done: p.doneRound || "",
      did: did(p),
    })),
  };
}

function outcomeBlock(state: CoastState): ReportBlock {
  const resilience = state.history.at(-1)?.resilience ?? 0;
  return { type: "outcome", success: resilience >= 50, text: outcomeText(state.history, resilience) };
}

/**
 * The debrief: outcome, indicators per round, the map of each round, the projects timeline, each
 * role's objectives, the newspaper. Secret objectives appear in the facilitator's version only.
 */
export function coastReport(state: CoastState, ctx: Ctx, audience: ReportAudience): Report {
  const scenario = ctx.content;
  const newspaper: ReportBlock = {
    type: "list",
    items: [...state.history].flatMap((r) =>
      [...r.headlines].map((h) => {
        const text = renderHeadline(h.id, Object.fromEntries(h.params.entries()), scenario);
        return { fr: `${r.year} — ${localize(text, "fr")}`, en: `${r.year} — ${localize(text, "en")}` };
      }),
    ),
  };
  return {
    title: { fr: `Trait de côte : ${localize(scenario.territory.name, "fr")}`, en: `Coastline: ${localize(scenario.territory.name, "en")}` },
    sections: [
      { id: "outcome", title: t("Bilan", "Outcome"), blocks: [outcomeBlock(state)] },
      ...debriefSections(state, scenario, ctx.settings),
      { id: "indicators", title: t("Indicateurs par tour", "Indicators per round"), blocks: indicatorBlocks(state, scenario) },
      { id: "map", title: t("La carte de chaque tour", "The map of each round"), blocks: [mapTable(state, scenario)] },
      { id: "timeline", title: t("Les projets", "The projects"), blocks: [timelineTable(state, scenario)] },
      { id: "objectives", title: t("Objectifs des acteurs", "The actors' objectives"), blocks: [objectivesTable(state, scenario, audience)] },
      { id: "newspaper", title: t("Le journal local", "The local newspaper"), blocks: [newspaper] },
    ],
  };
}
