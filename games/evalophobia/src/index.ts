import type { GameDefinition } from "@sgp/shared";
import { botPolicy } from "./bot.ts";
import { checkDeck, deckSchema, settingsSchema, type Deck, type Settings } from "./content.ts";
import { messages } from "./messages.ts";
import { firstPhase, phases } from "./phases.ts";
import { roadmapReport } from "./report.ts";
import { annotate, decideLever, joinLate, pick, playReason, plusOne, proposeLever, redraw, reviewLever, settleTie, setup, swap, unvote, vote } from "./rules.ts";
import { chooseLevers, sortReason } from "./solo.ts";
import { EvaloState } from "./state.ts";

export const evalophobia: GameDefinition<EvaloState, Deck, Settings> = {
  id: "evalophobia",
  // 2: a game started with bots filling the seats is set up once (the engine dealt once per bot).
  rulesVersion: 2,
  title: { fr: "Évalophobie", en: "Evalophobia" },
  summary: {
    fr: "Nommer les bonnes raisons de ne pas évaluer, choisir celles qui bloquent le plus, et trouver les leviers qui les lèvent.",
    en: "Name the good reasons not to evaluate, pick those that block most, and find the levers that overcome them.",
  },
  modes: [
    { id: "group", title: { fr: "En groupe (3 à 8)", en: "Group (3 to 8)" }, minPlayers: 3, maxPlayers: 8 },
    { id: "pair", title: { fr: "À deux", en: "In pairs" }, minPlayers: 2, maxPlayers: 2 },
    { id: "solo", title: { fr: "Seul·e", en: "Solo" }, minPlayers: 1, maxPlayers: 1 },
  ],
  content: { name: "deck", schema: deckSchema, check: checkDeck },
  settings: settingsSchema,
  contentSettings: (deck) => deck.settings ?? {},
  maxPlayers: (settings) => settings.maxPlayers,
  createState: () => new EvaloState(),
  setup,
  joinLate,
  firstPhase: (_state, ctx) => firstPhase(ctx.mode.id),
  phases,
  commands: {
    swap,
    play: playReason,
    plusOne,
    vote,
    unvote,
    pick,
    settle: settleTie,
    propose: proposeLever,
    review: reviewLever,
    decide: decideLever,
    redraw,
    annotate,
    sort: sortReason,
    choose: chooseLevers,
  },
  visibleTo: (state, seatId) => {
    const mine = state.players.get(seatId);
    return mine ? [mine] : [];
  },
  bot: botPolicy,
  report: roadmapReport,
  messages,
};

export default evalophobia;
