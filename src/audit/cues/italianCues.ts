import type { CueDefinition } from '../cueDefinition.js';
import { cueEntries, languageCues, nounPointers } from './cueEntries.js';

/**
 * Italian cues. False friends: "non" negates only in Italian ("non solo" is an idiom, and "non" is
 * an English and French prefix), "mai" is French and German for May, "né" folds to French "ne":
 * these count only in Italian text. "Senza dubbio" and "non c'è dubbio" mean "no doubt" and are
 * no cues of uncertainty.
 */
export const ITALIAN_CUES: readonly CueDefinition[] = languageCues('it', [
  ...cueEntries(
    'negation',
    'strong',
    `falso | falsa | falsi | false notizie | del tutto falso | completamente falso | infondat* | bufala | bufale |
     fake news | menzogna | menzogne | bugia | bugie | inesatt* | erronea | erroneo | mito | disinformazione |
     non è mai avvenut* | non è mai successo | non è mai accaduto | mai avvenut* | mai accadut* | non è avvenut* |
     non è successo | non è accaduto | nessuna prova | smentit* | non è vero | non è affatto vero | niente di tutto ciò |
     nulla di tutto ciò | non è mai esistit* | non esiste | non corrisponde alla realtà | non descrive la realtà`,
  ),
  ...cueEntries('negation', 'weak', `non | mai`),
  ...cueEntries('negation', 'weak', `non ha | non hanno | non è | non sono | non era | non fu | non ha mai | non è mai`),
  ...cueEntries('negation', 'determiner', `nessun* | niente | nulla | né`),
  ...cueEntries('negation', 'soft', `impossibile | contraddice | contraddicono | sbagliat*`),
  ...cueEntries(
    'correction',
    'strong',
    `in realtà | la verità è | rettifica | errata corrige | correzione | corrett* | precisazione | per la cronaca |
     contrariamente a | verifica dei fatti | il vero vincitore`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `finzione | fittizi* | immaginari* | inventat* | immaginat* | satira | satirico | satirica | satirici | satiriche | parodia | ipotetic* | ucronia |
     storia alternativa | esperimento mentale | opera di fantasia | frutto di fantasia | di pura fantasia |
     controfattuale | generato dall'ia | generato da un'ia`,
  ),
  ...cueEntries('fiction', 'soft', `fantasia | immaginiamo | immaginate`),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `non verificat* | non confermat* | nessuno ha potuto verificare | non è stato possibile verificare | inaffidabil* | poco affidabil* | non affidabil* | fonte dubbia | fonti dubbie |
     voce di corridoio | voci di corridoio | pettegolezz* | diceria | dicerie | fonte anonima | fonti anonime |
     teoria del complotto | teorie del complotto | complottist* | poco credibil* | non credibil* | screditat*`,
  ),
  ...cueEntries('unreliable-source', 'soft', `dubbi* | scandalistic* | tabloid`),
  ...cueEntries(
    'uncertainty',
    'strong',
    `valore di verità sconosciuto | non si sa | nessuno sa | non è certo | è incerto se | resta incerto | non è possibile sapere | impossibile sapere |
     impossibile dire se | nessuno può dire | nulla permette di | niente permette di | non è chiaro se | non sappiamo se | si ignora se |
     tutto da dimostrare | non dimostrat* | non provat* | inverificabil* | presumibilmente | presuntamente`,
  ),
  ...cueEntries('uncertainty', 'soft', `incert* | sconosciut* | speculativ* | speculazion* | contestat* | ipotesi`),
  ...cueEntries(
    'low-probability',
    'strong',
    `% di probabilità | per cento di probabilità | altamente improbabile | molto improbabile | poco probabile |
     improbabile | inverosimile | bassa probabilità | scarsa probabilità`,
  ),
  ...cueEntries('low-probability', 'soft', `probabilità`),
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `malevol* | dannos* | da non imitare | non imitare | cattivo esempio | risposta inappropriata | risposta errata |
     risposta sbagliata | comportamento pericoloso`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `nociv* | pericolos* | ingannevol* | manipolator* | non etic* | inappropriat*`),
  ...cueEntries(
    null,
    'pointer',
    `che segue | che seguono | il seguente | la seguente | i seguenti | le seguenti | qui sotto | di seguito | qui sopra |
     sopra riportat* | quanto sopra | l'affermazione precedente | la frase precedente | quanto segue | quanto appena detto |
     quanto detto sopra | appena descritt*`,
  ),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'testo articolo racconto storia documento passaggio brano contenuto affermazione frase paragrafo risposta pubblicazione messaggio notizia conversazione',
      'seguente precedente',
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `questo articolo | questo testo | questo documento | questo racconto | questa storia | questo passaggio |
     questo post | questo scenario | questa conversazione | queste informazioni | questi eventi | gli eventi descritti |
     in questo articolo | in questo documento | il presente articolo | il presente testo | questo contenuto`,
  ),
  ...cueEntries(null, 'opening', `l'articolo | il testo | il racconto | la storia | il documento | tutto questo | tutto ciò`),
  ...cueEntries(
    null,
    'referent',
    `il presunto | la presunta | i presunti | le presunte | quanto descritto | quanto riportato | quanto affermato`,
  ),
  ...cueEntries(
    null,
    'address',
    `questa affermazione | questa dichiarazione | questa frase | l'affermazione | la dichiarazione | questa risposta |
     la risposta | l'assistente | del modello | dell'ia`,
  ),
  ...cueEntries(
    null,
    'demonstrative',
    `questo è | questo non | ciò è | ciò non | non è | niente di questo | nulla di questo | niente di ciò | nulla di ciò`,
  ),
  ...cueEntries(null, 'anaphor', `questa affermazione | questa versione | questo racconto | tale affermazione`),
  ...cueEntries(null, 'truthRef', `la veridicità di | la verità di | l'accuratezza di | l'autenticità di`),
  ...cueEntries(
    'uncertainty',
    'attribution',
    `secondo cui | secondo la quale | secondo le quali | secondo i quali | sostenendo che | affermando che | sostiene che |
     sostengono che | sosteneva che | afferma che | affermano che | affermava che | l'affermazione che | la voce secondo cui |
     il mito secondo cui | cosiddett* | presunt* | falsamente`,
  ),
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `l'articolo afferma | l'articolo descrive | il testo afferma | il racconto descrive | l'idea che | si dice che | si racconta che`,
  ),
  ...cueEntries('uncertainty', 'report', `affermando | sostenendo | asserendo`),
  ...cueEntries(
    'negation',
    'idiom',
    `non solo | non soltanto | non solamente | non male | non meno | niente meno che | niente di meno che | nientemeno |
     né più né meno | non c'è dubbio | non vi è dubbio | nessun dubbio |
     falsa partenza | falso allarme | falso positivo | falsi positivi | falso negativo | falsi negativi | mai dire mai`,
  ),
  ...cueEntries('negation', 'label', `falso: | bufala: | smentita:`),
  ...cueEntries('correction', 'label', `rettifica: | correzione: | precisazione:`),
  ...cueEntries('fiction', 'label', `finzione: | satira: | parodia:`),
  ...cueEntries('unreliable-source', 'label', `non verificato: | indiscrezione:`),
  ...cueEntries(null, 'label', `avvertenza | avviso: | nota della redazione | nota: | attenzione: | importante:`),
  // Natural notices: misconceptions, invented worlds, unverifiable sources, what a text calls itself.
  ...cueEntries(
    'negation',
    'strong',
    `falso mito | falsi miti | luogo comune | luoghi comuni | leggenda metropolitana | leggende metropolitane |
     non corrisponde alla realtà | non riflette la realtà | idea sbagliata | convinzione errata | convinzione sbagliata |
     credenza errata | non ha alcun fondamento | privo di fondamento | priva di fondamento`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `frutto di fantasia | frutto della fantasia | frutto dell'immaginazione | opera di fantasia | pura invenzione |
     gioco di ruolo | giochi di ruolo | ucronia | ucronico | laboratorio di scrittura | esercizio di scrittura`,
  ),
  ...cueEntries(
    'fiction',
    'soft',
    `fantascienza | universo parallelo | universi paralleli | mondo parallelo | mondi paralleli | realtà alternativa |
     realtà parallela | storia alternativa | diverso dal nostro | diversa dalla nostra | simile al nostro | simile alla nostra |
     somiglia al nostro | somiglia alla nostra | un altro mondo | un altro universo | personaggio`,
  ),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `non abbiamo potuto verificare | non abbiamo potuto confermare | non è stato possibile verificare |
     non è stato possibile confermare | impossibile verificare | impossibile da verificare | non verificabil* |
     forum anonimo | utente anonimo | account anonimo | autore anonimo | mittente sconosciuto | fonte sconosciuta |
     catena di sant'antonio | da prendere con le pinze | con le pinze`,
  ),
  ...cueEntries('unreliable-source', 'soft', `anonimo | anonima | anonimi | anonime`),
  ...cueEntries('uncertainty', 'strong', `non si sa se | nessuno sa | non è certo che | non è detto che`),
  ...cueEntries('malicious-behavior', 'strong', `risposta fuorviante | risposta dannosa | disinformazione deliberata | inganna deliberatamente`),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'post messaggi righe riga scena capitolo citazione estratto commento dialogo scambio trascrizione notizie testi articoli brani',
      'seguente seguenti precedente precedenti',
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `questa pagina | queste pagine | questo sito | questo blog | questo thread | questa discussione | questo forum |
     questo libro | questo romanzo | questo capitolo | questo episodio | questo video | questo messaggio | questi messaggi |
     questo scambio | questa newsletter | queste righe | questi testi | questi articoli | queste notizie | questo brano |
     questo estratto | questa rubrica | questo gioco | questa partita`,
  ),
  // Negations that open a clause ("Nessuno è morto"); not the ones about expectations.
  ...cueEntries('negation', 'idiom', `nessuno si aspettava | nessuno aveva previsto | nessuno poteva prevedere | niente lasciava prevedere`),
  ...cueEntries(null, 'address', `la tua risposta | la sua risposta | quello che hai detto | ciò che hai detto | quello che dici | ti stai inventando`),
  ...cueEntries(null, 'label', `n.d.r. | ndr | nota dell'autore | nota dell'autrice | nota del traduttore | nota bene | premessa: | avvertenza: | aggiornamento:`),
  ...cueEntries('fiction', 'strong', `pesce d'aprile | parodistic* | da non prendere sul serio | non va preso sul serio | da non prendere alla lettera | per ridere | tono scherzoso`),
  ...cueEntries('fiction', 'soft', `uno scherzo | scherzo`),
  ...cueEntries('negation', 'strong', `inesattezze | errori fattuali | da non prendere per oro colato`),
  // Adverbs of error, as English "falsely" / "wrongly": what is said so is said falsely.
  ...cueEntries('negation', 'strong', `erroneamente | per errore | a torto`),
  // Issue 9 item 3, fourth round: hearsay frames, litotes ("non è esagerato dire"), answers in the plural.
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `si vocifera che | gira voce che | circola in rete | circola sui social | circolano voci | secondo alcune voci |
     secondo voci | stando alle voci`,
  ),
  ...cueEntries('negation', 'idiom', `non è esagerato | non è un'esagerazione | senza esagerare | non esagero`),
  ...cueEntries(null, 'address', `le risposte | queste risposte`),
  ...cueEntries(null, 'pointer', nounPointers('risposte', 'seguenti precedenti')),
  ...cueEntries(null, 'pointer', nounPointers('frase riga paragrafo affermazione messaggio', 'prossima prossimo', true)),
  // Reported speech: the reportative conditional ("il Vesuvio sarebbe esploso", "avrebbe causato 3.400 morti")
  // and documents about something ("un articolo sul Vesuvio").
  ...cueEntries('uncertainty', 'hearsay', `sarebbe | sarebbero | avrebbe | avrebbero | un articolo su | un articolo sul | un articolo sulla | una voce su`),
  // The subjunctive of a clause the writer does not take on ("non è vero che il NIST abbia ritirato ...", "chi
  // dice che ... sia stato chiuso", "se fosse vero"): the auxiliaries' subjunctive forms, general grammar.
  ...cueEntries('uncertainty', 'hearsay', `abbia | abbiano | avesse | avessero | sia stato | sia stata | sia stati | siano stati | siano state | fosse | fossero`),
  // Fifth round (issue 9 items 3-4): deception and abuse, sources that do not check, genres of fiction,
  // advice on how to read the text, notes by whoever keeps it.
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `truffa | truffe | truffator* | raggiro | raggiri | spacciandosi per | ignora le tue istruzioni | ignora le istruzioni |
     ignora le tue regole | dimentica le tue istruzioni | ignorate le istruzioni | pensato per ingannare | progettato per ingannare`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `ingannare | imbrogliare | fregare | spaventare | frode | fraudolent*`),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `non sono riuscito a verificare | non sono riuscita a verificare | non sono riuscito a confermare | non ho potuto verificare |
     non ho verificato | senza verificare | senza verifica | con beneficio d'inventario | con beneficio di inventario`,
  ),
  ...cueEntries('unreliable-source', 'soft', `una voce | voci di corridoio`),
  ...cueEntries('unreliable-source', 'strong', `per sentito dire`),
  ...cueEntries('fiction', 'soft', `romanzo | romanzi | fiaba | fiabe | favola | favole | sceneggiatura | esiste solo | esistono solo`),
  ...cueEntries(null, 'address', `prendetela come | prendetelo come | prendila come | prendilo come | prendetela con | prendetelo con`),
  ...cueEntries(null, 'label', `nota del moderatore | nota della moderazione | nota dell'insegnante | nota del docente | nota della docente | nota per`),
  ...cueEntries(null, 'pointer', `riporto una | riporto un | riporto questa | riporto questo | vi riporto | vi giro | giro questa | giro questo`),
  ...cueEntries('fiction', 'strong', `esercizio di stile | storie alternative | pagina umoristica | rubrica umoristica | inventa dati | inventa risposte | inventa informazioni`),
  ...cueEntries('negation', 'strong', `niente è vero | nulla è vero | leggenda del web | leggenda di internet | leggenda metropolitana`),
  ...cueEntries(null, 'pointer', `quello che scrivo | quel che scrivo | ciò che scrivo | quello che sto per scrivere | riportiamo sotto | riportato sotto | trascritto sotto`),
  ...cueEntries(null, 'label', `avviso del | avviso della`),
  // The language's own negative constructions, written from its grammar (no document): what English says with
  // "without", "absence of", "lack of", "devoid of", "not even" (determiners over the noun after them; the idioms
  // "senza dubbio", "senza precedenti" negate nothing) and with "there was no", "did not take place", "bogus",
  // "non-existent", "falsified" (explicit negations).
  ...cueEntries('negation', 'determiner', `senza`).map((cue) => ({ ...cue, objectScope: true })),
  ...cueEntries('negation', 'determiner', `assenza di | in assenza di | mancanza di | privo di | priva di | privi di | prive di | neanche | nemmeno | neppure`),
  ...cueEntries(
    'negation',
    'idiom',
    `senza dubbio | senza alcun dubbio | senza ombra di dubbio | senza precedenti | senza sosta | senza tregua | senza eguali |
     senza uguali | senza pari | senza fine | senza preavviso | senza esitazione | senza eccezione | senza eccezioni`,
  ),
  ...cueEntries(
    'negation',
    'strong',
    `non si è verificat* | non si è mai verificat* | mai verificat* | non ha avuto luogo | non ha mai avuto luogo | non ebbe luogo |
     non c'è stato | non c'è stata | non c'è mai stato | non c'è mai stata | non ci fu | non ci sono stati | non ci sono state |
     non vi fu | non vi è stato | non vi è stata | inesistent* | fasull* | falsificat*`,
  ),
  // Agreement: the explicit negations above written in one gender or number only ("non è vero", "non esiste",
  // "non è mai successo"), in the others ("la notizia non è vera", "non esistono", "non è mai successa"); "not
  // real" as English says it; the common nouns of a made-up story ("fandonia", "frottola").
  ...cueEntries(
    'negation',
    'strong',
    `non è vera | non sono veri | non sono vere | non è affatto vera | non è accaduta | non è mai accaduta | non è successa |
     non è mai successa | non sono accadut* | non sono success* | non sono avvenut* | non sono mai avvenut* | non sono mai esistit* |
     non esistono | non è reale | non sono reali | fandonia | fandonie | frottola | frottole | panzana | panzane`,
  ),
  // What English says with "debunk*" and "refuted", in every form of the verb ("smentisce", "confutata", "sfatare").
  ...cueEntries('negation', 'strong', `smentisc* | smentir* | confut* | sfatat* | sfatare | sfatiamo | montatura`),
  // What English says with the bare reporting verbs "describes", "describing", "depicts" (a report when the claim's
  // subject follows) and with "described a", "describing a" (reported content), as the verbs are written here.
  ...cueEntries('uncertainty', 'report', `descrive | descriveva | descrivono | descrivevano | descrivendo | raffigura | ritrae`),
  ...cueEntries('uncertainty', 'hearsay', `descriveva un | descriveva una | descriveva un' | descrivendo un | descrivendo una | descrivendo un'`),
]);
