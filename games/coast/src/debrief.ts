import { LOCALES, localize, type Locale, type LocalizedText, type ReportBlock, type ReportSection } from "@sgp/shared";
import type { Scenario } from "./content.ts";
import { nothingDone, type UnplannedRound } from "./counterfactual.ts";
import type { Settings } from "./rules.ts";
import type { CoastState, RoundRecord, ZoneLoss } from "./state.ts";

/**
 * The debrief's teaching sections: the same storms with nothing done beside the table's own
 * trajectory, every flood and loss explained, and the one-row summary a series of tables
 * compares. Every sentence is written in French and English with real plurals and each
 * language's number format.
 */

type Words = (locale: Locale) => string;

/** French puts a non-breaking space before : ; ? and !. */
const typography = (text: string, locale: Locale) => (locale === "fr" ? text.replace(/ ([:;?!])/g, "\u00a0$1") : text);
const both = (words: Words): LocalizedText => Object.fromEntries(LOCALES.map((locale) => [locale, typography(words(locale), locale)])) as LocalizedText;
const tr = (fr: string, en: string): LocalizedText => ({ fr: typography(fr, "fr"), en });

const TAG: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };
const whole = (value: number, locale: Locale) => new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 }).format(value);
// A number never wraps away from its unit.
const metres = (value: number, locale: Locale) => `${new Intl.NumberFormat(TAG[locale], { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value)}\u00a0m`;
const money = (value: number, locale: Locale) => `${whole(value, locale)}\u00a0k€`;

/** "1 logement", "640 logements": the noun in the plural form the language gives the number. */
function count(value: number, locale: Locale, forms: Record<Locale, [one: string, other: string]>): string {
  const [one, other] = forms[locale];
  return `${whole(value, locale)} ${new Intl.PluralRules(TAG[locale]).select(value) === "one" ? one : other}`;
}

const HOMES: Record<Locale, [string, string]> = { fr: ["logement", "logements"], en: ["home", "homes"] };
const JOBS: Record<Locale, [string, string]> = { fr: ["emploi", "emplois"], en: ["job", "jobs"] };
const JOBS_HIT: Record<Locale, [string, string]> = { fr: ["emploi touché", "emplois touchés"], en: ["job hit", "jobs hit"] };
const ROUNDS: Record<Locale, [string, string]> = { fr: ["tour", "tours"], en: ["round", "rounds"] };
const FLOODED_HOMES: Record<Locale, [string, string]> = { fr: ["logement inondé", "logements inondés"], en: ["home flooded", "homes flooded"] };

const sum = (rounds: readonly { homesFlooded: number; homesLost: number; uninsured: number }[], key: "homesFlooded" | "homesLost" | "uninsured") =>
  rounds.reduce((total, round) => total + round[key], 0);

/** "Sans vos projets, 640 logements auraient été inondés ; avec eux, 230 l'ont été." */
function floodedSentence(without: number, played: number): LocalizedText {
  return both((locale) => {
    const one = (n: number) => new Intl.PluralRules(TAG[locale]).select(n) === "one";
    if (locale === "fr") {
      const would = without === 0 ? "aucun logement n'aurait été inondé" : `${count(without, locale, HOMES)} ${one(without) ? "aurait été inondé" : "auraient été inondés"}`;
      const were = played === 0 ? "aucun ne l'a été" : `${whole(played, locale)} l'${one(played) ? "a" : "ont"} été`;
      return `Sans vos projets, ${would} ; avec eux, ${were}.`;
    }
    const would = without === 0 ? "no home would have been flooded" : `${count(without, locale, HOMES)} would have been flooded`;
    const were = played === 0 ? "none was" : `${whole(played, locale)} ${played === 1 ? "was" : "were"}`;
    return `Without your projects, ${would}; with them, ${were}.`;
  });
}

/** Erosion's toll, when either game lost homes to it. */
function lostSentence(without: number, played: number): LocalizedText {
  return both((locale) =>
    locale === "fr"
      ? `Sans vos projets, l'érosion aurait emporté ${count(without, locale, HOMES)} ; avec eux, ${whole(played, locale)}.`
      : `Without your projects, erosion would have taken ${count(without, locale, HOMES)}; with them, ${whole(played, locale)}.`,
  );
}

function damageSentence(without: number, played: number): LocalizedText {
  return both((locale) =>
    locale === "fr"
      ? `Dégâts restés à la charge du territoire (non assurés) : ${money(without, locale)} sans vos projets, ${money(played, locale)} avec.`
      : `Damage the territory paid itself (uninsured): ${money(without, locale)} without your projects, ${money(played, locale)} with them.`,
  );
}

/** The same storms with nothing done, beside what the table did, in sentences, then round by round. */
function counterfactualSection(history: readonly RoundRecord[], without: readonly UnplannedRound[]): ReportSection {
  const played = { flooded: sum(history, "homesFlooded"), lost: sum(history, "homesLost"), uninsured: sum(history, "uninsured") };
  const idle = { flooded: sum(without, "homesFlooded"), lost: sum(without, "homesLost"), uninsured: sum(without, "uninsured") };
  const better = played.flooded + played.lost < idle.flooded + idle.lost;
  const sentences = [floodedSentence(idle.flooded, played.flooded), ...(idle.lost + played.lost > 0 ? [lostSentence(idle.lost, played.lost)] : []), damageSentence(idle.uninsured, played.uninsured)];
  const x = history.map((r) => r.year);
  const ours = tr("Votre partie", "Your game");
  const idleLabel = tr("Sans vos projets", "Without your projects");
  return {
    id: "counterfactual",
    title: tr("Les mêmes tempêtes, sans vos projets", "The same storms, without your projects"),
    blocks: [
      {
        type: "outcome",
        success: better,
        text: both((locale) => sentences.map((s) => localize(s, locale)).join(" ")),
      },
      {
        type: "text",
        text: tr(
          "Le modèle rejoue les événements et les surcotes que votre table a connus, avec le même tirage des brèches, sur un territoire où personne n'a rien fait.",
          "The model replays the events and surges your table met, with the same breach draws, on a territory where nobody did anything.",
        ),
      },
      {
        type: "series",
        id: "counterfactual-homes",
        title: tr("Logements inondés ou perdus, par tour", "Homes flooded or lost, per round"),
        xLabel: tr("Année", "Year"),
        x,
        series: [
          { id: "played", label: ours, values: history.map((r) => r.homesFlooded + r.homesLost) },
          { id: "nothing-done", label: idleLabel, values: without.map((r) => r.homesFlooded + r.homesLost) },
        ],
      },
      {
        type: "table",
        id: "counterfactual",
        columns: [
          { id: "year", label: tr("Année", "Year") },
          { id: "surge", label: tr("Surcote (m)", "Surge (m)") },
          { id: "flooded", label: tr("Inondés : votre partie", "Flooded: your game") },
          { id: "floodedIdle", label: tr("Inondés : sans vos projets", "Flooded: without your projects") },
          { id: "lost", label: tr("Perdus : votre partie", "Lost: your game") },
          { id: "lostIdle", label: tr("Perdus : sans vos projets", "Lost: without your projects") },
        ],
        rows: history.map((r, i) => ({
          year: r.year,
          surge: both((locale) => metres(r.surge, locale)),
          flooded: r.homesFlooded,
          floodedIdle: without[i]?.homesFlooded ?? 0,
          lost: r.homesLost,
          lostIdle: without[i]?.homesLost ?? 0,
        })),
      },
    ],
  };
}

/** What a flood or a loss did, as the end of its sentence. */
function toll(loss: ZoneLoss, locale: Locale): string {
  const parts = [
    ...(loss.homes > 0 ? [count(loss.homes, locale, loss.cause === "erosion" ? HOMES : FLOODED_HOMES)] : []),
    ...(loss.jobs > 0 ? [count(loss.jobs, locale, loss.cause === "erosion" ? JOBS : JOBS_HIT)] : []),
  ];
  if (parts.length === 0) return locale === "fr" ? "sans logement ni emploi touché" : "no home or job hit";
  return parts.join(locale === "fr" ? " et " : " and ");
}

/** Why a zone flooded or lost its buildings, in one sentence. */
function lossSentence(loss: ZoneLoss, record: RoundRecord, zoneName: (id: string) => LocalizedText, elevation: (id: string) => number): LocalizedText {
  return both((locale) => {
    const zone = localize(zoneName(loss.zone), locale);
    const fr = locale === "fr";
    const sea = metres(loss.waterLevel, locale);
    const crest = metres(loss.crest, locale);
    const depth = metres(loss.depth, locale);
    const what = toll(loss, locale);
    const damage = loss.damage > 0 ? (fr ? `, ${money(loss.damage, locale)} de dégâts` : `, ${money(loss.damage, locale)} of damage`) : "";
    let why: string;
    switch (loss.cause) {
      case "erosion":
        why = fr
          ? `le sable devant était épuisé ; la mer a emporté ${what}, et aucune assurance ne paie (Cat-Nat ne couvre pas l'érosion)`
          : `the sand in front had run out; the sea took ${what}, and no insurance pays (Cat-Nat does not cover erosion)`;
        break;
      case "breach":
        why = fr
          ? `la digue a cédé (brèche) sous une mer à ${sea}, crête à ${crest} ; ${depth} d'eau, ${what}${damage}`
          : `the dike gave way (a breach) under a sea at ${sea}, crest at ${crest}; ${depth} of water, ${what}${damage}`;
        break;
      case "spread":
        why = fr
          ? `l'eau est venue d'une zone voisine déjà inondée (${localize(zoneName(loss.from), locale)}) ; ${depth} d'eau, ${what}${damage}`
          : `the water came from a flooded neighbour (${localize(zoneName(loss.from), locale)}); ${depth} of water, ${what}${damage}`;
        break;
      default:
        why =
          loss.crest > elevation(loss.zone)
            ? fr
              ? `la mer à ${sea} est passée par-dessus l'ouvrage (crête à ${crest}) ; ${depth} d'eau, ${what}${damage}`
              : `the sea at ${sea} went over the defence (crest at ${crest}); ${depth} of water, ${what}${damage}`
            : fr
              ? `aucun ouvrage, et la mer à ${sea} a dépassé ce terrain à ${crest} ; ${depth} d'eau, ${what}${damage}`
              : `no defence, and the sea at ${sea} rose above this ground at ${crest}; ${depth} of water, ${what}${damage}`;
    }
    return fr ? `${record.year} · ${zone} : ${why}.` : `${record.year} · ${zone}: ${why}.`;
  });
}

/** Every flood and every loss of the game, round by round, each with its cause. */
function lossesSection(history: readonly RoundRecord[], scenario: Scenario): ReportSection {
  const zones = new Map(scenario.zones.map((z) => [z.id, z]));
  const zoneName = (id: string) => zones.get(id)?.name ?? id;
  const elevation = (id: string) => zones.get(id)?.elevation ?? 0;
  const items = history.flatMap((record): LocalizedText[] =>
    record.losses.length === 0
      ? [both((locale) => (locale === "fr" ? `${record.year} · Ni inondation ni perte.` : `${record.year} · No flood, no loss.`))]
      : [...record.losses].map((loss) => lossSentence(loss, record, zoneName, elevation)),
  );
  return { id: "losses", title: tr("Chaque inondation et chaque perte, expliquée", "Every flood and every loss, explained"), blocks: [{ type: "list", items }] };
}

/** The one row a series of tables compares (see the server's series debrief). */
function summarySection(state: CoastState, without: readonly UnplannedRound[]): ReportSection {
  const history = [...state.history];
  const total = (key: string) => state.totals.get(key) ?? 0;
  const block: ReportBlock = {
    type: "table",
    id: "summary",
    columns: [
      { id: "homesFlooded", label: tr("Logements inondés", "Homes flooded") },
      { id: "homesLost", label: tr("Logements perdus (érosion)", "Homes lost (erosion)") },
      { id: "uninsured", label: tr("Dégâts non assurés (k€)", "Uninsured damage (k€)") },
      { id: "moneyWasted", label: tr("Argent perdu (k€)", "Money wasted (k€)") },
      { id: "resilience", label: tr("Indice de résilience", "Resilience index") },
      { id: "floodedIdle", label: tr("Inondés sans projets", "Flooded without projects") },
    ],
    rows: [
      {
        homesFlooded: sum(history, "homesFlooded"),
        homesLost: sum(history, "homesLost"),
        uninsured: sum(history, "uninsured"),
        moneyWasted: total("moneyWasted"),
        resilience: history.at(-1)?.resilience ?? 0,
        floodedIdle: sum(without, "homesFlooded"),
      },
    ],
  };
  return { id: "summary", title: tr("En résumé", "In short"), blocks: [block] };
}

/** "Indice de résilience final : 61/100. 938 logements inondés et 11 747 k€ de dégâts en 3 tours." */
export function outcomeText(history: Iterable<RoundRecord>, resilience: number): LocalizedText {
  const rounds = [...history];
  const flooded = sum(rounds, "homesFlooded");
  const lost = sum(rounds, "homesLost");
  const damage = rounds.reduce((total, r) => total + r.damage, 0);
  return both((locale) => {
    const fr = locale === "fr";
    const lostText = lost > 0 ? (fr ? `, ${count(lost, locale, HOMES)} perdus par l'érosion` : `, ${count(lost, locale, HOMES)} lost to erosion`) : "";
    const roundsText = count(rounds.length, locale, ROUNDS);
    return fr
      ? `Indice de résilience final : ${resilience}/100. ${count(flooded, locale, FLOODED_HOMES)}${lostText} et ${money(damage, locale)} de dégâts en ${roundsText}.`
      : `Final resilience index: ${resilience}/100. ${count(flooded, locale, FLOODED_HOMES)}${lostText} and ${money(damage, locale)} of damage over ${roundsText}.`;
  });
}

export function debriefSections(state: CoastState, scenario: Scenario, settings: Settings): ReportSection[] {
  const history = [...state.history];
  const without = nothingDone(state, scenario, settings);
  return [summarySection(state, without), counterfactualSection(history, without), lossesSection(history, scenario)];
}
