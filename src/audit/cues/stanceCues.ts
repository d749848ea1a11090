import type { CueDefinition } from '../cueDefinition.js';
import type { Language } from '../../text/languages.js';
import { cueEntries } from './cueEntries.js';

/**
 * The writer's own doubt or distance about what is said, in six languages (issue 9 item 4: qualifiers
 * outside the claim's own sentence): "I could be wrong", "I haven't checked", "je n'ai pas vérifié",
 * "non mi fido", "no me fío", "ohne Gewähr", "não tenho a certeza". Written from
 * general knowledge of each language (first-person hedges, unchecked sources, advice to the reader), not
 * from evaluation records. Cue role `stance`: such a sentence beside a claim sentence, naming no claim,
 * is a notice about it ("The EU banned aspirin in 2021. I could be wrong, I never checked."), with no
 * word for the text needed; inside the claim's own sentence it qualifies nothing (that hedge is the
 * claim sentence's own business). Phrases that also speak about the world ("nobody knows where they
 * go", "it is unclear how") are left out: they doubt a fact, not a statement; so are the participles of
 * verbs that also mean "to occur" (Italian "mai verificatosi", Portuguese "nunca se verificou").
 */
const STANCE: Record<Language, { uncertainty: string; unreliable: string }> = {
  en: {
    uncertainty: `i'm not sure | i am not sure | i'm not certain | i am not certain | not 100% sure |
      not entirely sure | not totally sure | not completely sure | i could be wrong | i might be wrong | i may be wrong |
      could be wrong about | might be wrong about | i could be mistaken | i might be mistaken | i may be mistaken |
      i may be misremembering | i might be misremembering | correct me if i'm wrong | i have my doubts | i doubt it | i doubt that | i'm sceptical |
      i'm skeptical | i wouldn't trust | i would not trust | wouldn't trust it | don't trust it |
      if that's true | if it's true | if true`,
    unreliable: `i haven't checked | i have not checked | haven't checked | have not checked | never checked | didn't check |
      did not check | i haven't verified | i have not verified | never verified | can't vouch | cannot vouch |
      couldn't find any source | could not find any source | couldn't confirm | could not confirm | couldn't verify |
      could not verify | unable to confirm | unable to verify | can't confirm | cannot confirm | can't verify | cannot verify |
      not been able to confirm | not been able to verify | no way to check | no way to verify |
      no source for | without checking | didn't cite | did not cite | no citation | double-check before |
      check before you`,
  },
  fr: {
    uncertainty: `je ne suis pas sûr | je ne suis pas sûre | je ne suis pas certain | je ne suis pas certaine | pas sûr de moi |
      pas sûre de moi | pas sûr du tout | je peux me tromper | je me trompe peut-être | je me trompe sans doute |
      je reste méfiant | je reste sceptique | je suis sceptique | j'ai des doutes | j'en doute | je doute que | sauf erreur |
      sous réserve | à prendre avec des pincettes | avec des pincettes | ne me citez pas | si c'est vrai | si c'était vrai`,
    unreliable: `je n'ai pas vérifié | pas vérifié | pas pu vérifier | pas pu confirmer | pu vérifier | impossible de vérifier |
      impossible de confirmer | jamais vérifié | je n'ai trouvé aucune source | aucune source | sans source | sans citer | je ne garantis rien | sans garantie |
      à vérifier | vérifiez avant`,
  },
  it: {
    uncertainty: `non sono sicuro | non sono sicura | non ne sono sicuro | non ne sono sicura | non sono certo | non sono certa |
      potrei sbagliarmi | potrei sbagliare | forse mi sbaglio | magari mi sbaglio | non mi fido |
      non mi fiderei | ho dei dubbi | ne dubito | dubito che | sono scettico | sono scettica | salvo errori | con le pinze |
      non citatemi | se è vero | se fosse vero`,
    unreliable: `non ho verificato | non ho controllato | potuto verificare | potuto confermare | riuscito a verificare |
      riusciti a verificare | riuscita a verificare | riuscito a confermare | riusciti a confermare | impossibile verificare | nessuna fonte | senza fonte | senza fonti | non garantisco | da verificare | verificate prima`,
  },
  es: {
    uncertainty: `no estoy seguro | no estoy segura | no estoy del todo | no lo tengo claro | puedo equivocarme | podría equivocarme |
      quizá me equivoque | quizás me equivoque | igual me equivoco | no me fío | no me fiaría | tengo mis dudas | tengo dudas |
      lo dudo | dudo que | soy escéptico | soy escéptica | salvo error | con pinzas | no me cites | si es verdad | si fuera verdad`,
    unreliable: `no lo he comprobado | no he comprobado | podido verificar | podido confirmar | podido comprobar |
      pudimos verificar | pudimos confirmar | pude verificar | pude confirmar | imposible de verificar | no lo he verificado | no he verificado | ninguna fuente | sin fuente | sin fuentes | sin citar |
      no garantizo | sin garantía | por confirmar | comprobadlo antes | compruébalo antes`,
  },
  de: {
    uncertainty: `ich bin nicht sicher | ich bin mir nicht sicher | bin mir nicht sicher | nicht ganz sicher | nicht hundertprozentig |
      ich kann mich irren | ich könnte mich irren | vielleicht irre ich mich | irre ich mich | ich bezweifle |
      ich habe Zweifel | ich habe meine Zweifel | ich bin skeptisch |
      mit Vorsicht zu genießen | zitiert mich nicht | falls das stimmt | wenn das stimmt`,
    unreliable: `nicht überprüfen | nicht bestätigen | nicht verifizieren | nicht nachprüfen | nicht überprüft | nie überprüft | nicht nachgeprüft | nie nachgeprüft | habe es nicht geprüft | keine Quelle | keine Quellen | ohne Quelle | ohne Quellen | ohne Gewähr | keine Gewähr |
      bitte prüft | bitte prüfen`,
  },
  pt: {
    uncertainty: `não tenho a certeza | não tenho certeza | não estou certo | não estou certa | não estou seguro | não estou segura |
      posso estar enganado | posso estar enganada | posso estar errado | posso estar errada | talvez me engane |
      talvez esteja enganado | talvez esteja enganada | não confio | não confiaria | tenho dúvidas | duvido que |
      sou cético | sou céptico | sou cética | salvo erro | se não me engano | com pinças | se for verdade | se fosse verdade`,
    unreliable: `não verifiquei | não confirmei | conseguimos verificar | conseguimos confirmar | consegui verificar |
      consegui confirmar | conseguiu verificar | conseguiu confirmar | possível verificar | possível confirmar | nenhuma fonte | sem fonte | sem fontes | sem citar | não garanto | sem garantia | por confirmar | confirmem antes`,
  },
};

/** The writer's doubt (cue role `stance`) of every language, each limited to text of its language. */
export const STANCE_CUES: readonly CueDefinition[] = (Object.keys(STANCE) as Language[]).flatMap((language) => [
  ...cueEntries('uncertainty', 'stance', STANCE[language].uncertainty, language),
  ...cueEntries('unreliable-source', 'stance', STANCE[language].unreliable, language),
]);
