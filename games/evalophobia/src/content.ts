import { z } from "zod";
import { contentEnvelopeSchema, contentImageSchema, issue, jsonPath, localizedTextSchema, type ContentIssue, type LocalizedText } from "@sgp/shared";

/**
 * The Evalophobia deck: warning-light categories, reason cards ("a good reason not to evaluate"),
 * lever cards (concrete actions) with the booklet of correspondences (`addresses`), and optional
 * settings. `deckSchema` checks the structure and card lengths; `checkDeck` checks the meaning.
 */

export const GAME_ID = "evalophobia";

/** The largest group the game supports; the deck-size check uses it unless the deck says fewer. */
export const MAX_PLAYERS = 8;

/** Icons the client knows how to draw for a category (never colour alone on the dashboard). */
export const CATEGORY_ICONS = [
  "clock",
  "coins",
  "landmark",
  "graduation-cap",
  "chart",
  "users",
  "shield",
  "handshake",
  "compass",
  "megaphone",
  "puzzle",
  "scale",
] as const;
export type CategoryIcon = (typeof CATEGORY_ICONS)[number];

/** Maximum lengths, chosen so that a card stays readable on a tablet. */
export const TEXT_LIMITS = {
  label: 40,
  title: 60,
  text: 180,
  hint: 200,
  description: 300,
} as const;

export const EFFORTS = ["quick", "medium", "long"] as const;
export type Effort = (typeof EFFORTS)[number];

const idSchema = z
  .string()
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase kebab-case id: letters, digits and single dashes");

const colorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, "colour as #rrggbb");

export const categorySchema = z
  .object({
    id: idSchema,
    label: localizedTextSchema(TEXT_LIMITS.label),
    color: colorSchema,
    icon: z.enum(CATEGORY_ICONS),
    description: localizedTextSchema(TEXT_LIMITS.description).optional(),
  })
  .strict();

export const reasonSchema = z
  .object({
    id: idSchema,
    category: idSchema,
    title: localizedTextSchema(TEXT_LIMITS.title),
    text: localizedTextSchema(TEXT_LIMITS.text),
    hint: localizedTextSchema(TEXT_LIMITS.hint).optional(),
    image: contentImageSchema.optional(),
  })
  .strict();

export const leverSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema(TEXT_LIMITS.title),
    text: localizedTextSchema(TEXT_LIMITS.text),
    effort: z.enum(EFFORTS),
    addresses: z.array(idSchema).min(1),
    image: contentImageSchema.optional(),
  })
  .strict();

/** Each setting as [min, max, default]. Durations are in seconds. */
type Bounds = readonly [min: number, max: number, fallback: number];
const SETTING_BOUNDS = {
  /** The deck is written for at most this many players (the deck-size check uses it). */
  maxPlayers: [1, MAX_PLAYERS, MAX_PLAYERS],
  reasonHandSize: [1, 12, 6],
  swapLimit: [0, 6, 2],
  maxReasonsOnBoard: [1, 6, 3],
  votesPerPlayer: [1, 10, 3],
  maxVotesPerReason: [1, 10, 2],
  blockers: [1, 6, 3],
  leverHandSize: [1, 10, 5],
  leverRedraws: [0, 5, 1],
  soloReasons: [3, 60, 15],
  soloLeverOffers: [1, 8, 4],
  diagnosisSeconds: [10, 36_000, 480],
  voteSeconds: [10, 36_000, 180],
  leversSeconds: [10, 36_000, 600],
  roadmapSeconds: [10, 36_000, 300],
} as const satisfies Record<string, Bounds>;
export type SettingName = keyof typeof SETTING_BOUNDS;

function eachSetting<T>(make: (bounds: Bounds) => T): { [K in SettingName]: T } {
  const entries = Object.entries(SETTING_BOUNDS).map(([name, bounds]) => [name, make(bounds)] as const);
  return Object.fromEntries(entries) as { [K in SettingName]: T };
}

const boundedInt = ([min, max]: Bounds) => z.number().int().min(min).max(max);

/** Every setting with its bounds and default. A session may override what the deck sets. */
export const settingsSchema = z.object(eachSetting((bounds) => boundedInt(bounds).default(bounds[2]))).strict();

/** What a deck file may set: any subset of the settings, no defaults filled in. */
export const deckSettingsSchema = z.object(eachSetting((bounds) => boundedInt(bounds).optional())).strict();

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const deckSchema = contentEnvelopeSchema
  .extend({
    game: z.literal(GAME_ID),
    categories: z.array(categorySchema).min(5).max(9),
    reasons: z.array(reasonSchema).min(1),
    levers: z.array(leverSchema).min(1),
    settings: deckSettingsSchema.optional(),
  })
  .strict();

export type Category = z.infer<typeof categorySchema>;
export type Reason = z.infer<typeof reasonSchema>;
export type Lever = z.infer<typeof leverSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type DeckSettings = z.infer<typeof deckSettingsSchema>;
export type Deck = z.infer<typeof deckSchema>;

/** The deck's settings with every default filled in. */
export function resolveSettings(deck: Pick<Deck, "settings">): Settings {
  return settingsSchema.parse(deck.settings ?? {});
}

// ---------------------------------------------------------------------------------------------
// Semantic checks
// ---------------------------------------------------------------------------------------------

type Path = readonly PropertyKey[];
type Message = { fr: string; en: string };

const code = (name: string) => `${GAME_ID}.${name}`;

/** Every localized text of the deck, with where it sits and which field it is. */
interface TextSite {
  path: Path;
  field: string;
  text: LocalizedText;
}

export function* localizedTexts(deck: Deck): Generator<TextSite> {
  yield* fieldsOf(deck, [], ["title", "description"]);
  for (const [i, category] of deck.categories.entries()) yield* fieldsOf(category, ["categories", i], ["label", "description"]);
  for (const [i, reason] of deck.reasons.entries()) yield* fieldsOf(reason, ["reasons", i], ["title", "text", "hint"]);
  for (const [i, lever] of deck.levers.entries()) yield* fieldsOf(lever, ["levers", i], ["title", "text"]);
}

function* fieldsOf<T extends object>(owner: T, path: Path, fields: readonly (keyof T & string)[]): Generator<TextSite> {
  for (const field of fields) {
    const text = owner[field] as LocalizedText | undefined;
    if (text !== undefined) yield { path: [...path, field], field, text };
  }
}

/** The path of one language of a text: `.fr` / `.en` inside an object, the text itself when plain. */
function languagePath(site: TextSite, locale: "fr" | "en"): Path {
  return typeof site.text === "string" ? site.path : [...site.path, locale];
}

/** Lowercase, no accents, no punctuation, single spaces: what makes two texts "the same". */
export function normaliseText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function duplicateIds(items: readonly { id: string }[], list: string, noun: Message): ContentIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: ContentIssue[] = [];
  for (const [i, item] of items.entries()) {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, i);
      continue;
    }
    issues.push(
      issue([list, i, "id"], code("duplicate_id"), {
        fr: `L'identifiant « ${item.id} » est déjà utilisé par ${noun.fr} n° ${first + 1} (${jsonPath([list, first])}).`,
        en: `The id "${item.id}" is already used by ${noun.en} number ${first + 1} (${jsonPath([list, first])}).`,
      }),
    );
  }
  return issues;
}

function checkIds(deck: Deck): ContentIssue[] {
  return [
    ...duplicateIds(deck.categories, "categories", { fr: "la catégorie", en: "category" }),
    ...duplicateIds(deck.reasons, "reasons", { fr: "la raison", en: "reason" }),
    ...duplicateIds(deck.levers, "levers", { fr: "le levier", en: "lever" }),
  ];
}

function checkReasonCategories(deck: Deck): ContentIssue[] {
  const known = new Set(deck.categories.map((category) => category.id));
  return deck.reasons.flatMap((reason, i) =>
    known.has(reason.category)
      ? []
      : [
          issue(["reasons", i, "category"], code("unknown_category"), {
            fr: `La raison « ${reason.id} » est rangée dans la catégorie « ${reason.category} », qui n'existe pas.`,
            en: `Reason "${reason.id}" belongs to category "${reason.category}", which does not exist.`,
          }),
        ],
  );
}

function checkLeverAddresses(deck: Deck): ContentIssue[] {
  const known = new Set(deck.reasons.map((reason) => reason.id));
  const issues: ContentIssue[] = [];
  for (const [i, lever] of deck.levers.entries()) {
    const seen = new Set<string>();
    for (const [j, target] of lever.addresses.entries()) {
      const path = ["levers", i, "addresses", j];
      if (!known.has(target)) {
        issues.push(
          issue(path, code("unknown_reason"), {
            fr: `Le levier « ${lever.id} » répond à la raison « ${target} », qui n'existe pas.`,
            en: `Lever "${lever.id}" answers reason "${target}", which does not exist.`,
          }),
        );
      } else if (seen.has(target)) {
        issues.push(
          issue(
            path,
            code("duplicate_reference"),
            {
              fr: `Le levier « ${lever.id} » cite deux fois la raison « ${target} ».`,
              en: `Lever "${lever.id}" lists reason "${target}" twice.`,
            },
            "warning",
          ),
        );
      }
      seen.add(target);
    }
  }
  return issues;
}

function checkUnusedCategories(deck: Deck): ContentIssue[] {
  const used = new Set(deck.reasons.map((reason) => reason.category));
  return deck.categories.flatMap((category, i) =>
    used.has(category.id)
      ? []
      : [
          issue(["categories", i], code("unused_category"), {
            fr: `Aucune raison n'est rangée dans la catégorie « ${category.id} » : son voyant resterait toujours éteint.`,
            en: `No reason belongs to category "${category.id}": its warning light could never come on.`,
          }),
        ],
  );
}

function checkUnansweredReasons(deck: Deck): ContentIssue[] {
  const answered = new Set(deck.levers.flatMap((lever) => lever.addresses));
  return deck.reasons.flatMap((reason, i) =>
    answered.has(reason.id)
      ? []
      : [
          issue(
            ["reasons", i],
            code("unanswered_reason"),
            {
              fr: `Aucun levier ne répond à la raison « ${reason.id} » dans le livret des correspondances.`,
              en: `No lever answers reason "${reason.id}" in the booklet of correspondences.`,
            },
            "warning",
          ),
        ],
  );
}

function checkCategoryColours(deck: Deck): ContentIssue[] {
  const firstIndex = new Map<string, number>();
  return deck.categories.flatMap((category, i) => {
    const colour = category.color.toLowerCase();
    const first = firstIndex.get(colour);
    if (first === undefined) {
      firstIndex.set(colour, i);
      return [];
    }
    return [
      issue(
        ["categories", i, "color"],
        code("same_color"),
        {
          fr: `La catégorie « ${category.id} » a la même couleur que « ${deck.categories[first].id} » : les voyants se confondraient.`,
          en: `Category "${category.id}" has the same colour as "${deck.categories[first].id}": their lights would look alike.`,
        },
        "warning",
      ),
    ];
  });
}

/** No two cards (reasons and levers together) with the same title or the same text, in either language. */
function checkDuplicateTexts(deck: Deck): ContentIssue[] {
  const seen = new Map<string, Path>();
  const issues: ContentIssue[] = [];
  for (const site of localizedTexts(deck)) {
    if (!isCardSite(site)) continue;
    for (const [locale, value] of languages(site.text)) {
      const key = `${site.field}|${locale}|${normaliseText(value)}`;
      const path = languagePath(site, locale);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, path);
        continue;
      }
      issues.push(
        issue(path, code("duplicate_text"), {
          fr: `Ce texte est identique à celui de ${jsonPath(first)} : deux cartes ne doivent pas se ressembler.`,
          en: `This text is the same as ${jsonPath(first)}: no two cards should read alike.`,
        }),
      );
    }
  }
  return issues;
}

function isCardSite(site: TextSite): boolean {
  const [list] = site.path;
  return (list === "reasons" || list === "levers") && (site.field === "title" || site.field === "text");
}

function languages(text: LocalizedText): ["fr" | "en", string][] {
  if (typeof text === "string") return [["fr", text]];
  return text.en === undefined ? [["fr", text.fr]] : [["fr", text.fr], ["en", text.en]];
}

function checkTranslations(deck: Deck): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const site of localizedTexts(deck)) {
    const en = typeof site.text === "string" ? undefined : site.text.en;
    if (en === undefined) {
      issues.push(
        issue(
          site.path,
          code("missing_english"),
          {
            fr: "Ce texte n'a pas de version anglaise (clé « en »).",
            en: 'This text has no English version ("en" key).',
          },
          "warning",
        ),
      );
    } else if (typeof site.text !== "string" && en.trim() === site.text.fr.trim()) {
      issues.push(
        issue(languagePath(site, "en"), code("english_same_as_french"), {
          fr: "La version anglaise est identique au français : elle n'a pas été traduite.",
          en: "The English version is identical to the French one: it has not been translated.",
        }),
      );
    }
  }
  return issues;
}

function checkSizes(deck: Deck): ContentIssue[] {
  const settings = resolveSettings(deck);
  const players = settings.maxPlayers;
  const issues: ContentIssue[] = [];
  const piles = [
    { list: "reasons", have: deck.reasons.length, hand: settings.reasonHandSize, noun: { fr: "raisons", en: "reasons" } },
    { list: "levers", have: deck.levers.length, hand: settings.leverHandSize, noun: { fr: "leviers", en: "levers" } },
  ] as const;
  for (const pile of piles) {
    const need = players * pile.hand;
    if (pile.have >= need) continue;
    issues.push(
      issue(
        [pile.list],
        code("deck_too_small"),
        {
          fr: `Il faut au moins ${need} ${pile.noun.fr} pour servir ${players} joueurs à ${pile.hand} cartes chacun ; le paquet n'en a que ${pile.have}.`,
          en: `Dealing ${pile.hand} cards to each of ${players} players needs at least ${need} ${pile.noun.en}; the deck has only ${pile.have}.`,
        },
        "warning",
      ),
    );
  }
  if (deck.reasons.length < settings.soloReasons) {
    issues.push(
      issue(
        ["settings", "soloReasons"],
        code("deck_too_small"),
        {
          fr: `La partie solo fait passer ${settings.soloReasons} raisons, mais le paquet n'en a que ${deck.reasons.length}.`,
          en: `A solo game walks through ${settings.soloReasons} reasons, but the deck has only ${deck.reasons.length}.`,
        },
        "warning",
      ),
    );
  }
  return issues;
}

function checkSettings(deck: Deck): ContentIssue[] {
  const settings = resolveSettings(deck);
  if (settings.maxVotesPerReason <= settings.votesPerPlayer) return [];
  return [
    issue(["settings", "maxVotesPerReason"], code("vote_limit"), {
      fr: `On ne peut pas mettre ${settings.maxVotesPerReason} votes sur une raison quand chaque joueur n'en a que ${settings.votesPerPlayer}.`,
      en: `A player cannot put ${settings.maxVotesPerReason} votes on one reason with only ${settings.votesPerPlayer} votes in hand.`,
    }),
  ];
}

const CHECKS: readonly ((deck: Deck) => ContentIssue[])[] = [
  checkIds,
  checkReasonCategories,
  checkLeverAddresses,
  checkUnusedCategories,
  checkUnansweredReasons,
  checkCategoryColours,
  checkDuplicateTexts,
  checkTranslations,
  checkSizes,
  checkSettings,
];

/** The semantic checks the schema cannot express; each problem names its JSON path. */
export function checkDeck(deck: Deck): ContentIssue[] {
  return CHECKS.flatMap((check) => check(deck));
}

/** The levers the booklet matches to a reason. */
export function leversFor(deck: Deck, reasonId: string): Lever[] {
  return deck.levers.filter((lever) => lever.addresses.includes(reasonId));
}
