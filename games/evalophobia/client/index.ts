import { defineGameClient } from "@sgp/client/game";
import { messages as errors } from "../src/messages.ts";
import type { EvaloState } from "../src/state.ts";
import { deckView } from "./deck.ts";
import { messages } from "./messages.ts";
import { panels } from "./panels.ts";
import { DirectorScene } from "./scenes/director.ts";
import { DiagnosisScene } from "./scenes/diagnosis.ts";
import { LeversScene } from "./scenes/levers.ts";
import { OffersScene } from "./scenes/offers.ts";
import { PicksScene } from "./scenes/picks.ts";
import { PreviewScene } from "./scenes/preview.ts";
import { RoadmapScene } from "./scenes/roadmap.ts";
import { SortScene } from "./scenes/sort.ts";
import { VoteScene } from "./scenes/vote.ts";

/** Evalophobia's table: one scene per step of the game, chosen by the phase. */
export default defineGameClient<EvaloState>({
  id: "evalophobia",
  messages: { fr: { ...errors.fr, ...messages.fr }, en: { ...errors.en, ...messages.en } },
  scenes(shell) {
    const deck = deckView(shell.content);
    const scenes = {
      sort: new SortScene(shell, deck),
      picks: new PicksScene(shell, deck),
      offers: new OffersScene(shell, deck),
      diagnosis: new DiagnosisScene(shell, deck),
      vote: new VoteScene(shell, deck),
      levers: new LeversScene(shell, deck),
      roadmap: new RoadmapScene(shell, deck),
    };
    const byPhase = {
      sort: scenes.sort,
      pick: scenes.picks,
      agree: scenes.picks,
      offers: scenes.offers,
      diagnosis: scenes.diagnosis,
      vote: scenes.vote,
      levers: scenes.levers,
      roadmap: scenes.roadmap,
    };
    const keys = Object.fromEntries(Object.entries(byPhase).map(([phase, scene]) => [phase, scene.sys.settings.key]));
    return [new DirectorScene(shell, keys), ...Object.values(scenes)];
  },
  preview: (context) => [new PreviewScene(context, deckView(context.content))],
  panels: (shell) => panels(shell, deckView(shell.content)),
});
