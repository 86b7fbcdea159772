import type { Report, ReportAudience, ReportBlock } from "@sgp/shared";
import type { Deck } from "./content.ts";
import { categoryCounts, deckIndex, lightFor } from "./deck.ts";
import { isGreen, type Ctx } from "./rules.ts";
import type { EvaloState } from "./state.ts";

const LIGHT = {
  green: { fr: "vert", en: "green" },
  amber: { fr: "orange", en: "amber" },
  red: { fr: "rouge", en: "red" },
};

const EFFORT = {
  quick: { fr: "rapide", en: "quick" },
  medium: { fr: "moyen", en: "medium" },
  long: { fr: "long", en: "long" },
};

/**
 * The roadmap: for each priority blocker, its votes and the accepted levers with their authors;
 * the group's result; the dashboard. Votes are public by the end; hands never appear.
 */
export function roadmapReport(state: EvaloState, ctx: Ctx, audience: ReportAudience): Report {
  const deck = ctx.content;
  const index = deckIndex(deck);
  const nameOf = (seatId: string) => state.seats.get(seatId)?.name ?? seatId;
  const reasonTitle = (id: string) => index.reasons.get(id)?.title ?? id;
  const green = state.blockers.filter(isGreen).length;
  const allGreen = state.blockers.length > 0 && green === state.blockers.length;

  const outcome: ReportBlock = {
    type: "outcome",
    success: allGreen,
    text: allGreen
      ? { fr: "Préchauffage terminé : tous les voyants choisis sont au vert.", en: "Pre-heating complete: every chosen warning light is green." }
      : {
          fr: `Voyants au vert : ${green} sur ${state.blockers.length}. Restent au rouge : ${state.blockers.filter((b) => !isGreen(b)).map((b) => titleFr(reasonTitle(b.reason))).join(" ; ") || "aucun frein choisi"}.`,
          en: `Warning lights green: ${green} of ${state.blockers.length}. Still red: ${state.blockers.filter((b) => !isGreen(b)).map((b) => titleEn(reasonTitle(b.reason))).join("; ") || "no blocker chosen"}.`,
        },
  };

  // Alone, nobody votes nor gives +1: those columns would only ever say 0.
  const solo = ctx.mode.id === "solo";
  const blockers: ReportBlock = {
    type: "table",
    id: "blockers",
    columns: [
      { id: "blocker", label: { fr: "Frein prioritaire", en: "Priority blocker" } },
      ...(solo
        ? []
        : [
            { id: "votes", label: { fr: "Votes", en: "Votes" } },
            { id: "plusOnes", label: { fr: "+1", en: "+1" } },
          ]),
      { id: "light", label: { fr: "Voyant", en: "Light" } },
      ...(solo ? [] : [{ id: "note", label: { fr: "Note de l'animation", en: "Facilitator's note" } }]),
    ],
    rows: state.blockers.map((b) => ({ blocker: reasonTitle(b.reason), votes: b.votes, plusOnes: b.plusOnes, light: isGreen(b) ? LIGHT.green : LIGHT.red, note: b.note })),
  };

  const levers: ReportBlock = {
    type: "table",
    id: "levers",
    columns: [
      { id: "blocker", label: { fr: "Frein", en: "Blocker" } },
      { id: "lever", label: { fr: "Levier retenu", en: "Accepted lever" } },
      { id: "text", label: { fr: "Action", en: "Action" } },
      { id: "how", label: { fr: "Comment nous le ferions", en: "How we would do it" } },
      { id: "author", label: { fr: "Proposé par", en: "Proposed by" } },
      { id: "effort", label: { fr: "Effort", en: "Effort" } },
      { id: "booklet", label: { fr: "Conseillé par le livret", en: "Advised by the booklet" } },
    ],
    rows: [...state.blockers].flatMap((b) =>
      b.proposals
        .filter((p) => p.status === "accepted")
        .map((p) => {
          const lever = index.levers.get(p.lever);
          return {
            blocker: reasonTitle(b.reason),
            lever: lever?.title ?? p.lever,
            text: lever?.text ?? "",
            how: p.how,
            author: nameOf(p.by),
            effort: lever ? EFFORT[lever.effort] : "",
            booklet: p.matched ? { fr: "oui", en: "yes" } : { fr: "non", en: "no" },
          };
        }),
    ),
  };

  const counts = categoryCounts(deck, state.board.map((b) => b.reason));
  const dashboard: ReportBlock = {
    type: "table",
    id: "dashboard",
    columns: [
      { id: "category", label: { fr: "Voyant", en: "Warning light" } },
      { id: "count", label: { fr: "Raisons posées", en: "Reasons on the board" } },
      { id: "light", label: { fr: "Couleur", en: "Colour" } },
    ],
    rows: deck.categories.map((c) => ({ category: c.label, count: counts.get(c.id) ?? 0, light: LIGHT[lightFor(counts.get(c.id) ?? 0)] })),
  };

  const reasons: ReportBlock = {
    type: "table",
    id: "reasons",
    columns: [
      { id: "reason", label: { fr: "Raison", en: "Reason" } },
      { id: "quote", label: { fr: "Ce qu'on entend", en: "What people say" } },
      { id: "by", label: { fr: "Posée par", en: "Put by" } },
      { id: "comment", label: { fr: "Pourquoi c'est vrai ici", en: "Why it is true here" } },
      { id: "plusOnes", label: { fr: "+1", en: "+1" } },
      { id: "votes", label: { fr: "Votes", en: "Votes" } },
    ],
    rows: state.board.map((b) => ({
      reason: reasonTitle(b.reason),
      quote: index.reasons.get(b.reason)?.text ?? "",
      by: nameOf(b.by),
      comment: b.comment,
      plusOnes: b.plusOnes.length,
      votes: state.revealed ? b.votes : "",
    })),
  };

  const rejected: ReportBlock = {
    type: "list",
    items: [...state.blockers].flatMap((b) =>
      b.proposals
        .filter((p) => p.status === "rejected")
        .map((p) => ({
          fr: `${titleFr(index.levers.get(p.lever)?.title ?? p.lever)} (pour « ${titleFr(reasonTitle(b.reason))} », par ${nameOf(p.by)})`,
          en: `${titleEn(index.levers.get(p.lever)?.title ?? p.lever)} (for "${titleEn(reasonTitle(b.reason))}", by ${nameOf(p.by)})`,
        })),
    ),
  };

  const sections: Report["sections"] = [
    { id: "result", title: solo ? { fr: "Votre résultat", en: "Your result" } : { fr: "Résultat du groupe", en: "The group's result" }, blocks: [outcome, blockers] },
    { id: "roadmap", title: { fr: "Feuille de route", en: "Roadmap" }, blocks: [levers] },
    { id: "dashboard", title: { fr: "Tableau de bord", en: "Dashboard" }, blocks: [dashboard, reasons] },
  ];
  if (rejected.type === "list" && rejected.items.length > 0) {
    sections.push({ id: "rejected", title: { fr: "Leviers écartés", en: "Levers set aside" }, blocks: [rejected] });
  }
  if (audience === "facilitator" && state.tie.length > 0) {
    sections.push({
      id: "tie",
      title: { fr: "Égalité au vote", en: "Tie at the vote" },
      blocks: [{ type: "list", items: state.tie.map((id) => reasonTitle(id)) }],
    });
  }
  return { title: { fr: "Évalophobie : la feuille de route", en: "Evalophobia: the roadmap" }, sections };
}

type Text = Deck["reasons"][number]["title"];
const titleFr = (text: Text) => (typeof text === "string" ? text : text.fr);
const titleEn = (text: Text) => (typeof text === "string" ? text : (text.en ?? text.fr));
