import { interpolate, type Locale, type Params } from "./i18n/text.ts";

/** A refusal by the rules or the platform: a stable code plus parameters for its message. */
export interface RuleError {
  code: string;
  params?: Params;
}

export function ruleError(code: string, params?: Params): RuleError {
  return params ? { code, params } : { code };
}

export function isRuleError(value: unknown): value is RuleError {
  return typeof value === "object" && value !== null && typeof (value as RuleError).code === "string";
}

export type MessageCatalogue = Record<Locale, Record<string, string>>;

/** Messages of the platform's own error codes, in every locale. Games add theirs. */
export const platformErrors: MessageCatalogue = {
  fr: {
    "protocol.bad_message": "Message illisible : il doit être du JSON simple, avec un identifiant, un type et un contenu.",
    "protocol.unknown_message": "Type de message inconnu : « {type} ».",
    "protocol.too_large": "Message trop long ({size} octets, {max} au plus).",
    "protocol.rate_limited": "Trop de messages d'un coup : attendez un instant.",
    "command.unknown": "Action inconnue : « {kind} ».",
    "command.bad_payload": "Action « {kind} » mal formée : {details}",
    "command.wrong_phase": "L'action « {kind} » n'est pas possible pendant cette étape.",
    "command.not_your_turn": "Ce n'est pas votre tour.",
    "command.not_allowed": "Votre place ne permet pas cette action.",
    "command.facilitator_only": "Seul l'animateur ou l'animatrice peut faire cela.",
    "command.spectator": "Cet écran ne fait que regarder la partie.",
    "command.not_started": "La partie n'a pas encore commencé.",
    "command.finished": "La partie est terminée.",
    "command.already_done": "Vous avez déjà dit « J'ai fini » pour cette étape.",
    "command.done_not_allowed": "Cette étape ne se termine pas par « J'ai fini ».",
    "join.bad_options": "Impossible de rejoindre : {details}",
    "join.unknown_session": "Aucune session avec le code {code}.",
    "join.bad_seat_token": "Ce jeton de place n'est plus valable pour cette session.",
    "join.bad_facilitator_token": "Le lien d'animation n'est pas valable pour cette session.",
    "join.full": "La session est complète ({max} joueurs au plus).",
    "join.started": "La partie a déjà commencé et aucune place n'est libre.",
    "join.ask_facilitator": "La partie a déjà commencé et toutes les places sont prises. L'animateur·rice peut vous donner la place d'un robot : demandez-lui son lien.",
    "replay.not_finished": "Le déroulé pas à pas s'ouvre une fois la partie terminée.",
    "replay.outdated_rules": "Cette partie date d'une version précédente du jeu : son déroulé pas à pas n'est plus disponible. Son bilan reste consultable.",
    "replay.no_step": "Pas d'étape {step} dans ce déroulé (il en compte {last}).",
    "seat.not_bot": "Seule la place d'un robot, dans une partie en cours, peut être donnée à une personne.",
    "join.finished": "Cette partie est terminée.",
    "join.outdated_rules": "Cette session date d'une version précédente du jeu : on ne peut plus la rejoindre. Son bilan reste consultable.",
    "join.kiosk_unknown": "Aucune table « {table} » n'est configurée sur ce stand.",
    "lobby.not_enough_players": "Il faut au moins {min} joueurs pour commencer.",
    "lobby.too_many_players": "Ce mode se joue à {max} joueurs au plus.",
    "lobby.already_started": "La partie a déjà commencé.",
    "timer.none": "Cette étape n'a pas de minuteur.",
    "timer.already_paused": "Le minuteur est déjà en pause.",
    "timer.not_paused": "Le minuteur n'est pas en pause.",
    "seat.unknown": "Place inconnue : « {seat} ».",
    "seat.bad_color": "Cette couleur ne fait pas partie des couleurs proposées.",
    "kiosk.unknown_tablet": "Aucune tablette « {tablet} » à cette table.",
    "kiosk.bad_pin": "Code personnel incorrect.",
    "seat.not_human": "Cette place n'est pas tenue par une personne.",
    "seat.not_yours": "Cette place est maintenant jouée par un robot : reprenez-la avec votre lien de place.",
    "seat.bot_not_allowed": "Les robots ne sont pas autorisés dans cette session.",
    "name.invalid": "Le nom doit compter de 1 à {max} caractères.",
    "debrief.not_finished": "Le bilan se montre une fois la partie terminée.",
    "admin.unauthorized": "Cette page demande le mot de passe d'administration.",
    "content.no_folder": "Aucun dossier de contenu externe n'est configuré sur ce serveur.",
    "content.no_such_file": "Ce contenu ne contient pas de fichier « {name} ».",
    "admin.forbidden": "Mot de passe d'administration incorrect.",
    "session.unknown_game": "Jeu inconnu : « {game} ».",
    "session.unknown_content": "Contenu inconnu pour ce jeu : « {content} ».",
    "session.unknown_mode": "Mode inconnu pour ce jeu : « {mode} ».",
    "session.bad_settings": "Réglages invalides pour ce jeu.",
    "series.none": "La session {code} ne fait partie d'aucune série de tables.",
    "request.bad_body": "Requête invalide : {details}",
    "report.unauthorized": "Ce compte rendu demande le lien d'animation ou le lien de lecture.",
    "report.forbidden": "Ce lien ne donne pas accès à ce compte rendu.",
    "report.not_ready": "Le compte rendu n'est pas encore disponible.",
    "report.bad_format": "Format inconnu : choisissez json, csv ou html.",
    "request.rate_limited": "Trop de tentatives depuis cette adresse : réessayez dans quelques minutes.",
    "server.full": "Le serveur accueille déjà autant de sessions qu'il le peut : réessayez plus tard.",
    "internal": "Erreur interne du serveur : l'action n'a pas été appliquée.",
  },
  en: {
    "protocol.bad_message": "Unreadable message: it must be plain JSON, with an id, a kind and a payload.",
    "protocol.unknown_message": "Unknown message type: \"{type}\".",
    "protocol.too_large": "Message too long ({size} bytes, at most {max}).",
    "protocol.rate_limited": "Too many messages at once: please wait a moment.",
    "command.unknown": "Unknown action: \"{kind}\".",
    "command.bad_payload": "Malformed \"{kind}\" action: {details}",
    "command.wrong_phase": "The \"{kind}\" action is not possible during this step.",
    "command.not_your_turn": "It is not your turn.",
    "command.not_allowed": "Your seat does not allow this action.",
    "command.facilitator_only": "Only the facilitator can do this.",
    "command.spectator": "This screen only watches the game.",
    "command.not_started": "The game has not started yet.",
    "command.finished": "The game is over.",
    "command.already_done": "You already said \"I'm done\" for this step.",
    "command.done_not_allowed": "This step does not end with \"I'm done\".",
    "join.bad_options": "Cannot join: {details}",
    "join.unknown_session": "No session with code {code}.",
    "join.bad_seat_token": "This seat token is no longer valid for this session.",
    "join.bad_facilitator_token": "This facilitator link is not valid for this session.",
    "join.full": "The session is full ({max} players at most).",
    "join.started": "The game has already started and no seat is free.",
    "join.ask_facilitator": "The game has already started and every seat is taken. The facilitator can give you a robot's seat: ask them for its link.",
    "replay.not_finished": "The step-by-step replay opens once the game is over.",
    "replay.outdated_rules": "This game dates from an earlier version of the game: its step-by-step replay is no longer available. Its report still is.",
    "replay.no_step": "No step {step} in this replay (it has {last}).",
    "seat.not_bot": "Only a robot's seat, in a game under way, can be given to a person.",
    "join.finished": "This game is over.",
    "join.outdated_rules": "This session dates from an earlier version of the game: it can no longer be joined. Its report is still available.",
    "join.kiosk_unknown": "No table \"{table}\" is configured at this stand.",
    "lobby.not_enough_players": "At least {min} players are needed to start.",
    "lobby.too_many_players": "This mode is played by {max} players at most.",
    "lobby.already_started": "The game has already started.",
    "timer.none": "This step has no timer.",
    "timer.already_paused": "The timer is already paused.",
    "timer.not_paused": "The timer is not paused.",
    "seat.unknown": "Unknown seat: \"{seat}\".",
    "seat.bad_color": "This colour is not one of those offered.",
    "kiosk.unknown_tablet": "No tablet \"{tablet}\" at this table.",
    "kiosk.bad_pin": "Wrong staff PIN.",
    "seat.not_human": "This seat is not held by a person.",
    "seat.not_yours": "A bot now plays this seat: take it back with your seat link.",
    "seat.bot_not_allowed": "Bots are not allowed in this session.",
    "name.invalid": "The name must be 1 to {max} characters long.",
    "debrief.not_finished": "The debrief can be shown once the game is over.",
    "admin.unauthorized": "This page needs the administration password.",
    "content.no_folder": "No external content folder is configured on this server.",
    "content.no_such_file": "This content has no file \"{name}\".",
    "admin.forbidden": "Wrong administration password.",
    "session.unknown_game": "Unknown game: \"{game}\".",
    "session.unknown_content": "Unknown content for this game: \"{content}\".",
    "session.unknown_mode": "Unknown mode for this game: \"{mode}\".",
    "session.bad_settings": "Invalid settings for this game.",
    "series.none": "Session {code} is not part of a series of tables.",
    "request.bad_body": "Invalid request: {details}",
    "report.unauthorized": "This report needs the facilitator link or the read-only link.",
    "report.forbidden": "This link does not give access to this report.",
    "report.not_ready": "The report is not available yet.",
    "report.bad_format": "Unknown format: choose json, csv or html.",
    "request.rate_limited": "Too many attempts from this address: try again in a few minutes.",
    "server.full": "This server already holds as many sessions as it can: try again later.",
    "internal": "Internal server error: the action was not applied.",
  },
};

/** Looks a code up in the catalogues given, first match wins; unknown codes fall back to "internal". */
export function errorMessage(error: RuleError, locale: Locale, ...catalogues: MessageCatalogue[]): string {
  for (const catalogue of [...catalogues, platformErrors]) {
    const template = catalogue[locale]?.[error.code];
    if (template) return interpolate(template, error.params);
  }
  return interpolate(platformErrors[locale].internal);
}
