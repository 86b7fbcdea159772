import { interpolate, localize, type Locale, type LocalizedText, type MessageCatalogue } from "@sgp/shared";
import type { Scenario } from "./content.ts";

/** The game's error codes, in French and English. */
export const messages: MessageCatalogue = {
  fr: {
    "coast.no_role": "Votre place ne tient aucun rôle dans ce territoire.",
    "coast.unknown_action": "Carte d'action inconnue : « {action} ».",
    "coast.unknown_zone": "Zone inconnue : « {zone} ».",
    "coast.unknown_project": "Projet inconnu : « {project} ».",
    "coast.unknown_role": "Rôle inconnu : « {role} ».",
    "coast.unknown_seat": "Place inconnue : « {seat} ».",
    "coast.unknown_event": "Carte d'événement inconnue : « {event} ».",
    "coast.not_proposer": "Votre rôle ne peut pas proposer cette action.",
    "coast.wrong_zone": "Cette action ne se pose pas sur ce type de zone.",
    "coast.too_many_proposals": "Plus de proposition possible ce tour-ci (au plus {max} par rôle).",
    "coast.too_expensive": "Ce projet coûte {cost} k€ : plus que tout l'argent du territoire ({money} k€).",
    "coast.already_proposed": "Ce projet est déjà sur la table pour cette zone.",
    "coast.pointless": "Ce projet ne changerait rien à cette zone aujourd'hui.",
    "coast.project_closed": "Ce projet n'est plus en discussion.",
    "coast.not_enough_budget": "Budget insuffisant : il reste {budget} k€.",
    "coast.over_pledge": "Il ne manque que {max} k€ à ce projet.",
    "coast.nothing_pledged": "Vous n'avez rien promis à ce projet.",
    "coast.no_power": "Votre rôle n'a pas ce pouvoir.",
    "coast.no_approval_needed": "Ce projet n'a pas besoin de l'accord de l'État.",
    "coast.already_decided": "L'État s'est déjà prononcé sur ce projet.",
    "coast.state_is_played": "Un joueur tient le rôle de l'État : c'est à lui de décider.",
    "coast.already_appealed": "Ce projet fait déjà l'objet d'un recours.",
    "coast.appeal_limit": "Plus de recours possible ce tour-ci (au plus {max} par tour).",
    "coast.roles_fixed": "Les rôles ne changent plus une fois la première négociation ouverte.",
    "coast.role_taken": "Une autre personne joue déjà ce rôle.",
    "coast.role_already_yours": "Vous jouez déjà ce rôle.",
    "coast.storm_limit": "{max} m de surcote ajoutée au plus par tour.",
    "coast.in_debt": "Votre budget est sous zéro ({budget} k€) : pas de nouveau projet tant qu'il n'est pas remonté.",
    "coast.no_destination_needed": "Ce projet ne déplace ni logements ni emplois : pas de destination à choisir.",
    "coast.bad_destination": "Impossible de déplacer vers « {zone} » : il faut une zone constructible, hors de l'eau et du bon type.",
    "coast.tax_already_levied": "La taxe GEMAPI a déjà été levée ce tour-ci.",
    "coast.zone_already_open": "Cette zone est déjà constructible.",
    "coast.zone_already_closed": "Cette zone est déjà inconstructible.",
    "coast.zone_not_buildable": "Cette zone ne peut pas accueillir de constructions.",
    "coast.zone_in_erosion_band": "Cette zone est dans la bande d'érosion à 30 ans : la loi y interdit de construire.",
    "coast.no_homes_waiting": "Aucun logement n'attend d'être construit ce tour-ci.",
    "coast.not_a_housing_site": "Les nouveaux logements ne peuvent pas aller à « {zone} ».",
  },
  en: {
    "coast.no_role": "Your seat holds no role in this territory.",
    "coast.unknown_action": "Unknown action card: \"{action}\".",
    "coast.unknown_zone": "Unknown zone: \"{zone}\".",
    "coast.unknown_project": "Unknown project: \"{project}\".",
    "coast.unknown_role": "Unknown role: \"{role}\".",
    "coast.unknown_seat": "Unknown seat: \"{seat}\".",
    "coast.unknown_event": "Unknown event card: \"{event}\".",
    "coast.not_proposer": "Your role may not propose this action.",
    "coast.wrong_zone": "This action cannot be placed on this kind of zone.",
    "coast.too_many_proposals": "No more proposals this round (at most {max} per role).",
    "coast.too_expensive": "This project costs {cost} k€: more than all the territory's money ({money} k€).",
    "coast.already_proposed": "This project is already on the table for this zone.",
    "coast.pointless": "This project would change nothing in this zone today.",
    "coast.project_closed": "This project is no longer under discussion.",
    "coast.not_enough_budget": "Not enough budget: {budget} k€ left.",
    "coast.over_pledge": "This project only lacks {max} k€.",
    "coast.nothing_pledged": "You have pledged nothing to this project.",
    "coast.no_power": "Your role does not have this power.",
    "coast.no_approval_needed": "This project does not need the State's approval.",
    "coast.already_decided": "The State has already decided on this project.",
    "coast.state_is_played": "A player holds the State's role: the decision is theirs.",
    "coast.already_appealed": "This project has already been challenged.",
    "coast.appeal_limit": "No more appeals this round (at most {max} per round).",
    "coast.roles_fixed": "Roles no longer change once the first negotiation has opened.",
    "coast.role_taken": "Someone else already plays this role.",
    "coast.role_already_yours": "You already play this role.",
    "coast.storm_limit": "At most {max} m of added surge per round.",
    "coast.in_debt": "Your budget is below zero ({budget} k€): no new project until it is back up.",
    "coast.no_destination_needed": "This project moves neither homes nor jobs: there is no destination to choose.",
    "coast.bad_destination": "Cannot move to \"{zone}\": it must be a buildable zone, out of the water and of the right kind.",
    "coast.tax_already_levied": "The flood-defence tax has already been levied this round.",
    "coast.zone_already_open": "This zone is already open to building.",
    "coast.zone_already_closed": "This zone is already closed to building.",
    "coast.zone_not_buildable": "Nothing may be built in this zone.",
    "coast.zone_in_erosion_band": "This zone lies in the 30-year erosion band: the law forbids building there.",
    "coast.no_homes_waiting": "No homes are waiting to be built this round.",
    "coast.not_a_housing_site": "The new homes cannot go to \"{zone}\".",
  },
};

/** A template, or its two forms by the plural rule of its `count` parameter. */
type NewsTemplate = string | { one: string; other: string };

/**
 * The local newspaper's headline templates, chosen by what the round did (see `headlines` in
 * rounds.ts). Parameters named `zone`, `event` and `action` are ids that `renderHeadline`
 * replaces with the scenario's names; numbers are written the language's way.
 */
export const NEWS: Record<Locale, Record<string, NewsTemplate>> = {
  fr: {
    event: "{event} : le territoire retient son souffle",
    flood: { one: "Un logement les pieds dans l'eau à {zone}", other: "{count} logements les pieds dans l'eau, {zone} la plus touchée" },
    breach_flood: { one: "La digue cède à {zone} : un logement inondé derrière elle", other: "La digue cède à {zone} : {count} logements inondés derrière elle" },
    overtopped: { one: "La mer passe par-dessus la digue à {zone} : un logement dans l'eau", other: "La mer passe par-dessus la digue à {zone} : {count} logements dans l'eau" },
    erosion_loss: { one: "L'érosion emporte un logement à {zone}, et l'assurance ne paie rien", other: "L'érosion emporte {count} logements à {zone}, et l'assurance ne paie rien" },
    storm_held: "Tempête : la mer monte à {level} m, mais les défenses tiennent",
    dry: "La mer monte à {level} m mais tout le monde reste au sec",
    calm: "Des années calmes : la mer ne dépasse pas {level} m",
    breach: "La digue cède à {zone}",
    dune_failed: "La dune ne tient plus à {zone}",
    project_done: "Travaux terminés : {action} à {zone}",
    projects_lapsed: { one: "Un projet abandonné faute d'accord ou d'argent", other: "{count} projets abandonnés faute d'accord ou d'argent" },
    homes_built: { one: "Un logement neuf sort de terre à {zone}", other: "{count} logements neufs sortent de terre à {zone}" },
    relocated: { one: "Un logement déménagé loin du rivage", other: "{count} logements déménagés loin du rivage" },
    debt: "Les finances de {role} passent sous zéro",
    tax: "La taxe GEMAPI est levée : les habitants grincent des dents",
    rise: "La mer est à +{cm} cm au-dessus de la référence",
  },
  en: {
    event: "{event}: the territory holds its breath",
    flood: { one: "One home under water in {zone}", other: "{count} homes under water, {zone} hit hardest" },
    breach_flood: { one: "The dike gives way at {zone}: one home flooded behind it", other: "The dike gives way at {zone}: {count} homes flooded behind it" },
    overtopped: { one: "The sea pours over the dike at {zone}: one home under water", other: "The sea pours over the dike at {zone}: {count} homes under water" },
    erosion_loss: { one: "Erosion takes one home at {zone}, and insurance pays nothing", other: "Erosion takes {count} homes at {zone}, and insurance pays nothing" },
    storm_held: "Storm: the sea climbs to {level} m, but the defences hold",
    dry: "The sea climbs to {level} m but everyone keeps dry feet",
    calm: "Calm years: the sea stays below {level} m",
    breach: "The dike gives way at {zone}",
    dune_failed: "The dune no longer holds at {zone}",
    project_done: "Works completed: {action} at {zone}",
    projects_lapsed: { one: "One project dropped for lack of agreement or money", other: "{count} projects dropped for lack of agreement or money" },
    homes_built: { one: "One new home goes up in {zone}", other: "{count} new homes go up in {zone}" },
    relocated: { one: "One home moved away from the shore", other: "{count} homes moved away from the shore" },
    debt: "{role}'s finances fall below zero",
    tax: "The flood-defence tax is levied: residents grumble",
    rise: "The sea stands {cm} cm above the reference level",
  },
};

const NUMBER_PARAMS = new Set(["count", "cm", "level"]);

/** A headline in both languages, with ids replaced by names and numbers written the language's way. */
export function renderHeadline(id: string, params: Record<string, string>, scenario: Pick<Scenario, "zones" | "events" | "actions" | "roles">): LocalizedText {
  const render = (locale: Locale): string => {
    const named: Record<string, string> = { ...params };
    const zone = scenario.zones.find((z) => z.id === params.zone);
    const event = scenario.events.find((e) => e.id === params.event);
    const action = scenario.actions.find((a) => a.id === params.action);
    const role = scenario.roles.find((r) => r.id === params.role);
    if (zone) named.zone = localize(zone.name, locale);
    if (event) named.event = localize(event.title, locale);
    if (action) named.action = localize(action.name, locale);
    if (role) named.role = localize(role.name, locale);
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    for (const key of NUMBER_PARAMS) if (params[key] !== undefined && params[key] !== "") named[key] = numbers.format(Number(params[key]));
    const template = NEWS[locale][id] ?? id;
    const form = typeof template === "string" ? template : new Intl.PluralRules(locale).select(Number(params.count)) === "one" ? template.one : template.other;
    return interpolate(form, named);
  };
  return { fr: render("fr"), en: render("en") };
}
