import type { CueDefinition } from '../cueDefinition.js';
import { cueEntries, languageCues, nounPointers } from './cueEntries.js';

/**
 * German cues. German puts the negation after what it negates in verb-final clauses ("Der Vesuv
 * ist 2015 nicht ausgebrochen", "Sheeran gewann die Medaille nicht"), so its predicate negations
 * scope over their whole clause, before them too (`clauseScope`). Idioms: "nicht nur" (not only),
 * "nicht schlecht" (not bad), "kein Zweifel" (no doubt), "nicht wahr?" (a tag question).
 */
export const GERMAN_CUES: readonly CueDefinition[] = languageCues('de', [
  ...cueEntries(
    'negation',
    'strong',
    `falsch | völlig falsch | gefälscht* | Falschmeldung* | Falschnachricht* | Fake News | Lüge | Lügen | unwahr |
     nicht wahr | stimmt nicht | entspricht nicht der Wahrheit | entspricht nicht den Tatsachen | nie passiert |
     nie stattgefunden | fand nie statt | fand nicht statt | nicht stattgefunden | nie geschehen | haltlos | unbegründet |
     Zeitungsente | Mythos | Desinformation | Falschinformation* | widerlegt | dementiert | kein Beweis | keine Beweise |
     keinerlei Beweise | nichts davon ist wahr | nichts davon ist passiert | nichts davon stimmt | hat nie existiert |
     existiert nicht | trifft nicht zu | unzutreffend`,
  ),
  ...cueEntries('negation', 'weak', `nicht | nie | niemals | keineswegs | keinesfalls`).map((cue) => ({ ...cue, clauseScope: true })),
  ...cueEntries('negation', 'determiner', `kein | keine | keinen | keinem | keiner | keines | weder | nichts`),
  ...cueEntries('negation', 'soft', `unmöglich | widerspricht | widersprechen | irrtümlich*`),
  ...cueEntries(
    'correction',
    'strong',
    `in Wirklichkeit | in Wahrheit | die Wahrheit ist | Richtigstellung | Berichtigung | Korrektur | korrigiert |
     Erratum | Klarstellung | richtigzustellen | entgegen der Behauptung | entgegen den Behauptungen | Faktencheck |
     Faktenprüfung | der wahre Sieger | der tatsächliche Sieger`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `Fiktion | fiktiv* | erfunden* | frei erfunden | ausgedacht* | imaginär | imaginäre | imaginären | imaginärer | Satire | satirisch* | Parodie |
     hypothetisch* | kontrafaktisch* | alternative Geschichte | Gedankenexperiment | Gedankenspiel | KI-generiert* |
     von einer KI geschrieben`,
  ),
  ...cueEntries('fiction', 'soft', `Fantasie | stellen Sie sich vor | stell dir vor`),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `nicht bestätigt* | unbestätigt* | niemand konnte überprüfen | konnte nicht überprüft werden | für Falschmeldungen bekannt | nicht verifiziert* | unverifiziert* | unzuverlässig* | nicht vertrauenswürdig |
     zweifelhafte Quelle* | fragwürdige Quelle* | Gerücht* | anonyme Quelle* | Verschwörungstheorie* |
     Verschwörungsmythos | unseriös* | nicht glaubwürdig | wenig glaubwürdig | unglaubwürdig*`,
  ),
  ...cueEntries('unreliable-source', 'soft', `zweifelhaft* | fragwürdig* | Boulevard*`),
  ...cueEntries(
    'uncertainty',
    'strong',
    `Wahrheitswert unbekannt | unbekannter Wahrheitswert | niemand weiß | man weiß nicht | unklar, ob | ungewiss, ob | lässt sich nicht sagen | lässt sich nicht feststellen |
     nicht feststellbar | kann niemand sagen | niemand kann sagen | wissen wir nicht | nicht bekannt, ob | nicht zu sagen, ob | nicht klar, ob |
     unbewiesen | nicht bewiesen | nicht überprüfbar | unüberprüfbar | angeblich | vermeintlich*`,
  ),
  ...cueEntries('uncertainty', 'soft', `unklar | ungewiss | unbekannt | spekulativ | Spekulation | umstritten`),
  ...cueEntries(
    'low-probability',
    'strong',
    `% Wahrscheinlichkeit | Prozent Wahrscheinlichkeit | höchst unwahrscheinlich | sehr unwahrscheinlich |
     äußerst unwahrscheinlich | geringe Wahrscheinlichkeit | unplausibel`,
  ),
  ...cueEntries('low-probability', 'soft', `Wahrscheinlichkeit | unwahrscheinlich`),
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `bösartig* | böswillig* | nicht nachahmen | nicht zur Nachahmung | schlechtes Beispiel | unangemessene Antwort |
     falsche Antwort | gefährliches Verhalten | Fehlverhalten`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `schädlich* | gefährlich* | irreführend* | manipulativ* | unethisch* | unangemessen*`),
  ...cueEntries(
    null,
    'pointer',
    `folgende Artikel | folgenden Artikel | folgende Text | folgenden Text | folgende Geschichte | folgende Behauptung |
     folgende Aussage | folgenden Aussagen | folgende Bericht | folgenden Bericht | folgende Satz | folgenden Satz |
     folgende Abschnitt | folgenden Abschnitt | folgende Antwort | im Folgenden | Folgendes | nachfolgend* |
     untenstehend* | unten stehend* | weiter unten | obenstehend* | oben stehend* | oben genannt* | vorstehend* |
     die vorherige Aussage | der vorherige Satz | obige* | das eben Gesagte | eben beschrieben* |
     soeben beschrieben* | was folgt | was nun folgt | was hier folgt | was jetzt folgt | das Folgende | dem Folgenden`,
  ),
  ...cueEntries(
    null,
    'deixis',
    `dieser Artikel | diesen Artikel | diesem Artikel | dieses Artikels | dieser Text | diesen Text | diesem Text |
     dieses Dokument | diesem Dokument | diese Geschichte | dieser Geschichte | dieser Bericht | diesem Bericht |
     dieser Beitrag | diesem Beitrag | dieses Szenario | dieses Gespräch | diese Informationen | diese Ereignisse |
     die beschriebenen Ereignisse | der vorliegende Text | der vorliegende Artikel | dieser Inhalt | hier beschrieben*`,
  ),
  ...cueEntries(null, 'opening', `der Artikel | der Text | die Geschichte | der Bericht | das Dokument | all das | all dies | alles`),
  ...cueEntries(
    null,
    'referent',
    `der angebliche | die angebliche | das angebliche | die angeblichen | den angeblichen | das Beschriebene |
     das Berichtete | das Behauptete`,
  ),
  ...cueEntries(
    null,
    'address',
    `diese Behauptung | diese Aussage | dieser Satz | die Behauptung | die Aussage | diese Antwort | die Antwort |
     der Assistent | des Assistenten | des Modells | der KI`,
  ),
  ...cueEntries(null, 'demonstrative', `das ist | dies ist | das war | dies war | das stimmt | nichts davon | nichts hiervon | nichts in | es ist | es war`),
  ...cueEntries(null, 'anaphor', `diese Behauptung | diese Darstellung | diese Version | jene Behauptung`),
  ...cueEntries(null, 'truthRef', `die Richtigkeit | der Wahrheitsgehalt | die Echtheit`),
  ...cueEntries(
    'uncertainty',
    'attribution',
    `wonach | demzufolge | dem zufolge | der zufolge | die Behauptung, dass | die Behauptung dass | das Gerücht, dass |
     der Mythos, dass | behauptet, dass | behauptete, dass | behaupten, dass | sogenannt* | fälschlich*`,
  ),
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `der Artikel behauptet | der Artikel beschreibt | der Text behauptet | die Vorstellung, dass | die Idee, dass`,
  ),
  ...cueEntries('uncertainty', 'report', `behauptet | behauptete | behauptend`),
  ...cueEntries(
    'negation',
    'idiom',
    `nicht nur | nicht schlecht | nicht zuletzt | nicht weniger | nicht wahr? | nicht wahr, | kein Zweifel | keinen Zweifel |
     keine Frage | nichts als | nichts Geringeres als | nichts weniger als | falscher Alarm | falsch positiv* | falsch negativ* | falsch-positiv* | falsch-negativ*`,
  ),
  ...cueEntries('negation', 'label', `falsch: | fake: | Falschmeldung:`),
  ...cueEntries('correction', 'label', `Richtigstellung: | Berichtigung: | Korrektur: | Klarstellung: | Faktencheck:`),
  ...cueEntries('fiction', 'label', `Fiktion: | Parodie:`),
  ...cueEntries('unreliable-source', 'label', `Gerücht: | unbestätigt:`),
  ...cueEntries(null, 'label', `Hinweis: | Achtung: | Warnung: | Anmerkung der Redaktion | Wichtig:`),
  // Natural notices: misconceptions, invented worlds, unverifiable sources, what a text calls itself.
  ...cueEntries(
    'negation',
    'strong',
    `unwahr* | Irrglaube* | Irrtum | Missverständnis | Ammenmärchen | moderne Legende | urbane Legende |
     entspricht nicht der Realität | hat mit der Realität nichts zu tun | hat nichts mit der Realität zu tun | sachlich falsch |
     inhaltlich falsch | falsche Behauptung* | falsche Angaben | falsche Informationen`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `Rollenspiel* | Schreibwerkstatt | Schreibübung | Schreibwettbewerb | Fantasiewelt | Fantasiegeschichte | reine Erfindung |
     frei erfundene | Erfindung`,
  ),
  ...cueEntries(
    'fiction',
    'soft',
    `Science-Fiction | Paralleluniversum | Parallelwelt | alternative Realität | alternativen Realität | alternative Welt |
     alternativen Welt | der unseren | unserer ähnelt | ähnlich wie unsere | anders als unsere | eine andere Welt |
     einer anderen Welt | Figur`,
  ),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `nicht überprüfen | nicht überprüft | nicht verifizieren | nicht bestätigen | nicht nachprüfbar | nicht überprüfbar |
     anonymen Forum | anonymes Forum | anonymer Account | anonymen Account | unbekannter Absender | unbekannten Absender |
     unbekannte Quelle | unbekannter Quelle | Kettenbrief* | Kettennachricht* | mit Vorsicht zu genießen`,
  ),
  ...cueEntries('unreliable-source', 'soft', `anonym*`),
  ...cueEntries('uncertainty', 'strong', `nicht sicher, ob | nicht sicher ob | ob das stimmt | ob das wahr ist`),
  ...cueEntries('malicious-behavior', 'strong', `irreführende Antwort | schädliche Antwort | absichtlich falsch* | bewusst falsch* | gezielte Desinformation`),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      `Text Texte Artikel Beitrag Beiträge Meldung Meldungen Nachricht Nachrichten Bericht Berichte Geschichte Geschichten
       Absatz Abschnitt Zeilen Zeile Satz Sätze Aussage Aussagen Behauptung Behauptungen Post Posting Kommentar Antwort
       Auszug Passage Darstellung Szenario Inhalt Erzählung Zitat Dialog Gespräch Chat Video Kapitel Szene Eintrag`,
      'folgende folgenden folgender folgendes nachfolgende nachfolgenden untenstehende untenstehenden obige obigen vorige vorigen vorherige vorherigen',
      true,
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `diese Seite | dieser Seite | dieses Blog | dieser Blog | diesem Blog | dieses Forum | diesem Forum | dieser Thread |
     diesem Thread | dieses Buch | diesem Buch | dieser Roman | diesem Roman | dieses Kapitel | diesem Kapitel | diese Folge |
     dieser Folge | dieses Video | diesem Video | diese Nachricht | dieser Nachricht | diese Meldung | dieser Meldung |
     diese Meldungen | diese Zeilen | diesen Zeilen | dieser Post | diesem Post | dieser Eintrag | diesem Eintrag | dieser Chat |
     diesem Chat | dieser Newsletter | diesem Newsletter | diese Texte | diese Artikel | dieses Posting | diesem Posting |
     diese Sammlung | dieser Sammlung | dieses Spiel | diesem Spiel | diese Beiträge | dieses Gespräch | diesem Gespräch`,
  ),
  // Negations that open a clause ("Niemand kam ums Leben"); not the ones about expectations.
  ...cueEntries('negation', 'determiner', `niemand | niemandem | niemanden`),
  ...cueEntries('negation', 'idiom', `niemand hatte erwartet | niemand hatte damit gerechnet | niemand erwartete | niemand rechnete`),
  ...cueEntries(null, 'address', `deine Antwort | Ihre Antwort | was du gesagt hast | was Sie gesagt haben | was du sagst | das hast du erfunden | du erfindest`),
  ...cueEntries('unreliable-source', 'strong', `ohne Quellenangabe | ohne Quelle | ließ sich nicht bestätigen | ließ sich nicht überprüfen | lässt sich nicht bestätigen | lässt sich nicht überprüfen`),
  ...cueEntries(null, 'label', `Hinweis der | Hinweis des | Anmerkung der | Anmerkung des | Anm. d. Red. | Anmerkung: | Anmerkung des Autors | Anmerkung der Autorin | Vorbemerkung | Vorab: | Achtung, | Achtung! | Nachtrag: | Update:`),
  ...cueEntries('fiction', 'strong', `Aprilscherz | nicht ernst gemeint | nicht ernst zu nehmen | nicht wörtlich zu nehmen | augenzwinkernd | Glosse`),
  ...cueEntries('fiction', 'soft', `ein Scherz | Scherz | Witz`),
  ...cueEntries('negation', 'strong', `Ungenauigkeiten | sachliche Fehler | faktische Fehler | nicht als Tatsache`),
  // Adverbs of error, as English "falsely" / "wrongly": what is said so is said falsely.
  ...cueEntries('negation', 'strong', `irrtümlich* | fälschlicherweise`),
  ...cueEntries(null, 'label', `Anm. d. Red. | Anmerkung: | Anmerkung des Autors | Anmerkung der Autorin | Vorbemerkung | Vorab: | Achtung, | Achtung! | Nachtrag: | Update:`),
  // Issue 9 item 3, fourth round: hearsay frames, litotes ("nicht übertrieben"), answers in the plural.
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `Gerüchten zufolge | es heißt, | kursiert im Netz | kursiert in sozialen Medien | macht im Netz die Runde |
     machte im Netz die Runde | wie man hört`,
  ),
  ...cueEntries('negation', 'idiom', `nicht übertrieben | keine Übertreibung`),
  ...cueEntries(null, 'address', `die Antworten | diese Antworten`),
  ...cueEntries(null, 'pointer', nounPointers('Antworten', 'folgenden nachfolgenden untenstehenden obigen', true)),
  // "The next sentence", as English "the next line" (tenth round): a pointer forward, with any qualifier a notice about what follows.
  ...cueEntries(null, 'pointer', nounPointers('Satz Absatz Abschnitt Zeile Behauptung Aussage Beitrag', 'nächste nächsten', true)),
  // Reported speech: "soll ... ausgebrochen sein" (is said to have), and documents about something
  // ("ein Artikel über den Ausbruch").
  ...cueEntries('uncertainty', 'hearsay', `soll | sollen | ein Artikel über | einen Artikel über | Beiträge über | ein Text über`),
  // Indirect speech in Konjunktiv I ("die NASA habe die ISS verkauft", "dass der Gletscher abgeschmolzen sei"):
  // sein's forms, general grammar; like "nicht", over its whole clause (the verb ends a subordinate clause).
  ...cueEntries('uncertainty', 'hearsay', `sei | seien`).map((cue) => ({ ...cue, clauseScope: true })),
  // Fifth round (issue 9 items 3-4): deception and abuse, sources that do not check, genres of fiction,
  // advice on how to read the text, notes by whoever keeps it.
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `Betrugsmasche | Betrüger* | Abzocke | Phishing-* | gibt sich als | geben sich als | ausgegeben hat | ignoriere deine Anweisungen |
     ignoriere deine Regeln | vergiss deine Anweisungen | ignoriere alle Anweisungen | ignorieren Sie Ihre Anweisungen |
     soll täuschen | um zu täuschen`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `täuschen | hereinlegen | reinlegen | Angst machen | Betrug | betrügerisch*`),
  ...cueEntries('unreliable-source', 'strong', `ungeprüft* | nicht geprüft | nicht nachgeprüft | ohne Prüfung | ohne zu prüfen | Content-Farm`),
  ...cueEntries('fiction', 'soft', `Roman | Romans | Kurzgeschichte* | Märchen | Fabel | Drehbuch | die es nur | den es nur | das es nur | existiert nur`),
  ...cueEntries(null, 'label', `Anmerkung des Moderators | Hinweis des Moderators | Hinweis der Moderation | Anmerkung der Lehrerin | Anmerkung des Lehrers | Notiz für`),
  ...cueEntries(null, 'pointer', `leite ich weiter | ich leite weiter | gebe ich weiter | ich gebe weiter | ich teile hier`),
  ...cueEntries('fiction', 'strong', `Humorseite | Satireseite | Humor-Rubrik | erfindet Daten | erfindet Antworten | erfindet Fakten`),
  ...cueEntries('negation', 'strong', `nichts ist wahr | nichts davon ist wahr | Internetlegende | Internet-Legende`),
  ...cueEntries('unreliable-source', 'strong', `nicht belegt | unbelegt`),
  ...cueEntries(null, 'pointer', nounPointers('Anekdote Anekdoten Antwortoption Legende', 'folgende folgenden nachfolgende untenstehende obige vorige', true)),
  ...cueEntries(null, 'deixis', `unserer Reihe | unsere Reihe | dieser Reihe | diese Reihe`),
  // The language's own negative constructions, written from its grammar (no document): what English says with
  // "without", "absence of", "lack of", "not any" (determiners over the noun after them; the idioms "ohne Zweifel",
  // "ohne Beispiel" negate nothing) and with "there was no", "non-existent".
  ...cueEntries('negation', 'determiner', `ohne`).map((cue) => ({ ...cue, objectScope: true })),
  ...cueEntries('negation', 'determiner', `Fehlen von | Fehlen eines | Fehlen einer | Mangel an | mangels | keinerlei`),
  ...cueEntries(
    'negation',
    'idiom',
    `ohne Zweifel | ohne jeden Zweifel | ohne Frage | ohne Unterlass | ohne Beispiel | ohne Vorwarnung | ohne Ausnahme | ohne Ende`,
  ),
  ...cueEntries(
    'negation',
    'strong',
    `es gab keinen | es gab keine | es gab kein | gab es keinen | gab es keine | gab es kein | nicht existent* | inexistent*`,
  ),
  // Agreement: the explicit negations above written in the singular only ("existiert nicht"), in the plural
  // ("existieren nicht"); "not real" as English says it.
  ...cueEntries('negation', 'strong', `existieren nicht | haben nie existiert | nicht real`),
  // What English says with "debunk*" and "refuted", in more forms of the verb ("dementierte", "widerlegte").
  ...cueEntries('negation', 'strong', `dementierte* | dementieren | widerlegte*`),
  // What English says with the bare reporting verbs "describes", "depicts" (a report when the claim's subject
  // follows) and with "described a" (reported content), as the verbs are written here.
  ...cueEntries('uncertainty', 'report', `beschreibt | beschrieb | beschreiben | beschrieben | schildert | schilderte`),
  ...cueEntries('uncertainty', 'hearsay', `beschrieb einen | beschrieb eine | beschrieb ein | schilderte einen | schilderte eine | schilderte ein`),
]);
