import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ContentIssue } from "@sgp/shared";
import {
  DEFAULT_SETTINGS,
  checkDeck,
  deckSchema,
  leversFor,
  localizedTexts,
  normaliseText,
  resolveSettings,
  type Deck,
} from "./content.ts";

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
}

function loadDeck(name: string): Deck {
  return deckSchema.parse(readJson(`../content/${name}.json`));
}

const SHIPPED = ["default", "kiosk"] as const;

/** A tiny deck with no problem at all: five categories, one reason each, levers answering them. */
function smallDeck(): Deck {
  const ids = ["one", "two", "three", "four", "five"];
  const colours = ["#111111", "#222222", "#333333", "#444444", "#555555"];
  return {
    game: "evalophobia",
    id: "small",
    version: 1,
    title: { fr: "Petit paquet", en: "Small deck" },
    categories: ids.map((id, i) => ({
      id,
      label: { fr: `Voyant ${id}`, en: `Light ${id}` },
      color: colours[i],
      icon: "clock" as const,
    })),
    reasons: ids.map((id) => ({
      id: `reason-${id}`,
      category: id,
      title: { fr: `Raison ${id}`, en: `Reason ${id}` },
      text: { fr: `On ne peut pas, à cause de ${id}.`, en: `We can't, because of ${id}.` },
      hint: { fr: `Derrière ${id}, il y a autre chose.`, en: `Behind ${id} there is something else.` },
    })),
    levers: ids.map((id) => ({
      id: `lever-${id}`,
      title: { fr: `Levier ${id}`, en: `Lever ${id}` },
      text: { fr: `Faire quelque chose pour ${id}.`, en: `Do something about ${id}.` },
      effort: "quick" as const,
      addresses: [`reason-${id}`],
    })),
    settings: { maxPlayers: 1, reasonHandSize: 5, leverHandSize: 5, soloReasons: 5 },
  };
}

/** A modified copy of the small deck. */
function broken(change: (deck: Deck) => void): Deck {
  const deck = structuredClone(smallDeck());
  change(deck);
  return deck;
}

const summary = (issues: ContentIssue[]) => issues.map(({ path, code, severity }) => ({ path, code, severity }));

describe("shipped decks", () => {
  it.each(SHIPPED)("%s parses and has no problem at all", (name) => {
    const deck = loadDeck(name);
    expect(summary(checkDeck(deck))).toEqual([]);
  });

  it("the default deck is big enough and every reason is answered", () => {
    const deck = loadDeck("default");
    expect(deck.categories.length).toBeGreaterThanOrEqual(8);
    expect(deck.reasons.length).toBeGreaterThanOrEqual(56);
    expect(deck.levers.length).toBeGreaterThanOrEqual(56);
    for (const category of deck.categories) {
      expect(deck.reasons.filter((reason) => reason.category === category.id).length, category.id).toBeGreaterThanOrEqual(6);
    }
    for (const reason of deck.reasons) expect(leversFor(deck, reason.id).length, reason.id).toBeGreaterThanOrEqual(2);
    for (const effort of ["quick", "medium", "long"]) expect(deck.levers.some((lever) => lever.effort === effort)).toBe(true);
  });

  it("the default deck speaks of evaluating environmental policy and of the fear of audit bodies", () => {
    const deck = loadDeck("default");
    const ids = new Set(deck.reasons.map((reason) => reason.id));
    const environment = ["nature-takes-time", "no-counterfactual-nature", "diffuse-effects", "no-field-data", "weather-noise", "river-many-owners"];
    const audit = ["audit-confusion", "chamber-report", "written-record"];
    for (const id of [...environment, ...audit]) expect(ids.has(id), id).toBe(true);
    expect(JSON.stringify(deck.reasons.find((reason) => reason.id === "audit-confusion")?.text)).toContain("Cour des comptes");
  });

  it("every reason of the default deck has a quick lever and a structural one in the booklet", () => {
    const deck = loadDeck("default");
    for (const reason of deck.reasons) {
      const efforts = new Set(leversFor(deck, reason.id).map((lever) => lever.effort));
      expect(efforts.has("quick"), `${reason.id}: quick`).toBe(true);
      expect(efforts.has("medium") || efforts.has("long"), `${reason.id}: structural`).toBe(true);
    }
  });

  it("the kiosk deck is short, tuned for short phases and deals to its own player count", () => {
    const deck = loadDeck("kiosk");
    const settings = resolveSettings(deck);
    expect(deck.categories.length).toBeGreaterThanOrEqual(5);
    expect(deck.categories.length).toBeLessThanOrEqual(6);
    expect(deck.reasons.length).toBeGreaterThanOrEqual(20);
    expect(deck.levers.length).toBeGreaterThanOrEqual(20);
    expect(settings).toMatchObject({ reasonHandSize: 4, leverHandSize: 4, blockers: 2 });
    expect(settings.diagnosisSeconds).toBeLessThan(DEFAULT_SETTINGS.diagnosisSeconds);
    expect(deck.reasons.length).toBeGreaterThanOrEqual(settings.maxPlayers * settings.reasonHandSize);
  });

  it("every text of both decks is translated", () => {
    for (const name of SHIPPED) {
      for (const site of localizedTexts(loadDeck(name))) {
        expect(typeof site.text === "object" && site.text.en, `${name} ${site.path.join(".")}`).toBeTruthy();
      }
    }
  });

  it("the two decks share no card text", () => {
    const cardTexts = (deck: Deck) =>
      [...deck.reasons, ...deck.levers].flatMap((card) =>
        [card.title, card.text].map((text) => normaliseText(typeof text === "string" ? text : text.fr)),
      );
    const main = new Set(cardTexts(loadDeck("default")));
    expect(cardTexts(loadDeck("kiosk")).filter((text) => main.has(text))).toEqual([]);
  });
});

describe("deckSchema", () => {
  const pathsOf = (deck: unknown) => {
    const result = deckSchema.safeParse(deck);
    return result.success ? [] : result.error.issues.map((problem) => problem.path.join("."));
  };

  it("accepts the small deck", () => {
    expect(pathsOf(smallDeck())).toEqual([]);
  });

  it.each([
    ["a title too long for a card", (d: Deck) => (d.reasons[0].title = { fr: "x".repeat(61), en: "y" }), "reasons.0.title.fr"],
    ["a text too long for a card", (d: Deck) => (d.levers[2].text = "z".repeat(181)), "levers.2.text"],
    ["a hint too long", (d: Deck) => (d.reasons[1].hint = { fr: "h".repeat(201), en: "h" }), "reasons.1.hint.fr"],
    ["an id that is not kebab-case", (d: Deck) => (d.levers[0].id = "Lever_One"), "levers.0.id"],
    ["a colour that is not #rrggbb", (d: Deck) => (d.categories[3].color = "red"), "categories.3.color"],
    ["an unknown icon", (d: Deck) => Object.assign(d.categories[1], { icon: "rocket" }), "categories.1.icon"],
    ["an unknown effort", (d: Deck) => Object.assign(d.levers[1], { effort: "huge" }), "levers.1.effort"],
    ["a lever answering nothing", (d: Deck) => (d.levers[4].addresses = []), "levers.4.addresses"],
    ["a misspelt key", (d: Deck) => Object.assign(d.levers[0], { adresses: ["reason-one"] }), "levers.0"],
    ["too few categories", (d: Deck) => d.categories.splice(4), "categories"],
    ["another game", (d: Deck) => Object.assign(d, { game: "coast" }), "game"],
    ["a setting out of bounds", (d: Deck) => Object.assign(d, { settings: { reasonHandSize: 0 } }), "settings.reasonHandSize"],
  ])("rejects %s", (_label, change, path) => {
    expect(pathsOf(broken(change))).toContain(path);
  });

  it("fills in default settings but leaves the deck's own settings partial", () => {
    const parsed = deckSchema.parse(broken((d) => (d.settings = { blockers: 2 })));
    expect(parsed.settings).toEqual({ blockers: 2 });
    expect(resolveSettings(parsed)).toEqual({ ...DEFAULT_SETTINGS, blockers: 2 });
    expect(DEFAULT_SETTINGS).toMatchObject({ reasonHandSize: 6, leverHandSize: 5, votesPerPlayer: 3, blockers: 3, soloReasons: 15 });
  });
});

describe("checkDeck", () => {
  it("finds nothing wrong with the small deck", () => {
    expect(checkDeck(smallDeck())).toEqual([]);
  });

  it.each<[string, (deck: Deck) => void, { path: string; code: string; severity: "error" | "warning" }[]]>([
    [
      "duplicate ids, per kind",
      (d) => {
        d.categories[2].id = "one";
        d.reasons[3].id = "reason-two";
        d.levers[4].id = "lever-one";
      },
      [
        { path: "$.categories[2].id", code: "evalophobia.duplicate_id", severity: "error" },
        { path: "$.reasons[3].id", code: "evalophobia.duplicate_id", severity: "error" },
        { path: "$.levers[4].id", code: "evalophobia.duplicate_id", severity: "error" },
        { path: "$.reasons[2].category", code: "evalophobia.unknown_category", severity: "error" },
        { path: "$.levers[3].addresses[0]", code: "evalophobia.unknown_reason", severity: "error" },
      ],
    ],
    [
      "a reason in a category that does not exist",
      (d) => {
        d.reasons.push({ ...d.reasons[0], id: "reason-six", category: "six", title: "Six", text: "Sixième" });
        d.levers[0].addresses.push("reason-six");
      },
      [
        { path: "$.reasons[5].category", code: "evalophobia.unknown_category", severity: "error" },
        { path: "$.reasons[5].title", code: "evalophobia.missing_english", severity: "warning" },
        { path: "$.reasons[5].text", code: "evalophobia.missing_english", severity: "warning" },
      ],
    ],
    [
      "a lever answering an unknown reason, or the same reason twice",
      (d) => d.levers[4].addresses.push("reason-ten", "reason-five"),
      [
        { path: "$.levers[4].addresses[1]", code: "evalophobia.unknown_reason", severity: "error" },
        { path: "$.levers[4].addresses[2]", code: "evalophobia.duplicate_reference", severity: "warning" },
      ],
    ],
    [
      "a category without reasons",
      (d) => {
        d.reasons[4].category = "one";
      },
      [{ path: "$.categories[4]", code: "evalophobia.unused_category", severity: "error" }],
    ],
    [
      "a reason that no lever answers",
      (d) => (d.levers[2].addresses = ["reason-one"]),
      [{ path: "$.reasons[2]", code: "evalophobia.unanswered_reason", severity: "warning" }],
    ],
    [
      "two cards with the same text, in French or in English",
      (d) => {
        d.levers[1].text = { fr: "  faire QUELQUE chose pour: one ", en: "Another thing entirely." };
        d.reasons[3].title = { fr: "Un titre nouveau", en: "Reason one!" };
      },
      [
        { path: "$.reasons[3].title.en", code: "evalophobia.duplicate_text", severity: "error" },
        { path: "$.levers[1].text.fr", code: "evalophobia.duplicate_text", severity: "error" },
      ],
    ],
    [
      "accents do not make two texts different",
      (d) => (d.levers[3].title = { fr: "Lévier ONE", en: "Lever number four" }),
      [{ path: "$.levers[3].title.fr", code: "evalophobia.duplicate_text", severity: "error" }],
    ],
    [
      "English identical to French",
      (d) => {
        d.reasons[0].hint = { fr: "Même texte", en: " Même texte " };
        d.categories[1].label = { fr: "Budget", en: "Budget" };
      },
      [
        { path: "$.categories[1].label.en", code: "evalophobia.english_same_as_french", severity: "error" },
        { path: "$.reasons[0].hint.en", code: "evalophobia.english_same_as_french", severity: "error" },
      ],
    ],
    [
      "English missing, as a plain string or an object without en",
      (d) => {
        d.title = "Petit paquet";
        d.levers[0].title = { fr: "Levier sans anglais" };
      },
      [
        { path: "$.title", code: "evalophobia.missing_english", severity: "warning" },
        { path: "$.levers[0].title", code: "evalophobia.missing_english", severity: "warning" },
      ],
    ],
    [
      "a deck too small for the hand sizes at the maximum player count",
      (d) => (d.settings = { reasonHandSize: 5, leverHandSize: 5 }),
      [
        { path: "$.reasons", code: "evalophobia.deck_too_small", severity: "warning" },
        { path: "$.levers", code: "evalophobia.deck_too_small", severity: "warning" },
        { path: "$.settings.soloReasons", code: "evalophobia.deck_too_small", severity: "warning" },
      ],
    ],
    [
      "more votes on one reason than a player holds",
      (d) => (d.settings = { ...d.settings, votesPerPlayer: 2, maxVotesPerReason: 3 }),
      [{ path: "$.settings.maxVotesPerReason", code: "evalophobia.vote_limit", severity: "error" }],
    ],
    [
      "two categories with the same colour",
      (d) => (d.categories[3].color = "#111111"),
      [{ path: "$.categories[3].color", code: "evalophobia.same_color", severity: "warning" }],
    ],
  ])("catches %s", (_label, change, expected) => {
    const issues = checkDeck(broken(change));
    expect(summary(issues)).toEqual(expect.arrayContaining(expected));
    expect(issues).toHaveLength(expected.length);
  });

  it("explains every problem in French and in English, naming the card", () => {
    const issues = checkDeck(
      broken((d) => {
        d.reasons[1].id = "reason-one";
        d.levers[0].addresses = ["nowhere"];
      }),
    );
    expect(issues.length).toBeGreaterThan(0);
    for (const { message } of issues) {
      expect(message.fr.length).toBeGreaterThan(10);
      expect(message.en.length).toBeGreaterThan(10);
      expect(message.fr).not.toEqual(message.en);
    }
    const unknown = issues.find((problem) => problem.code === "evalophobia.unknown_reason");
    expect(unknown?.message.en).toContain('"nowhere"');
    expect(unknown?.message.fr).toContain("« nowhere »");
  });
});

describe("broken fixture decks (test-fixtures/)", () => {
  it("broken-structure.json is refused by the schema, naming each field", () => {
    const result = deckSchema.safeParse(readJson("../test-fixtures/broken-structure.json"));
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((problem) => problem.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["reasons.0.id", "reasons.1.title.fr", "categories.2.icon", "levers.3.effort", "levers.4"]),
    );
  });

  it("broken-semantics.json parses but fails the semantic checks", () => {
    const deck = deckSchema.parse(readJson("../test-fixtures/broken-semantics.json"));
    expect(summary(checkDeck(deck))).toEqual(
      expect.arrayContaining([
        { path: "$.reasons[1].id", code: "evalophobia.duplicate_id", severity: "error" },
        { path: "$.levers[1].addresses[0]", code: "evalophobia.unknown_reason", severity: "error" },
        { path: "$.levers[2].addresses[1]", code: "evalophobia.unknown_reason", severity: "error" },
        { path: "$.categories[4]", code: "evalophobia.unused_category", severity: "error" },
        { path: "$.levers[3].text.fr", code: "evalophobia.duplicate_text", severity: "error" },
        { path: "$.categories[1].label.en", code: "evalophobia.english_same_as_french", severity: "error" },
      ]),
    );
  });
});
