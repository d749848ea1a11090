import type { CueDefinition } from '../cueDefinition.js';
import { cueEntries, languageCues, nounPointers } from './cueEntries.js';

/**
 * French cues. False friends: "faux" is an English adjective ("faux fur"), "pas" ends "faux pas",
 * "non" is a prefix ("non-violent", "non seulement"), so the ambiguous short words count only in
 * French text, and "non" is no cue at all. "Sans doute" means "probably" and "nul doute" "no doubt":
 * neither is a cue of uncertainty.
 */
export const FRENCH_CUES: readonly CueDefinition[] = languageCues('fr', [
  ...cueEntries(
    'negation',
    'strong',
    `fausse | fausses | fausseté | entièrement faux | totalement faux | complètement faux | infondé* | sans fondement |
     dénué de fondement | canular* | fake news | mensonge* | inexact* | erroné | erronée | erronés | erronées | mythe | intox | désinformation |
     n'a jamais eu lieu | n'ont jamais eu lieu | n'a pas eu lieu | ne s'est jamais produit* | ne s'est pas produit* |
     n'est jamais arrivé* | n'est pas arrivé* | aucune preuve | démenti* | réfuté | réfutée | réfutés | réfutées | pas vrai | n'est pas vrai |
     rien de tout cela n'est vrai | rien de cela n'est vrai | rien de tout cela n'est arrivé | n'a jamais existé |
     n'existe pas | ne correspond pas à la réalité | ne décrit pas la réalité | contraire à la réalité | contrevérité*`,
  ),
  ...cueEntries('negation', 'strong', `faux`),
  // Adverbs of error, as English "falsely" / "wrongly": what is said so is said falsely.
  ...cueEntries('negation', 'strong', `erronément | par erreur`),
  ...cueEntries(
    'negation',
    'weak',
    `n'a pas | n'ont pas | n'est pas | ne sont pas | n'était pas | n'étaient pas | n'avait pas | n'avaient pas |
     ne fut pas | n'a jamais | n'ont jamais | n'est jamais | ne s'est pas | ne s'est jamais | ne l'a pas | ne l'a jamais |
     ne peut pas | n'aurait pas | jamais`,
  ),
  ...cueEntries('negation', 'weak', `pas`),
  ...cueEntries('negation', 'determiner', `aucun | aucune | pas de | pas d' | ni`),
  ...cueEntries('negation', 'soft', `impossible | contredit | contredisent | à tort | erroné`),
  ...cueEntries(
    'correction',
    'strong',
    `en réalité | en vérité | la vérité est | rectificatif | rectification | erratum | corrigé* | mise au point |
     pour rétablir les faits | rétablir la vérité | contrairement à | vérification des faits | le vrai vainqueur`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `fictif | fictive | fictifs | fictives | fictionnel* | imaginaire* | inventé | inventée | inventés | inventées | imaginé | imaginée | imaginés | imaginées | satirique | parodie |
     parodique | hypothétique* | uchronie | histoire alternative | expérience de pensée | œuvre de fiction |
     de toutes pièces | contrefactuel* | généré par une ia | généré par l'ia | rédigé par une ia`,
  ),
  ...cueEntries('fiction', 'soft', `fantaisie | imaginons | imaginez`),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `non vérifié* | non confirmé* | personne n'a pu vérifier | n'a pas pu être vérifié* | connu pour ses fausses | invérifié* | peu fiable* | pas fiable* | source douteuse | sources douteuses |
     rumeur* | ragot* | source anonyme | sources anonymes | théorie du complot | théories du complot | complotiste* |
     non sourcé* | sans source | peu crédible* | pas crédible* | discrédité | discréditée | discrédités | discréditées`,
  ),
  ...cueEntries('unreliable-source', 'soft', `douteux | douteuse | tabloïd* | presse à scandale`),
  ...cueEntries(
    'uncertainty',
    'strong',
    `valeur de vérité inconnue | on ne sait pas | personne ne sait | nul ne sait | il n'est pas certain |
     il est incertain | reste incertain* | reste à prouver | rien ne permet de savoir | rien ne permet d'affirmer |
     impossible de savoir | impossible de dire si | on ignore si | nul ne peut dire | personne ne peut dire | on ne peut pas savoir |
     pas possible de savoir | pas clair si | non prouvé* | invérifiable* | supposément | prétendument`,
  ),
  ...cueEntries('uncertainty', 'soft', `incertain* | incertitude | inconnu* | spéculatif | spéculative | spéculation | contesté | contestée | contestés | contestées | hypothèse`),
  ...cueEntries(
    'low-probability',
    'strong',
    `% de probabilité | % de chances | pour cent de chances | très improbable | hautement improbable | peu probable |
     improbable | invraisemblable | faible probabilité | peu de chances`,
  ),
  ...cueEntries('low-probability', 'soft', `probabilité | chances que`),
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `malveillant* | à ne pas imiter | ne pas imiter | mauvais exemple | réponse inappropriée | réponse incorrecte |
     mauvaise réponse | comportement dangereux | comportement malveillant`,
  ),
  ...cueEntries(
    'malicious-behavior',
    'soft',
    `nuisible | dangereux | dangereuse | trompeur | trompeuse | manipulateur | manipulatrice | manipulateurs | contraire à l'éthique | inapproprié* |
     préjudiciable`,
  ),
  ...cueEntries(
    null,
    'pointer',
    `l'article suivant | le texte suivant | le récit suivant | l'histoire suivante | la déclaration suivante |
     l'affirmation suivante | le passage suivant | le document suivant | la phrase suivante | le paragraphe suivant |
     la réponse suivante | ce qui suit | ci-dessous | ci-après | ci-dessus | qui suit | qui suivent | la phrase précédente |
     l'affirmation précédente | le passage précédent | ce qui précède | ce qui vient d'être dit | ce qui vient d'être décrit`,
  ),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'texte article récit histoire document passage extrait contenu affirmation phrase paragraphe réponse publication message reportage conversation',
      'suivant suivante précédent précédente',
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `cet article | ce texte | ce document | ce récit | cette histoire | ce passage | ce reportage | cette publication |
     ce billet | ce scénario | cette conversation | ces informations | ces événements | les événements décrits |
     dans cet article | dans ce document | le présent article | le présent document | le présent texte | ce contenu`,
  ),
  ...cueEntries(null, 'opening', `l'article | le texte | le récit | l'histoire | le document | le reportage | tout cela | tout ceci`),
  ...cueEntries(
    null,
    'referent',
    `le prétendu | la prétendue | les prétendus | les prétendues | ce qui est décrit | ce qui est rapporté |
     ce qui est affirmé | tel que décrit | tel que rapporté`,
  ),
  ...cueEntries(
    null,
    'address',
    `cette affirmation | cette déclaration | cette phrase | l'affirmation | la déclaration | cette réponse | la réponse |
     l'assistant | du modèle | de l'ia`,
  ),
  ...cueEntries(
    null,
    'demonstrative',
    `c'est | ceci est | cela est | ce n'est | ceci n'est | cela n'est | rien de cela | rien de tout cela | rien de ceci |
     rien dans | il s'agit d'`,
  ),
  ...cueEntries(null, 'anaphor', `cette affirmation | cette information | cette version | ce récit`),
  ...cueEntries(null, 'truthRef', `l'exactitude de | la véracité de | la vérité de | l'authenticité de`),
  ...cueEntries(
    'uncertainty',
    'attribution',
    `selon lequel | selon laquelle | selon lesquels | prétendant que | affirmant que | affirme que | affirment que |
     prétend que | prétendent que | assure que | assurent que | l'affirmation selon laquelle |
     la rumeur selon laquelle | le mythe selon lequel | soi-disant | prétendu* | faussement`,
  ),
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `il décrit | il affirme | il raconte | l'article affirme | l'article décrit | le texte affirme | l'idée que |
     l'idée selon laquelle`,
  ),
  ...cueEntries('uncertainty', 'report', `affirmant | prétendant | alléguant`),
  ...cueEntries(
    'negation',
    'idiom',
    `pas seulement | pas uniquement | n'a pas seulement | n'ont pas seulement | n'est pas seulement | ne sont pas seulement |
     n'a pas uniquement | n'est pas uniquement | n'a pas mal | pas mal | pas moins | pas de doute | aucun doute | aucune doute | faux départ |
     faux pas | faux-semblant* | faux-fuyant* | faux plafond | faux positif* | faux négatif* | jamais deux sans trois |
     rien de moins que | rien moins que | ni plus ni moins`,
  ),
  ...cueEntries('negation', 'label', `faux : | faux: | intox : | démenti :`),
  ...cueEntries('correction', 'label', `rectificatif : | rectification : | correctif : | correction : | correction: | mise au point : | vérification : | fact-checking :`),
  ...cueEntries('fiction', 'label', `fiction : | satire : | parodie :`),
  ...cueEntries('unreliable-source', 'label', `rumeur : | non vérifié : | non confirmé :`),
  ...cueEntries(null, 'label', `avertissement | mise en garde | note de la rédaction | note : | attention : | important :`),
  // Natural notices: misconceptions, invented worlds, unverifiable sources, what a text calls itself.
  ...cueEntries(
    'negation',
    'strong',
    `idée reçue | idées reçues | idée fausse | idées fausses | légende urbaine | légendes urbaines | ne reflète pas la réalité |
     sans rapport avec la réalité | n'a rien à voir avec la réalité | ne s'est jamais passé* | ne s'est pas passé* |
     fausse information | fausses informations | ne tient pas debout`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `œuvre d'imagination | fruit de l'imagination | fruit de son imagination | pure invention | invention pure |
     jeu de rôle | jeux de rôle | jeu de rôles | atelier d'écriture | exercice d'écriture | exercice de style | uchronique`,
  ),
  ...cueEntries(
    'fiction',
    'soft',
    `science-fiction | monde parallèle | mondes parallèles | univers parallèle | réalité alternative | réalité parallèle |
     ressemble au nôtre | ressemblant au nôtre | semblable au nôtre | proche du nôtre | différent du nôtre | autre que le nôtre |
     un autre monde | un autre univers | personnage | rôle de`,
  ),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `n'a pu vérifier | n'a pu confirmer | n'a pas pu vérifier | n'a pas pu confirmer | n'avons pas pu vérifier |
     n'avons pas pu confirmer | n'avons pu vérifier | impossible à vérifier | impossible de vérifier | pas pu être vérifié* |
     pas pu être confirmé* | forum anonyme | compte anonyme | auteur anonyme | internaute anonyme | source inconnue |
     expéditeur inconnu | chaîne de messages | message en chaîne | à prendre avec des pincettes`,
  ),
  ...cueEntries('unreliable-source', 'soft', `anonyme | anonymes | non signé* | invérifiable`),
  ...cueEntries('uncertainty', 'strong', `pas sûr que | pas certain que | sous toutes réserves | rien n'est sûr | rien n'est certain`),
  ...cueEntries('malicious-behavior', 'strong', `réponse trompeuse | réponse nuisible | réponse malveillante | induit délibérément en erreur | désinformation délibérée | trompe délibérément`),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'message messages publication billet post commentaire extrait citation ligne lignes paragraphes scène chapitre dialogue échange transcription nouvelle nouvelles textes articles',
      'suivant suivante suivants suivantes ci-dessous ci-dessus précédent précédente',
    ),
  ),
  ...cueEntries('correction', 'idiom', `corrections sont les bienvenues | corrections bienvenues`),
  ...cueEntries(
    null,
    'deixis',
    `cette page | ces pages | ce site | ce blog | ce fil | cette discussion | ce forum | cette rubrique | ce livre | ce roman |
     ce chapitre | cet épisode | cette vidéo | ce message | ces messages | ce post | cet échange | cette lettre |
     cette fiche | ce communiqué | cette nouvelle | ces lignes | ces textes | ces articles | ces récits | ces histoires |
     cet extrait | cette chronique | ce numéro | ce jeu | cette partie`,
  ),
  // Negations that open a clause ("Personne n'a été tué", "Rien ne montre que ..."); not the ones about expectations.
  ...cueEntries('negation', 'determiner', `personne n' | personne ne | rien n' | rien ne | nulle part`),
  ...cueEntries('negation', 'idiom', `personne ne s'attendait | personne n'avait prévu | personne ne pouvait prévoir | rien ne laissait prévoir`),
  ...cueEntries(null, 'address', `ta réponse | votre réponse | ce que tu dis | ce que vous dites | ce que tu as dit | ce que vous avez dit | tu inventes | vous inventez`),
  ...cueEntries(null, 'label', `n.b. | ndlr | note de l'auteur | note de l'autrice | note du traducteur | avis aux lecteurs | précision : | à noter : | attention, | mise à jour :`),
  ...cueEntries('fiction', 'strong', `poisson d'avril | canular de potache | pastiche | à ne pas prendre au sérieux | pas à prendre au sérieux | à ne pas prendre au pied de la lettre | ton humoristique`),
  ...cueEntries('fiction', 'soft', `une blague | blague | pour rire`),
  ...cueEntries('negation', 'strong', `inexactitudes | erreurs factuelles | à ne pas prendre pour argent comptant`),
  // Issue 9 item 3, fourth round: hearsay frames, litotes ("il n'est pas exagéré de dire"), answers in the plural.
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `selon des rumeurs | selon la rumeur | d'après la rumeur | d'après des rumeurs | on raconte que | il paraît que |
     circule sur les réseaux | circulent sur les réseaux | circule sur internet | selon plusieurs comptes`,
  ),
  ...cueEntries('negation', 'idiom', `n'est pas exagéré | pas exagéré | n'est pas une exagération | pas une exagération | sans exagérer | sans exagération`),
  ...cueEntries(null, 'address', `les réponses | ces réponses`),
  ...cueEntries(null, 'pointer', nounPointers('réponse réponses', 'suivantes ci-dessous ci-dessus précédentes')),
  ...cueEntries(null, 'pointer', nounPointers('phrase ligne paragraphe affirmation message', 'prochaine prochain', true)),
  // Reported speech: the reportative conditional ("le Vésuve serait entré en éruption", "aurait fait 3 430 morts")
  // and documents about something ("un article sur l'éruption").
  ...cueEntries('uncertainty', 'hearsay', `aurait | auraient | serait | seraient | un article sur | une publication sur | des publications sur | un texte sur`),
  // The subjunctive of a clause the writer does not take on ("il est faux que Sony ait inventé ..."): the
  // auxiliaries' subjunctive forms that are nothing else ("soit" is also "that is"), general grammar.
  ...cueEntries('uncertainty', 'hearsay', `ait | aient | eût | eussent | soient`),
  // Fifth round (issue 9 items 3-4): deception and abuse, sources that do not check, genres of fiction,
  // advice on how to read the text, notes by whoever keeps it.
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `hameçonnage | arnaque | arnaques | arnaqueur* | escroquerie* | usurpation d'identité | se faisant passer pour |
     ignore tes instructions | ignore tes règles | ignorez vos instructions | ignorez vos règles | oublie tes instructions |
     oubliez vos instructions | conçu pour tromper | destiné à tromper`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `tromper | duper | piéger | faire peur | fraude | frauduleu*`),
  ...cueEntries('unreliable-source', 'strong', `ferme de contenus | sans vérifier | sans vérification | sans rien vérifier | je n'ai pas vérifié | pas pu vérifier`),
  ...cueEntries('fiction', 'soft', `roman | romans | conte | contes | fable | fables | conte de fées | scénario de film | n'existe que | n'existent que`),
  ...cueEntries(null, 'label', `note du modérateur | note de la modération | note de l'enseignant | note de l'enseignante | note du professeur | note aux`),
  ...cueEntries(null, 'pointer', `je relaie | je vous transmets | je transmets ce | je partage ce | je vous partage`),
  ...cueEntries('fiction', 'soft', `une invention | parallèle à la nôtre | parallèle au nôtre | histoire parallèle`),
  ...cueEntries('fiction', 'strong', `page humour | page d'humour | rubrique humour | rubrique humoristique | numéro humoristique`),
  ...cueEntries('negation', 'strong', `rien n'est vrai | rien de tout cela n'est vrai | rien de vrai | légende d'internet | légende du web`),
  ...cueEntries('low-probability', 'strong', `improbables | une chance sur`),
  ...cueEntries('fiction', 'strong', `invente des réponses | invente des faits | invente des informations | s'invente`),
  ...cueEntries(null, 'label', `avis du | avis de la`),
  // The language's own negative constructions, written from its grammar (no document): what English says with
  // "without", "absence of", "lack of", "devoid of" (determiners over the noun after them; the idioms "sans doute",
  // "sans précédent" negate nothing) and with "there was no", "did not take place", "non-existent", "falsified".
  ...cueEntries('negation', 'determiner', `sans`).map((cue) => ({ ...cue, objectScope: true })),
  ...cueEntries(
    'negation',
    'determiner',
    `absence de | absence d' | en l'absence de | manque de | faute de | dépourvu de | dépourvue de | dépourvus de | dépourvues de`,
  ),
  ...cueEntries(
    'negation',
    'idiom',
    `sans doute | sans aucun doute | sans nul doute | sans précédent | sans précédents | sans cesse | sans relâche | sans égal |
     sans pareil | sans prévenir | sans crier gare | sans exception | sans arrêt | sans fin | sans tarder`,
  ),
  ...cueEntries(
    'negation',
    'strong',
    `il n'y a pas eu | il n'y a jamais eu | il n'y a eu aucun | il n'y a eu aucune | ne s'est pas déroulé* | ne s'est jamais déroulé* |
     inexistant* | falsifié*`,
  ),
  // Agreement: the explicit negations above written in one gender or number only ("n'est pas vrai", "n'existe pas"),
  // in the others ("n'est pas vraie", "n'existent pas"); "not real" as English says it; the common nouns of a
  // made-up story ("bobard", "affabulation").
  ...cueEntries(
    'negation',
    'strong',
    `n'est pas vraie | ne sont pas vrais | ne sont pas vraies | pas vraie | n'existent pas | n'ont jamais existé | n'ont pas eu lieu |
     n'est pas réel | n'est pas réelle | ne sont pas réels | ne sont pas réelles | bobard | bobards | affabulation | affabulations`,
  ),
  // What English says with "debunk*" and "refuted", in more forms of the verb ("démentent", "démystifié").
  ...cueEntries('negation', 'strong', `démentent | démystifi*`),
  // What English says with the bare reporting verbs "describes", "describing", "depicts" (a report when the claim's
  // subject follows) and with "described a", "describing a" (reported content), as the verbs are written here.
  ...cueEntries('uncertainty', 'report', `décrit | décrivait | décrivent | décrivaient | décrivant | dépeint`),
  ...cueEntries('uncertainty', 'hearsay', `décrivait un | décrivait une | décrivant un | décrivant une`),
]);
