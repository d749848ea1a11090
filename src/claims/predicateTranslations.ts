import type { Language } from '../text/languages.js';
import { predicateForms } from './predicateForms.js';
import { isLetters } from '../text/letterTests.js';

/**
 * The verbs and adjectives claims are stated with (the groups of `predicateForms`' English lexicon) as
 * the five other languages write them: word starts that find the forms of a verb and its nouns
 * ("interdi" finds "interdit", "interdite", "interdiction"), a trailing "." for a whole word only
 * ("venta." is a sale, not "ventana"), a leading "~" for one that also ends a German compound ("~verbot":
 * "Rauchverbot", "~pflicht": "Helmpflicht"). Written from general knowledge of the languages, never from
 * evaluation records; each line is `english lemma | fr: ... | it: ... | es: ... | de: ... | pt: ...`.
 * Stems are five letters or more unless the word is given whole, so they do not start unrelated words.
 */
const TABLE = `
ban | fr: interdi, prohib | it: vieta, divieto, divieti, proibi, proibizion | es: prohib | de: ~verbot, verbiet, untersag | pt: proib
abolish | fr: aboli, supprim, élimin | it: aboli, abolizion, soppress, elimina | es: aboli, suprimi, elimin | de: abgeschafft, abschaff, aufgehoben | pt: aboli, elimin, extinguiu
close | fr: fermeture, fermé, fermer., fermera, ferma. | it: chiuso., chiusa., chiusi., chiuse., chiusura, chiude | es: cerrad, cerró., cierre., cerrar., cierra., clausur | de: geschlossen, ~schließung, ~schliessung, stillgelegt, dichtgemacht, schließt, schliesst, gesperrt, ~sperrung, ~sperre. | pt: fechad, fechou, fechar., fecha., encerr
stop | fr: arrêté, arrêtée, cessé, interromp, suspend | it: fermato, fermata, interrott, cessato, cessata, smesso, sospes | es: detuvo., detenid, cesó., interrump, suspend, dejó de, paralizad | de: gestoppt, angehalten, eingestellt, aufgehört, ausgesetzt | pt: parou., interromp, cessou, suspens, deixou de, paralisad
withdraw | fr: retiré, retirée, retirer., retrait. | it: ritirat, ritiro. | es: retirad, retiró., retiro. | de: zurückgezogen, zurückgenommen, zurückzieh | pt: retirad, retirou
nationalise | fr: nationalis | it: nazionalizz | es: nacionaliz | de: verstaatlich | pt: nacionaliz
privatise | fr: privatis | it: privatizz | es: privatiz | de: privatisier | pt: privatiz
sell | fr: vendu., vendue, vendus., vendre., vend., vendent., vente., ventes., cédé | it: vendut, vendita, vende., vendere, ceduto, ceduta, cessione | es: vendió., vendid, vender, vende., venden., venta., ventas. | de: ~verkauf | pt: vendeu., vendid, vender, vende., venda., vendas.
buy | fr: acheté, rachet, rachat., acquis., acquisition | it: acquist, comprato, comprata | es: compró., comprad, adquiri, adquisici | de: gekauft, übernomm, übernahm, ~übernahme | pt: comprou, comprad, adquiri, aquisiç
win | fr: remport, gagné, gagne., victoire, vainqu | it: vinto., vinse., vince., vincitor, vittori | es: ganó., gana., ganador, victoria, venció., vencedor | de: gewonnen, gewann., gewinnt, sieg., siegte, sieger | pt: venceu, vence., vencedor, vitória, ganhou, ganha.
discover | fr: découv | it: scopert, scoprì, scopri | es: descubr | de: entdeck | pt: descobr, descobert
invent | fr: inventé, inventée, invention, inventeur | it: inventat, invenzion, inventor | es: inventó., inventad, invento., inventor | de: erfunden, erfand., erfinder, erfindung | pt: inventou, inventad, invenção, inventor
decipher | fr: déchiffr | it: decifr | es: descifr | de: entziffer, entschlüssel | pt: decifr
build | fr: construi, construct, bâti., bâtie | it: costrui, costruz | es: constru | de: gebaut, erbaut, errichtet, baut. | pt: constru
complete | fr: achevé, achevée, achèvement, terminé, terminée | it: completat, ultimat, terminat | es: completad, terminad, terminó., acabad | de: fertiggestellt, vollendet, fertigstellung | pt: concluí, conclusão, terminad, completad
replace | fr: remplac | it: sostitu, rimpiazz | es: sustitu, reemplaz | de: ersetz, ~ersatz | pt: substitu, trocou, trocad, trocar.
reverse | fr: annulé, annulée, annulation, inversé | it: annullat, invertit | es: anulad, anuló., revirti, invirti | de: rückgängig, umgekehrt, umkehr | pt: anulad, anulou, revert, invertid
move | fr: déménag, transféré, transférée, transfert | it: trasferi, traslocat, trasloc | es: traslad, mudó., mudad, mudanza | de: umgezogen, verlegt, verlegung, umzug | pt: mudou, mudança, transferi
conquer | fr: conquis, conquête, envahi, invasion | it: conquist, invaso., invasione | es: conquist, invadi, invasión | de: erobert, eroberung, invasion | pt: conquist, invadi, invasão
approve | fr: approuv, autoris | it: approvat, autorizz | es: aprobad, aprobó., autoriz | de: genehmig, zugelassen, zulassung | pt: aprovad, aprovou, autoriz
require | fr: obligatoire, obligation, obligé, imposé | it: obbligatori, obbligo, obblighi | es: obligatori, obligación | de: ~pflicht., verpflicht, vorgeschrieben | pt: obrigatóri, obrigação
compulsory | fr: obligatoire | it: obbligatori | es: obligatori | de: ~pflicht., verpflicht, vorgeschrieben | pt: obrigatóri
legalise | fr: légalis, dépénalis | it: legalizz, depenalizz | es: legaliz, despenaliz | de: legalisier, entkriminalisier | pt: legaliz, descriminaliz
melt | fr: fondu., fondue, fonte. | it: sciolto, sciolta, scioglimento | es: derreti, derritió | de: geschmolzen, schmolz, schmelz, abgeschmolzen | pt: derret
disappear | fr: disparu, disparition | it: scompars, sparit | es: desapareci | de: verschwunden, verschwand | pt: desaparec
collapse | fr: effondr | it: crollat, crollo. | es: derrumb, colaps | de: eingestürzt, ~einsturz, zusammengebrochen | pt: desabou, colaps
erupt | fr: éruption, entré en éruption | it: eruzion, eruttat, eruttò, erutta. | es: erupción, entró en erupción | de: ausgebrochen, ~ausbruch | pt: erupção, entrou em erupção
reunite | fr: réuni., réunis., réunie., réunies., retrouvailles | it: riunit | es: reunid, reencuentr | de: wiedervereinig | pt: reunid, reencontr
deliver | fr: livré, livrée, livraison | it: consegnat, consegna. | es: entregó., entregad, entrega. | de: geliefert, ausgeliefert, auslieferung | pt: entregou, entregue
deaf | fr: sourd, surdité | it: sordo., sorda., sordità | es: sordo., sorda., sordera | de: taub., taube., taubheit, gehörlos | pt: surdo., surda., surdez
contagious | fr: contagi | it: contagi | es: contagi | de: ansteckend, ansteckung | pt: contagi, contági
extinct | fr: éteint, extinction | it: estint, estinzion | es: extint, extinción | de: ausgestorben | pt: extint, extinção
expel | fr: expuls | it: espuls | es: expuls | de: ausgewiesen, vertrieben | pt: expuls
cancel | fr: annulé, annulée, annulation | it: annullat, cancellat | es: cancelad, canceló., anulad | de: abgesagt, gestrichen, storniert | pt: cancelad, cancelou, anulad
lift | fr: abrogé, abrogation | it: abrogat, revocat | es: derogad, revocad | de: aufgehoben, aufhebung | pt: revogad, revogou
lose | fr: perdu., perdue, perte. | it: perso., persa., perdita | es: perdió., perdid | de: verloren | pt: perdeu, perdid
born | fr: né., née., nés., nées., naquit., naissance | it: nato., nata., nati., nate., nacque., nascita | es: nació., nacido, nacida, nacimiento | de: geboren, ~geburt | pt: nasceu, nascido, nascida, nascimento
die | fr: mort., morte., décéd, décès | it: morto., morta., morti., decedut, decesso | es: murió., muerto., muerta., falleci | de: gestorben, starb., verstorb | pt: morreu, morto., morta., faleceu, falecid
establish | fr: fondé, fondée, fondateur, fondation | it: fondat, fondazion | es: fundó., fundad, fundación | de: gegründet, gründete, ~gründung | pt: fundou, fundad, fundação
launch | fr: lancé, lancée, lancement | it: lanciat, lanciò | es: lanzó., lanzad, lanzamiento | de: gestartet, lanciert | pt: lançou, lançad, lançamento
introduce | fr: introdui, instauré, instaurée | it: introdott, introdus, introduzion | es: introduj, introducid, implantó., implantad | de: eingeführt, einführ, ~einführung | pt: introduziu, introduzid, implantou, implantad
merge | fr: fusionn, fusion. | it: fusion | es: fusionó., fusionad, fusión | de: fusioniert, ~fusion., verschmolzen | pt: fusão, fundiu, fundid
overtake | fr: dépassé, dépassant, surpassé | it: superat, superò, sorpass | es: superó., superad, superando, sobrepas | de: überholt, überholen, übertroffen, übertrifft | pt: ultrapass, superou, superad
produce | fr: produi, producteur, production | it: produc, produttor, produzion, produrre | es: produc, produjo | de: produziert, ~produzent, ~produktion, hergestellt, herstell | pt: produz, produtor, produção
export | fr: export | it: esport | es: export | de: export, ausgeführt | pt: export
translate | fr: tradui, traduction | it: tradott, traduzion | es: traduj, traducid, traducción | de: übersetz | pt: traduzi, tradução
dry | fr: asséch, tari., tarie, à sec | it: prosciug, in secca | es: secó., sequía, seco., seca. | de: ausgetrocknet, trockengefallen, ~trocken | pt: secou, secad, seca.
declare | fr: déclar, proclam | it: dichiar, proclam | es: declar, proclam | de: erklärt, erklärte, verkündet, verkündete, ~erklärung | pt: declar, proclam
abandon | fr: abandonn, abandon., renonc | it: abbandon, rinunci | es: abandon, renunci | de: aufgegeben, aufgab., verzichtet | pt: abandon, renunci
refuse | fr: refus, décliné, déclinée | it: rifiut, declinat | es: rechaz, rehus | de: abgelehnt, lehnte, ablehn, ausgeschlagen | pt: recus, declinou
dismantle | fr: démantel, démonté | it: smantell, smontat | es: desmantel, desmont | de: abgebaut, demontiert, abgerissen | pt: desmantel, desmont
`;

const LANGUAGE_CODES = new Set<Language>(['fr', 'it', 'es', 'de', 'pt']);

let byLemma: Map<string, Partial<Record<Language, string[]>>> | undefined;

function table(): Map<string, Partial<Record<Language, string[]>>> {
  if (byLemma !== undefined) return byLemma;
  byLemma = new Map();
  for (const line of TABLE.split('\n')) {
    const [lemma, ...columns] = line.split('|').map((part) => part.trim());
    if (!lemma) continue;
    const forms: Partial<Record<Language, string[]>> = {};
    for (const column of columns) {
      const [code = '', words = ''] = column.split(':').map((part) => part.trim());
      if (LANGUAGE_CODES.has(code as Language)) forms[code as Language] = words.split(',').map((w) => w.trim()).filter(Boolean);
    }
    byLemma.set(lemma, forms);
  }
  return byLemma;
}

/** A form of {@link predicateTranslations}: a word start, or a whole word. */
export interface TranslatedForm {
  text: string;
  /** The form is a whole word ("venta"), not the start of one. */
  whole: boolean;
  /** The form may also end a compound ("Helmpflicht"). */
  compound: boolean;
}

/**
 * How the five other languages write an English statement word that belongs to the predicate
 * lexicon (`predicateForms`): "banned" → fr "interdi", "prohib"; de "verbot", "verbiet", "untersag";
 * per language, empty when the word is in no group. The audit looks for them in text of a language
 * the claim has no key phrases in, as the key term they stand for. `statement`, the text the word is from,
 * tells a word of two senses apart as for `predicateForms`.
 *
 * @example
 * ```ts
 * predicateTranslations('banned').de; // [{ text: 'verbot', whole: false, compound: true }, { text: 'verbiet', ... }, ...]
 * predicateTranslations('Olympics'); // {}
 * predicateTranslations('declined', 'Sales of vinyl declined in 2020.'); // {}: a decrease, not a refusal (see `predicateForms`)
 * ```
 */
export function predicateTranslations(term: string, statement?: string): Partial<Record<Language, TranslatedForm[]>> {
  const lower = term.trim().toLowerCase();
  if (!isLetters(lower)) return {};
  // The refusing line is keyed "refuse", so "declined" finds it only through its group, in its refusing sense.
  const words = new Set([lower, ...predicateForms(lower, statement)]);
  const out: Partial<Record<Language, TranslatedForm[]>> = {};
  for (const [lemma, forms] of table()) {
    if (!words.has(lemma)) continue;
    for (const [language, list] of Object.entries(forms) as [Language, string[]][]) {
      const seen = out[language] ?? [];
      for (const form of list) {
        const whole = form.endsWith('.');
        const compound = form.startsWith('~');
        const text = form.slice(compound ? 1 : 0, whole ? -1 : undefined);
        if (!seen.some((f) => f.text === text)) seen.push({ text, whole, compound });
      }
      out[language] = seen;
    }
  }
  return out;
}
