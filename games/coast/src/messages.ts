import { interpolate, localize, type Locale, type LocalizedText, type MessageCatalogue } from "@sgp/shared";
import type { Scenario } from "./content.ts";

/** The game's error codes, in French and English. */
export const messages: MessageCatalogue = {
  fr: {
    "coast.no_role": "Votre place ne tient aucun rôle dans ce territoire.",
    "coast.unknown_action": "Carte d'action inconnue : « {action} ».",
    "coast.unknown_zone": "Zone inconnue : « {zone} ».",
    "coast.unknown_project": "Projet inconnu : « {project} ».",
    "coast.unknown_role": "Rôle inconnu : « {role} ».",
    "coast.unknown_seat": "Place inconnue : « {seat} ».",
    "coast.unknown_event": "Carte d'événement inconnue : « {event} ».",
    "coast.not_proposer": "Votre rôle ne peut pas proposer cette action.",
    "coast.wrong_zone": "Cette action ne se pose pas sur ce type de zone.",
    "coast.too_many_proposals": "Vous avez déjà proposé {max} projet(s) ce tour-ci.",
    "coast.too_expensive": "Ce projet coûte {cost} k€ : plus que tout l'argent du territoire ({money} k€).",
    "coast.already_proposed": "Ce projet est déjà sur la table pour cette zone.",
    "coast.pointless": "Ce projet ne changerait rien à cette zone aujourd'hui.",
    "coast.project_closed": "Ce projet n'est plus en discussion.",
    "coast.not_enough_budget": "Budget insuffisant : il reste {budget} k€.",
    "coast.over_pledge": "Il ne manque que {max} k€ à ce projet.",
    "coast.nothing_pledged": "Vous n'avez rien promis à ce projet.",
    "coast.no_power": "Votre rôle n'a pas ce pouvoir.",
    "coast.no_approval_needed": "Ce projet n'a pas besoin de l'accord de l'État.",
    "coast.already_decided": "L'État s'est déjà prononcé sur ce projet.",
    "coast.state_is_played": "Un joueur tient le rôle de l'État : c'est à lui de décider.",
    "coast.already_appealed": "Ce projet fait déjà l'objet d'un recours.",
    "coast.appeal_limit": "{max} recours au plus par tour.",
    "coast.roles_fixed": "Les rôles ne changent plus une fois la première négociation ouverte.",
    "coast.role_taken": "Une autre personne joue déjà ce rôle.",
    "coast.role_already_yours": "Vous jouez déjà ce rôle.",
    "coast.storm_limit": "{max} m de surcote ajoutée au plus par tour.",
    "coast.in_debt": "Votre budget est sous zéro ({budget} k€) : pas de nouveau projet tant qu'il n'est pas remonté.",
    "coast.no_destination_needed": "Ce projet ne déplace ni logements ni emplois : pas de destination à choisir.",
    "coast.bad_destination": "Impossible de déplacer vers « {zone} » : il faut une zone constructible, hors de l'eau et du bon type.",
    "coast.tax_already_levied": "La taxe GEMAPI a déjà été levée ce tour-ci.",
    "coast.zone_already_open": "Cette zone est déjà constructible.",
    "coast.zone_already_closed": "Cette zone est déjà inconstructible.",
    "coast.zone_not_buildable": "Cette zone ne peut pas accueillir de constructions.",
    "coast.zone_in_erosion_band": "Cette zone est dans la bande d'érosion à 30 ans : la loi y interdit de construire.",
    "coast.no_homes_waiting": "Aucun logement n'attend d'être construit ce tour-ci.",
    "coast.not_a_housing_site": "Les nouveaux logements ne peuvent pas aller à « {zone} ».",
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
    "coast.too_many_proposals": "You have already proposed {max} project(s) this round.",
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
    "coast.appeal_limit": "At most {max} appeal(s) per round.",
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

/**
 * The local newspaper's headline templates. Parameters named `zone`, `event` and `action` are ids
 * that `renderHeadline` replaces with the scenario's names.
 */
export const NEWS: Record<Locale, Record<string, string>> = {
  fr: {
    event: "{event} : le territoire retient son souffle",
    flood: "{homes} logements les pieds dans l'eau, {zone} la plus touchée ({zones} zone(s) inondée(s))",
    dry: "La mer monte à {level} m mais tout le monde reste au sec",
    breach: "La digue cède à {zone}",
    dune_failed: "La dune ne tient plus à {zone}",
    project_done: "Travaux terminés : {action} à {zone}",
    projects_lapsed: "{count} projet(s) abandonné(s) faute d'accord ou d'argent",
    homes_built: "{homes} logements neufs sortent de terre",
    rise: "La mer a monté de {cm} cm depuis le début",
  },
  en: {
    event: "{event}: the territory holds its breath",
    flood: "{homes} homes under water, {zone} hit hardest ({zones} zone(s) flooded)",
    dry: "The sea climbs to {level} m but everyone keeps dry feet",
    breach: "The dike gives way at {zone}",
    dune_failed: "The dune no longer holds at {zone}",
    project_done: "Works completed: {action} at {zone}",
    projects_lapsed: "{count} project(s) dropped for lack of agreement or money",
    homes_built: "{homes} new homes go up",
    rise: "The sea has risen {cm} cm since the start",
  },
};

/** A headline in both languages, with zone, event and action ids replaced by their names. */
export function renderHeadline(id: string, params: Record<string, string>, scenario: Scenario): LocalizedText {
  const names = (locale: Locale): Record<string, string> => {
    const named: Record<string, string> = { ...params };
    const zone = scenario.zones.find((z) => z.id === params.zone);
    const event = scenario.events.find((e) => e.id === params.event);
    const action = scenario.actions.find((a) => a.id === params.action);
    if (zone) named.zone = localize(zone.name, locale);
    if (event) named.event = localize(event.title, locale);
    if (action) named.action = localize(action.name, locale);
    return named;
  };
  return { fr: interpolate(NEWS.fr[id] ?? id, names("fr")), en: interpolate(NEWS.en[id] ?? id, names("en")) };
}
