import type { CueDefinition } from '../cueDefinition.js';
import { cueEntries, languageCues, nounPointers } from './cueEntries.js';

/**
 * Portuguese cues. False friends: Portuguese "no" means "in the" ("no ano de 2015") and is never a
 * cue (English "no" counts only in English text); "não" is its negation. "Nem" and "nada" count
 * only in Portuguese text. "Sem dúvida" means "no doubt" and "não só" "not only": no cues.
 */
export const PORTUGUESE_CUES: readonly CueDefinition[] = languageCues('pt', [
  ...cueEntries(
    'negation',
    'strong',
    `falso | falsa | falsos | falsas | totalmente falso | completamente falso | infundad* | boato | boatos | fake news |
     mentira | mentiras | inexat* | errônea | errôneo | erróneo | mito | desinformação | nunca aconteceu |
     não aconteceu | nunca ocorreu | não ocorreu | nunca existiu | não existe | nenhuma prova | desmentid* |
     não é verdade | não é verdadeiro | nada disso é verdade | não corresponde à realidade | não descreve a realidade`,
  ),
  ...cueEntries('negation', 'weak', `não | nunca | jamais`),
  ...cueEntries('negation', 'determiner', `nenhum | nenhuma | nem | nada`),
  ...cueEntries('negation', 'soft', `impossível | contradiz | contradizem | equivocad*`),
  ...cueEntries(
    'correction',
    'strong',
    `na realidade | na verdade | a verdade é | retificação | errata | correção | corrigid* | esclarecimento |
     para que conste | ao contrário de | contrariamente a | verificação de fatos | checagem | o verdadeiro vencedor`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `ficção | fictíci* | imaginári* | inventad* | imaginad* | sátira | satírico | satírica | satíricos | satíricas | paródia | hipotétic* | ucronia |
     história alternativa | experimento mental | obra de ficção | pura ficção | contrafactual | gerado por ia |
     gerado por uma ia`,
  ),
  ...cueEntries('fiction', 'soft', `fantasia | imaginemos | imagine`),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `não verificad* | não confirmad* | ninguém conseguiu verificar | não foi possível verificar | conhecida por publicar |
     conhecido por publicar | sem verificação | sem confirmação | pouco confiável | não confiável |
     fonte duvidosa | fontes duvidosas | rumor | rumores | fofoca* | fonte anônima | fontes anônimas | fonte anónima |
     fontes anónimas | teoria da conspiração | teorias da conspiração | conspiracionist* | pouco credível |
     pouco crível | não crível | desacreditad*`,
  ),
  ...cueEntries('unreliable-source', 'soft', `duvidos* | sensacionalista`),
  ...cueEntries(
    'uncertainty',
    'strong',
    `valor de verdade desconhecido | não se sabe | ninguém sabe | não está claro se | é incerto se | permanece incerto | não é possível saber |
     impossível saber | impossível dizer se | ninguém pode dizer | nada permite saber | não sabemos se | desconhece-se se |
     não comprovad* | sem comprovação | inverificável | supostamente | alegadamente | pretensamente`,
  ),
  ...cueEntries('uncertainty', 'soft', `incert* | desconhecid* | especulativ* | especulação | contestad* | hipótese`),
  ...cueEntries(
    'low-probability',
    'strong',
    `% de probabilidade | por cento de probabilidade | altamente improvável | muito improvável | pouco provável |
     improvável | inverossímil | baixa probabilidade`,
  ),
  ...cueEntries('low-probability', 'soft', `probabilidade`),
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `malicios* | mal-intencionad* | não deve ser imitad* | não imitar | mau exemplo | resposta inadequada |
     resposta incorreta | resposta errada | comportamento perigoso`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `prejudicial | nociv* | perigos* | enganos* | manipulador* | antiético | inadequad*`),
  ...cueEntries(
    null,
    'pointer',
    `o seguinte | a seguinte | os seguintes | as seguintes | a seguir | o que se segue | que se segue | descrito abaixo |
     descrita abaixo | abaixo descrit* | texto abaixo | artigo abaixo | relato abaixo | descrito acima | citado acima |
     texto acima | artigo acima | a afirmação anterior | a frase anterior | o que acabou de ser dito`,
  ),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'texto artigo relato história documento passagem trecho conteúdo afirmação frase parágrafo resposta publicação mensagem reportagem notícia conversa',
      'seguinte abaixo acima',
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `este artigo | este texto | este documento | este relato | esta história | esta publicação | este cenário |
     esta conversa | esta informação | estes fatos | estes acontecimentos | os fatos descritos |
     os acontecimentos descritos | neste artigo | neste documento | neste texto | o presente artigo |
     o presente texto | este conteúdo`,
  ),
  ...cueEntries(null, 'opening', `o artigo | o texto | o relato | a história | o documento | tudo isso | tudo isto`),
  ...cueEntries(null, 'referent', `o suposto | a suposta | os supostos | as supostas | o alegado | a alegada | o relatado`),
  ...cueEntries(
    null,
    'address',
    `esta afirmação | esta declaração | esta frase | a afirmação | a declaração | esta resposta | a resposta |
     o assistente | do modelo | da ia`,
  ),
  ...cueEntries(null, 'demonstrative', `isto é | isso é | isto não | isso não | nada disso | nada disto | nada em`),
  ...cueEntries(null, 'anaphor', `essa afirmação | essa versão | esse relato | essa história | tal afirmação`),
  ...cueEntries(null, 'truthRef', `a veracidade de | a verdade de | a exatidão de | a autenticidade de`),
  ...cueEntries(
    'uncertainty',
    'attribution',
    `segundo o qual | segundo a qual | alegando que | afirmando que | afirma que | afirmam que | alega que | alegam que |
     sustenta que | sustentam que | a afirmação de que | o boato de que |
     o rumor de que | o mito de que | suposto | suposta | supostos | supostas | alegad* | falsamente | pretens*`,
  ),
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `o artigo afirma | o artigo descreve | o texto afirma | o relato descreve | a ideia de que | diz-se que | conta-se que`,
  ),
  ...cueEntries('uncertainty', 'report', `afirmando | alegando | assegurando`),
  ...cueEntries(
    'negation',
    'idiom',
    `não só | não somente | não apenas | não é mau | não é ruim | não há dúvida | nenhuma dúvida | nada mal |
     não obstante | nada menos que | nem mais nem menos | falso alarme | falsa partida | falso positivo | falsos positivos |
     falso negativo | falsos negativos`,
  ),
  ...cueEntries('negation', 'label', `falso: | boato: | desmentido:`),
  ...cueEntries('correction', 'label', `retificação: | correção: | esclarecimento: | errata:`),
  ...cueEntries('fiction', 'label', `ficção: | sátira: | paródia:`),
  ...cueEntries('unreliable-source', 'label', `rumor: | não verificado:`),
  ...cueEntries(null, 'label', `aviso: | atenção: | advertência | nota da redação | nota: | importante:`),
  // Natural notices: misconceptions, invented worlds, unverifiable sources, what a text calls itself.
  ...cueEntries(
    'negation',
    'strong',
    `equívoco | equívocos | concepção errada | ideia errada | ideias erradas | ideia equivocada | lenda urbana | lendas urbanas |
     não corresponde à realidade | não reflete a realidade | nada a ver com a realidade | sem fundamento | falso mito`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `fruto da imaginação | obra da imaginação | pura invenção | jogo de rpg | jogos de rpg | oficina de escrita |
     exercício de escrita | ucrônic* | ucrónic*`,
  ),
  ...cueEntries(
    'fiction',
    'soft',
    `ficção científica | mundo paralelo | mundos paralelos | universo paralelo | universos paralelos | realidade alternativa |
     realidade paralela | diferente do nosso | diferente da nossa | parecido com o nosso | semelhante ao nosso | outro mundo |
     outro universo | personagem | rpg`,
  ),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `não conseguimos verificar | não conseguimos confirmar | não foi possível confirmar | impossível verificar |
     impossível de verificar | fórum anônimo | fórum anónimo | conta anônima | conta anónima | usuário anônimo |
     utilizador anónimo | autor anônimo | remetente desconhecido | fonte desconhecida | corrente de whatsapp |
     mensagem em cadeia | com cautela`,
  ),
  ...cueEntries('unreliable-source', 'soft', `anônim* | anónim*`),
  ...cueEntries('uncertainty', 'strong', `não se sabe se | ninguém sabe | não é certo que | não sei se`),
  ...cueEntries('malicious-behavior', 'strong', `resposta enganosa | resposta prejudicial | desinformação deliberada | engana deliberadamente | desinformação nociva`),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'mensagens postagem post comentário trecho citação linha linhas cena capítulo diálogo transcrição notícias textos artigos',
      'seguinte seguintes abaixo acima anterior',
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `esta página | nesta página | estas páginas | este site | neste site | este blog | neste blog | este fórum | neste fórum |
     este livro | neste livro | este romance | este capítulo | este episódio | este vídeo | neste vídeo | esta mensagem |
     nesta mensagem | esta resposta | estas linhas | nestas linhas | este fio | esta postagem | nesta postagem | este post |
     neste post | nesta conversa | nesta publicação | nesta história | neste relato | deste texto | deste artigo |
     este jogo | neste jogo`,
  ),
  // Negations that open a clause ("Ninguém morreu em ..."); not the ones about expectations.
  ...cueEntries('negation', 'determiner', `ninguém`),
  ...cueEntries('negation', 'idiom', `ninguém esperava | ninguém imaginava | ninguém previa | ninguém tinha previsto`),
  ...cueEntries(null, 'address', `sua resposta | tua resposta | a sua resposta | o que você disse | o que disseste | o que você está dizendo | você inventou`),
  ...cueEntries(null, 'label', `n. do e. | nota do autor | nota da autora | nota do editor | nota do tradutor | aviso aos leitores | observação: | obs.: | atualização:`),
  ...cueEntries('fiction', 'strong', `mentira de primeiro de abril | dia das mentiras | não deve ser levado a sério | não é para levar a sério | não deve ser levado à letra | em tom de humor`),
  ...cueEntries('fiction', 'soft', `uma piada | piada | brincadeira`),
  ...cueEntries('negation', 'strong', `imprecisões | erros factuais | não deve ser tomado como fato | não deve ser tomado como facto`),
  // Adverbs of error, as English "falsely" / "wrongly": what is said so is said falsely.
  ...cueEntries('negation', 'strong', `erradamente | erroneamente | por engano | por erro`),
  // Issue 9 item 3, fourth round: hearsay frames, litotes ("não é exagero dizer"), answers in the plural.
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `corre o boato de que | corre o rumor de que | segundo rumores | consta que | circula nas redes | circula na internet |
     circulam nas redes`,
  ),
  ...cueEntries('negation', 'idiom', `não é exagero | não é exagerado | sem exagero | sem exagerar`),
  ...cueEntries(null, 'address', `as respostas | estas respostas`),
  ...cueEntries(null, 'pointer', nounPointers('respostas', 'seguintes abaixo acima anteriores')),
  ...cueEntries(null, 'pointer', nounPointers('frase linha parágrafo afirmação mensagem', 'próxima próximo', true)),
  // Reported speech: the reportative conditional ("o Vesúvio teria entrado em erupção") and documents about
  // something ("um artigo sobre a erupção").
  ...cueEntries('uncertainty', 'hearsay', `teria | teriam | um artigo sobre | uma publicação sobre | publicações sobre | um texto sobre`),
  // The subjunctive of a clause the writer does not take on ("é falso que o fundo tenha vendido ..."): the
  // auxiliaries' subjunctive forms, general grammar.
  ...cueEntries('uncertainty', 'hearsay', `tenha | tenham | tivesse | tivessem | houvesse | houvessem | fosse | fossem`),
  // Fifth round (issue 9 items 3-4): deception and abuse, sources that do not check, genres of fiction,
  // advice on how to read the text, notes by whoever keeps it.
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `golpista* | burla | burlas | fazendo-se passar por | se passando por | ignora as tuas instruções | ignore suas instruções |
     ignora as tuas regras | ignore suas regras | esquece as tuas instruções | esqueça suas instruções | feito para enganar`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `enganar | assustar | golpe | fraude | fraudulent*`),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `pouco fiável | pouco fiáveis | não fiável | não é fiável | sem provas | sem verificar | não verifiquei | não consegui verificar`,
  ),
  ...cueEntries('fiction', 'soft', `romance | romances | conto | contos | fábula | fábulas | conto de fadas | roteiro | guião | só existe | só existem`),
  ...cueEntries('fiction', 'strong', `exercício de imaginação | exercício de ficção`),
  ...cueEntries(null, 'label', `nota do moderador | nota da moderação | nota do professor | nota da professora | nota para`),
  ...cueEntries(null, 'pointer', `repasso | estou repassando | estou a partilhar | partilho aqui | reencaminho`),
  ...cueEntries('fiction', 'strong', `página de humor | secção de humor | seção de humor | inventa dados | inventa informações | inventa respostas | pode inventar`),
  ...cueEntries('negation', 'strong', `nada é verdade | lenda da internet | lenda de internet`),
  ...cueEntries(null, 'pointer', `se conta abaixo | reproduzido abaixo | reproduzida abaixo | transcrito abaixo | copiado abaixo | o que se conta`),
  ...cueEntries(null, 'deixis', `neste episódio | neste capítulo | neste podcast | nesta transcrição`),
  ...cueEntries(null, 'label', `aviso do | aviso da`),
  // The language's own negative constructions, written from its grammar (no document): what English says with
  // "without", "absence of", "lack of", "devoid of" (determiners over the noun after them; the idioms "sem dúvida",
  // "sem precedentes" negate nothing) and with "there was no", "did not take place", "non-existent", "falsified".
  ...cueEntries('negation', 'determiner', `sem`).map((cue) => ({ ...cue, objectScope: true })),
  ...cueEntries(
    'negation',
    'determiner',
    `ausência de | na ausência de | falta de | carente de | carentes de | desprovido de | desprovida de | desprovidos de |
     desprovidas de`,
  ),
  ...cueEntries(
    'negation',
    'idiom',
    `sem dúvida | sem qualquer dúvida | sem sombra de dúvida | sem precedentes | sem parar | sem cessar | sem igual | sem aviso |
     sem aviso prévio | sem exceção | sem fim | sem trégua`,
  ),
  ...cueEntries(
    'negation',
    'strong',
    `não houve | nunca houve | não teve lugar | nunca teve lugar | não se verificou | nunca se verificou | inexistente | inexistentes |
     falsificad*`,
  ),
  // Agreement: the explicit negations above written in one gender or number only ("não é verdadeiro", "não existe"),
  // in the others ("não é verdadeira", "não existem"); "not real" as English says it; the common nouns of a
  // made-up story ("balela", "lorota").
  ...cueEntries(
    'negation',
    'strong',
    `não é verdadeira | não são verdadeiros | não são verdadeiras | não são verdade | não existem | nunca existiram | não é real |
     não são reais | balela | balelas | lorota | lorotas`,
  ),
  // What English says with "debunk*" and "refuted", in every form of the verb ("desmente", "refutado").
  ...cueEntries('negation', 'strong', `desmente | desmentem | desmentir | refutad* | refuta | refutam | desmistific*`),
  // What English says with the bare reporting verbs "describes", "describing", "depicts" (a report when the claim's
  // subject follows) and with "described a", "describing a" (reported content), as the verbs are written here.
  ...cueEntries('uncertainty', 'report', `descreve | descrevia | descrevem | descreviam | descrevendo | retrata`),
  ...cueEntries('uncertainty', 'hearsay', `descrevia um | descrevia uma | descrevendo um | descrevendo uma`),
]);
