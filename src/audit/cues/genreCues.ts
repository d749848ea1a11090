import type { CueDefinition } from '../cueDefinition.js';
import { LANGUAGES, type Language } from '../../text/languages.js';
import { cueEntries } from './cueEntries.js';

/**
 * What kind of text a document is, in six languages (issue 9 item 4: notices by their shape). At the
 * head of an opening or closing line ("Case study for the marketing lab", "Relato ganador del concurso",
 * "Aus dem Drehbuch ...") a genre is what the text calls itself, as "this article" is. Genres that are
 * not accounts of facts (tales, scenarios, simulations, role plays, screenplays) carry kind `fiction`:
 * such a heading denies on its own that the text describes the world. Neutral genres (a note, an
 * exercise, a case study, a memo) only refer to the text; the line needs a qualifier besides.
 *
 * Hypothesis verbs ("assume", "suppose", "nehmen wir an", "supongamos") set up a world to argue from:
 * ambiguous fiction cues, counted only inside notices ("Assume the facts below", "Si assuma come dato
 * di partenza quanto segue").
 *
 * Words that head ordinary news too are left out as bare nouns: "story" ("Top story"), "game",
 * "scene", "brief" ("News in brief"), "novel" (the adjective), "exam" ("Exam results ...").
 */
const GENRES: Record<Language, { fiction: string; neutral: string; hypothesis: string }> = {
  en: {
    fiction: `short story | short stories | bedtime story | children's story | kids' story | fairy tale | folk tale | fable | novella |
      screenplay | teleplay | film script | stage play | radio play | poem | fan fiction | fanfic | scenario | scenarios | scenario card |
      hypothetical | counterfactual | thought experiment | simulation | role-play | roleplay | role play | mock trial | moot court |
      mock exam | practice exam | exam question | exam scenario | tabletop exercise | war game | wargame | campaign setting | lore entry |
      writing exercise | writing prompt | creative writing`,
    neutral: `note | notes | memo | post | thread | message | article | report | newsletter | transcript | minutes | excerpt | entry |
      diary | journal | log | column | editorial | blog | episode | podcast | lecture | lesson | quiz | worksheet | handout | leaflet |
      flyer | press release | announcement | caption | summary | comment | reply | email | letter | chapter | assignment | homework |
      exercise | case study | case file | coursework | briefing | seminar | workshop | practice round | debate | motion | prompt | card`,
    hypothesis: `assume | assuming | suppose | supposing | picture | let's say | let us say | for the sake of argument | argue from`,
  },
  fr: {
    fiction: `conte | contes | fable | roman | romans | nouvelle inédite | scénario | scénarios | pièce de théâtre | poème |
      jeu de rôle | jeu de rôles | mise en situation | simulation | hypothèse de travail | fiction | récit imaginaire | sujet d'invention`,
    neutral: `note | notes | mémo | message | article | billet | rapport | compte rendu | lettre d'information | transcription | extrait |
      journal | chronique | éditorial | épisode | cours | leçon | exercice | exercices | devoir | sujet | étude de cas | cas pratique |
      fiche | consigne | dossier | communiqué | commentaire | courriel | lettre | chapitre | carnet | atelier | séminaire`,
    hypothesis: `supposons | admettons | mettons que | partons du principe | on suppose | considérons que | imaginons que`,
  },
  it: {
    fiction: `racconto | racconti | fiaba | favola | romanzo | novella | sceneggiatura | copione | scenario | scenari | poesia |
      gioco di ruolo | giochi di ruolo | simulazione | simulazioni | esperimento mentale | ipotesi di lavoro | finzione`,
    neutral: `nota | note | promemoria | messaggio | articolo | post | resoconto | rapporto | verbale | trascrizione | estratto | diario |
      rubrica | editoriale | episodio | lezione | esercizio | esercitazione | compito | traccia | caso di studio | caso pratico | scheda |
      consegna | dossier | comunicato | commento | lettera | capitolo | laboratorio | seminario`,
    hypothesis: `supponiamo | ipotizziamo | immaginiamo | immaginate | si assuma | si supponga | poniamo che | facciamo finta | si ipotizzi`,
  },
  es: {
    fiction: `relato | relatos | cuento | cuentos | fábula | novela | guion | guión | escenario | escenarios | poema | obra de teatro |
      juego de rol | juego de roles | simulación | simulacro | experimento mental | supuesto práctico | supuesto | hipótesis de trabajo | ficción`,
    neutral: `nota | notas | mensaje | artículo | publicación | informe | acta | transcripción | extracto | diario | columna | editorial |
      episodio | clase | lección | ejercicio | práctica | tarea | caso práctico | estudio de caso | caso de estudio | ficha | consigna |
      dossier | comunicado | comentario | carta | capítulo | taller | seminario | hilo`,
    hypothesis: `supongamos | pongamos que | imaginad | partimos de este | partimos de la siguiente | partimos del siguiente | partamos de |
      demos por hecho | hagamos de cuenta`,
  },
  pt: {
    fiction: `conto | contos | fábula | romance | guião | roteiro | cenário | cenários | poema | peça de teatro | jogo de papéis |
      role-play | simulação | simulado | experiência mental | experimento mental | hipótese de trabalho | ficção`,
    neutral: `nota | notas | mensagem | artigo | publicação | relatório | ata | transcrição | excerto | trecho | diário | coluna | editorial |
      episódio | aula | lição | exercício | tarefa | caso prático | estudo de caso | ficha | enunciado | dossiê | comunicado | comentário |
      carta | capítulo | oficina | seminário | tópico`,
    hypothesis: `suponha | suponhamos | suponham | imaginem | partamos de | partimos deste | façamos de conta | finjamos | admitamos`,
  },
  de: {
    fiction: `Kurzgeschichte | Erzählung | Märchen | Fabel | Roman | Drehbuch | Hörspiel | Theaterstück | Gedicht | Szenario | Szenarien |
      Planspiel | Rollenspiel | Simulation | Gedankenexperiment | Fiktion | Fantasiegeschichte`,
    neutral: `Notiz | Notizen | Vermerk | Nachricht | Artikel | Beitrag | Bericht | Protokoll | Mitschrift | Auszug | Tagebuch | Kolumne |
      Leitartikel | Folge | Vorlesung | Unterrichtsstunde | Übung | Übungsaufgabe | Aufgabe | Aufgabenstellung | Hausaufgabe |
      Fallstudie | Fallbeispiel | Prüfungsaufgabe | Klausuraufgabe | Arbeitsblatt | Pressemitteilung | Kommentar | Brief | Kapitel |
      Seminar | Workshop | Ausgangslage`,
    hypothesis: `angenommen | nehmen wir an | nehmen Sie an | stell dir vor | stellen Sie sich vor | stellt euch vor | gehen Sie davon aus |
      gehen wir davon aus | tun wir so`,
  },
};

/**
 * Non-factual genres (role `genre`, kind `fiction`) and hypothesis verbs (`soft` fiction cues), each
 * limited to its language. Neutral genres are common words ("note", "report"): they are not cues of the
 * automaton (a hit on every "report" of a corpus would cost time) but looked up only at the head of an
 * opening or closing line ({@link NEUTRAL_GENRES}).
 */
export const GENRE_CUES: readonly CueDefinition[] = (Object.keys(GENRES) as Language[]).flatMap((language) => {
  const { fiction, hypothesis } = GENRES[language];
  return [...cueEntries('fiction', 'genre', fiction, language), ...cueEntries('fiction', 'soft', hypothesis, language)];
});

/**
 * Per language, the non-factual genres (lower case, `*` ending a word start), for readers of a whole line
 * rather than of the cue automaton's hits (`madeUpGenre`).
 */
export const FICTION_GENRES: Readonly<Record<Language, readonly string[]>> = Object.fromEntries(
  (Object.keys(GENRES) as Language[]).map((language) => [
    language,
    GENRES[language].fiction
      .split('|')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
  ]),
) as unknown as Record<Language, readonly string[]>;

/** Per language (in the order of `LANGUAGES`), the neutral genres, lower-cased, phrases of up to three words. */
export const NEUTRAL_GENRES: readonly ReadonlySet<string>[] = LANGUAGES.map(
  (language) =>
    new Set(
      GENRES[language].neutral
        .split('|')
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    ),
);
