import type { GameDefinition } from "@sgp/shared";
import { botPolicy } from "./bot.ts";
import { checkScenario, publicScenario, scenarioSchema, type Scenario } from "./content.ts";
import { messages } from "./messages.ts";
import { coastReport } from "./report.ts";
import { firstPhase, phases } from "./rounds.ts";
import { setup, settingsSchema, timerSettings, type Settings } from "./rules.ts";
import { addStorm, assign, chooseEvent, grant, pickRole, skipEvent, withdrawMoney } from "./rules-facilitator.ts";
import { levyTax, placeHomes, setZoning } from "./rules-powers.ts";
import { appeal, approve, chat, facilitatorApprove, facilitatorRefuse, pledge, propose, react, refuse, withdraw } from "./rules-negotiation.ts";
import { CoastState } from "./state.ts";

export const coast: GameDefinition<CoastState, Scenario, Settings> = {
  id: "coast",
  // 2: the model v2 (weather stream, breaches, erosion, Cat-Nat); sessions from before it are closed, not replayed.
  // 3: a game started with bots filling the seats is set up once (the engine set it up once per bot).
  rulesVersion: 3,
  title: { fr: "Trait de côte", en: "Coastline" },
  summary: {
    fr: "Un territoire littoral face à la montée de la mer : négocier, financer et bâtir digues, dunes, marais ou repli, puis voir ce que la mer en fait.",
    en: "A coastal territory facing the rising sea: negotiate, fund and build dikes, dunes, marshes or retreat, then see what the sea makes of it.",
  },
  modes: [{ id: "table", title: { fr: "Autour de la table (1 à 8)", en: "Around the table (1 to 8)" }, minPlayers: 1, maxPlayers: 8 }],
  content: { name: "scenario", schema: scenarioSchema, check: checkScenario, publicView: publicScenario },
  settings: settingsSchema,
  contentSettings: (scenario) => ({ maxPlayers: scenario.roles.length, ...timerSettings(scenario) }),
  maxPlayers: (settings) => settings.maxPlayers,
  createState: () => new CoastState(),
  setup,
  firstPhase,
  phases,
  commands: {
    "role.pick": pickRole,
    assign,
    "event.choose": chooseEvent,
    "event.skip": skipEvent,
    "storm.add": addStorm,
    grant,
    "withdraw.money": withdrawMoney,
    propose,
    pledge,
    withdraw,
    approve,
    refuse,
    "state.approve": facilitatorApprove,
    "state.refuse": facilitatorRefuse,
    appeal,
    react,
    "tax.levy": levyTax,
    "zoning.set": setZoning,
    "homes.place": placeHomes,
    chat,
  },
  /** A seat sees its own role's secret objectives; the facilitator sees every role's. */
  visibleTo: (state, seatId) => {
    if (seatId === "facilitator") return [...state.roles.values()];
    const role = state.roles.get(state.seats.get(seatId)?.role ?? "");
    return role ? [role] : [];
  },
  bot: botPolicy,
  report: coastReport,
  messages,
};

export default coast;
