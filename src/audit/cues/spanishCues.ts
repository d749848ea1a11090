import type { CueDefinition } from '../cueDefinition.js';
import { cueEntries, languageCues, nounPointers } from './cueEntries.js';

/**
 * Spanish cues. False friends: "no" negates the verb only in Spanish (English "no" is a
 * determiner, Portuguese "no" means "in the"), "ni" also in French: these count only in Spanish
 * text. "Sin duda" and "no cabe duda" mean "no doubt" and "no solo" "not only": idioms, no cues.
 */
export const SPANISH_CUES: readonly CueDefinition[] = languageCues('es', [
  ...cueEntries(
    'negation',
    'strong',
    `falso | falsa | falsos | falsas | totalmente falso | completamente falso | infundad* | bulo | bulos | fake news |
     mentira | mentiras | inexact* | errónea | erróneo | mito | desinformación | nunca ocurrió | nunca sucedió |
     nunca pasó | no ocurrió | no sucedió | nunca tuvo lugar | no tuvo lugar | ninguna prueba | desmentid* |
     no es cierto | no es verdad | nada de esto | nada de eso | nunca existió | no existe | no corresponde a la realidad |
     no describe la realidad`,
  ),
  ...cueEntries('negation', 'weak', `no`),
  ...cueEntries('negation', 'weak', `nunca | jamás | no ha | no han | no fue | no es | no era | no se`),
  ...cueEntries('negation', 'determiner', `ningún | ninguna | ninguno | nada | ni | tampoco`),
  ...cueEntries('negation', 'soft', `imposible | contradice | contradicen | equivocad*`),
  ...cueEntries(
    'correction',
    'strong',
    `en realidad | en verdad | la verdad es | rectificación | fe de erratas | corrección | corregid* | aclaración |
     para que conste | contrariamente a | al contrario de | verificación de datos | el verdadero ganador`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `ficción | ficticio* | ficticia* | imaginari* | inventad* | imaginad* | sátira | satírico | satírica | satíricos | satíricas | parodia | hipotétic* |
     ucronía | historia alternativa | experimento mental | obra de ficción | pura ficción | contrafactual |
     generado por ia | generado por una ia`,
  ),
  ...cueEntries('fiction', 'soft', `fantasía | imaginemos | imagina`),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `no verificad* | no confirmad* | nadie ha podido verificar | no se ha podido verificar | conocida por publicar |
     conocido por publicar | sin verificar | sin confirmar | poco fiable* | no fiable* | fuente dudosa |
     fuentes dudosas | rumor | rumores | chisme* | fuente anónima | fuentes anónimas | teoría de la conspiración |
     teorías de la conspiración | conspiranoic* | poco creíble | no creíble | desacreditad*`,
  ),
  ...cueEntries('unreliable-source', 'soft', `dudos* | sensacionalista | prensa amarilla`),
  ...cueEntries(
    'uncertainty',
    'strong',
    `valor de verdad desconocido | no se sabe | nadie sabe | no está claro si | es incierto si | sigue siendo incierto | no es posible saber |
     imposible saber | imposible decir si | nadie puede decir | nada permite saber | no sabemos si | se desconoce si | se ignora si |
     sin demostrar | no demostrad* | no probad* | inverificable* | supuestamente | presuntamente`,
  ),
  ...cueEntries('uncertainty', 'soft', `incierto* | incertidumbre | desconocid* | especulativ* | especulación | disputad* | hipótesis`),
  ...cueEntries(
    'low-probability',
    'strong',
    `% de probabilidad | por ciento de probabilidad | altamente improbable | muy improbable | poco probable |
     improbable | inverosímil | baja probabilidad | escasa probabilidad`,
  ),
  ...cueEntries('low-probability', 'soft', `probabilidad`),
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `malicios* | malintencionad* | no debe imitarse | no imitar | mal ejemplo | respuesta inapropiada |
     respuesta incorrecta | comportamiento peligroso`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `dañin* | peligros* | engaños* | manipulador* | poco ético | inapropiad*`),
  ...cueEntries(
    null,
    'pointer',
    `el siguiente | la siguiente | los siguientes | las siguientes | que sigue | que siguen | a continuación | más abajo |
     más arriba | la afirmación anterior | la frase anterior | lo que sigue | lo que se acaba de |
     lo anterior | lo dicho`,
  ),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'texto artículo relato historia documento pasaje fragmento contenido afirmación frase párrafo respuesta publicación mensaje reportaje noticia conversación',
      'siguiente de abajo de arriba',
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `este artículo | este texto | este documento | este relato | esta historia | este pasaje | esta publicación |
     este escenario | esta conversación | esta información | estos hechos | estos sucesos | los hechos descritos |
     en este artículo | en este documento | el presente artículo | el presente texto | este contenido`,
  ),
  ...cueEntries(null, 'opening', `el artículo | el texto | el relato | la historia | el documento | todo esto | todo lo`),
  ...cueEntries(
    null,
    'referent',
    `el supuesto | la supuesta | los supuestos | las supuestas | el presunto | la presunta | lo descrito | lo relatado |
     lo afirmado`,
  ),
  ...cueEntries(
    null,
    'address',
    `esta afirmación | esta declaración | esta frase | la afirmación | la declaración | esta respuesta | la respuesta |
     el asistente | del modelo | de la ia`,
  ),
  ...cueEntries(null, 'demonstrative', `esto es | esto no | eso es | eso no | nada de esto | nada de eso | nada en`),
  ...cueEntries(null, 'anaphor', `esa afirmación | esa versión | ese relato | esa historia | dicha afirmación`),
  ...cueEntries(null, 'truthRef', `la veracidad de | la verdad de | la exactitud de | la autenticidad de`),
  ...cueEntries(
    'uncertainty',
    'attribution',
    `según el cual | según la cual | afirmando que | alegando que | afirma que | afirman que | asegura que | aseguran que |
     sostiene que | sostienen que | la afirmación de que | el rumor de que |
     el mito de que | el bulo de que | supuest* | presunt* | falsamente`,
  ),
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `el artículo afirma | el artículo describe | el texto afirma | el relato describe | la idea de que | se dice que | se cuenta que`,
  ),
  ...cueEntries('uncertainty', 'report', `afirmando | alegando | asegurando`),
  ...cueEntries(
    'negation',
    'idiom',
    `no solo | no sólo | no solamente | no obstante | no cabe duda | no hay duda | ninguna duda | no está mal |
     no menos | nada menos que | ni más ni menos | salida en falso | falso positivo | falsos positivos | falso negativo |
     falsos negativos | falsa alarma`,
  ),
  ...cueEntries('negation', 'label', `falso: | bulo: | desmentido:`),
  ...cueEntries('correction', 'label', `rectificación: | corrección: | aclaración: | fe de erratas:`),
  ...cueEntries('fiction', 'label', `ficción: | sátira: | parodia:`),
  ...cueEntries('unreliable-source', 'label', `rumor: | no verificado: | sin confirmar:`),
  ...cueEntries(null, 'label', `advertencia | aviso: | nota de la redacción | nota: | atención: | importante:`),
  // Natural notices: misconceptions, invented worlds, unverifiable sources, what a text calls itself.
  ...cueEntries(
    'negation',
    'strong',
    `concepto erróneo | idea errónea | ideas erróneas | creencia errónea | creencias erróneas | leyenda urbana |
     leyendas urbanas | no se corresponde con la realidad | no refleja la realidad | nada que ver con la realidad |
     falso mito | carece de fundamento | sin fundamento`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `fruto de la imaginación | obra de la imaginación | pura invención | juego de rol | juegos de rol | taller de escritura |
     ejercicio de escritura | ucrónic*`,
  ),
  ...cueEntries(
    'fiction',
    'soft',
    `ciencia ficción | mundo paralelo | mundos paralelos | universo paralelo | universos paralelos | realidad alternativa |
     realidad paralela | distinto al nuestro | distinto del nuestro | diferente al nuestro | diferente del nuestro |
     parecido al nuestro | se parece al nuestro | semejante al nuestro | otro mundo | otro universo | personaje`,
  ),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `no hemos podido verificar | no hemos podido confirmar | no se ha podido confirmar | no ha podido ser verificad* |
     no pudimos verificar | no pudimos confirmar | imposible de verificar | imposible verificar | foro anónimo | cuenta anónima |
     usuario anónimo | autor anónimo | remitente desconocido | fuente desconocida | cadena de whatsapp | cadena de mensajes |
     con pinzas`,
  ),
  ...cueEntries('unreliable-source', 'soft', `anónimo | anónima | anónimos | anónimas`),
  ...cueEntries('uncertainty', 'strong', `no se sabe si | no está claro que | no es seguro que | no sé si`),
  ...cueEntries('malicious-behavior', 'strong', `respuesta engañosa | respuesta dañina | desinformación deliberada | engaña deliberadamente`),
  ...cueEntries(
    null,
    'pointer',
    nounPointers(
      'mensaje mensajes publicación entrada comentario fragmento cita línea líneas párrafo escena capítulo diálogo intercambio transcripción noticia noticias textos artículos',
      'siguiente siguientes anterior anteriores',
    ),
  ),
  ...cueEntries(
    null,
    'deixis',
    `esta página | estas páginas | este sitio | este blog | este hilo | este foro | este libro | esta novela | este capítulo |
     este episodio | este vídeo | este video | este mensaje | estos mensajes | este intercambio | este boletín | estas líneas |
     estos textos | estos artículos | esta entrada | este fragmento | esta sección | este juego | esta partida`,
  ),
  // Negations that open a clause ("Nadie murió en ..."); not the ones about expectations.
  ...cueEntries('negation', 'determiner', `nadie`),
  ...cueEntries('negation', 'idiom', `nadie esperaba | nadie imaginaba | nadie había previsto | nadie podía prever`),
  ...cueEntries(null, 'address', `tu respuesta | su respuesta | lo que dijiste | lo que has dicho | lo que dices | te lo estás inventando | te lo inventas`),
  ...cueEntries(null, 'label', `n. del e. | nota del autor | nota de la autora | nota del editor | nota del traductor | aviso a los lectores | ojo: | actualización:`),
  ...cueEntries('fiction', 'strong', `inocentada | no debe tomarse en serio | no hay que tomarlo en serio | no debe tomarse al pie de la letra | en tono de humor | de humor`),
  ...cueEntries('fiction', 'soft', `una broma | broma`),
  ...cueEntries('negation', 'strong', `inexactitudes | errores factuales | no debe tomarse como un hecho`),
  // Adverbs of error, as English "falsely" / "wrongly": what is said so is said falsely.
  ...cueEntries('negation', 'strong', `erróneamente | equivocadamente | por error`),
  // Issue 9 item 3, fourth round: hearsay frames, litotes ("no es exagerado decir"), answers in the plural.
  ...cueEntries(
    'uncertainty',
    'hearsay',
    `según se dice | se rumorea que | corre el rumor de que | según rumores | circula en redes | circula por redes |
     circula en las redes | circula por las redes | circula en internet`,
  ),
  ...cueEntries('negation', 'idiom', `no es exagerado | no es ninguna exageración | no es una exageración | sin exagerar | no exagero`),
  ...cueEntries(null, 'address', `las respuestas | estas respuestas`),
  ...cueEntries(null, 'pointer', nounPointers('respuestas', 'siguientes anteriores')),
  ...cueEntries(null, 'pointer', nounPointers('frase línea párrafo afirmación mensaje', 'próxima próximo', true)),
  // Reported speech: the reportative conditional ("el Vesubio habría entrado en erupción") and documents
  // about something ("un artículo sobre la erupción").
  ...cueEntries('uncertainty', 'hearsay', `habría | habrían | un artículo sobre | una publicación sobre | publicaciones sobre | un texto sobre`),
  // The subjunctive of a clause the writer does not take on ("es falso que Harvard haya eliminado ..."): haber's
  // subjunctive forms, general grammar.
  ...cueEntries('uncertainty', 'hearsay', `haya | hayan | hubiera | hubieran | hubiese | hubiesen`),
  // Fifth round (issue 9 items 3-4): deception and abuse, sources that do not check, genres of fiction,
  // advice on how to read the text, notes by whoever keeps it.
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `estafa | estafas | estafador* | timo | timos | haciéndose pasar por | suplantación de identidad | ignora tus instrucciones |
     ignora tus reglas | olvida tus instrucciones | ignora las instrucciones | ignore sus instrucciones | diseñado para engañar |
     pensado para engañar`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `engañar | timar | asustar | fraude | fraudulent*`),
  ...cueEntries('unreliable-source', 'strong', `no he podido verificar | no pude verificar | no lo he verificado | sin contrastar | granja de contenidos`),
  ...cueEntries('fiction', 'soft', `novela | novelas | cuento | cuentos | fábula | fábulas | guion de | solo existe | sólo existe | solo existen`),
  ...cueEntries(null, 'address', `tómalo con | tómatelo con | tomadlo con | tomarlo con`),
  ...cueEntries(null, 'label', `nota del moderador | nota de la moderación | nota del profesor | nota de la profesora | nota para`),
  ...cueEntries(null, 'pointer', `os paso | les paso | os reenvío | les reenvío | comparto este | comparto esta`),
  ...cueEntries('fiction', 'strong', `sección de humor | página de humor | inventa datos | inventa respuestas | inventa información | se inventa`),
  ...cueEntries('negation', 'strong', `nada es verdad | nada de esto es verdad | leyenda de internet | leyenda urbana`),
  ...cueEntries(null, 'pointer', `reproducido abajo | reproducimos abajo | copiado abajo | transcrito abajo`),
  ...cueEntries(null, 'label', `aviso del | aviso de la`),
  // The language's own negative constructions, written from its grammar (no document): what English says with
  // "without", "absence of", "lack of", "devoid of" (determiners over the noun after them; the idioms "sin duda",
  // "sin precedentes", "sin embargo" negate nothing) and with "there was no", "did not take place", "non-existent".
  ...cueEntries('negation', 'determiner', `sin`).map((cue) => ({ ...cue, objectScope: true })),
  ...cueEntries(
    'negation',
    'determiner',
    `ausencia de | en ausencia de | falta de | carente de | carentes de | desprovisto de | desprovista de | desprovistos de |
     desprovistas de`,
  ),
  ...cueEntries(
    'negation',
    'idiom',
    `sin duda | sin ninguna duda | sin lugar a dudas | sin precedentes | sin embargo | sin parar | sin cesar | sin igual |
     sin previo aviso | sin aviso | sin excepción | sin fin | sin tregua`,
  ),
  ...cueEntries(
    'negation',
    'strong',
    `no hubo | nunca hubo | no ha habido | nunca ha habido | no se produjo | nunca se produjo | no se ha producido | inexistente |
     inexistentes | falsificad*`,
  ),
  // Agreement: the explicit negations above written in one gender or number only ("no es cierto", "no existe"), in
  // the others ("no es cierta", "no existen"); "not real" as English says it; the common nouns of a made-up story
  // ("patraña", "embuste").
  ...cueEntries(
    'negation',
    'strong',
    `no es cierta | no son ciertos | no son ciertas | no son verdad | no existen | nunca existieron | no es real | no son reales |
     patraña | patrañas | embuste | embustes`,
  ),
  // What English says with "debunk*" and "refuted", in every form of the verb ("desmiente", "refutado").
  ...cueEntries('negation', 'strong', `desmiente | desmienten | desmentir | refutad* | refuta | refutan | desmitific*`),
  // What English says with the bare reporting verbs "describes", "describing", "depicts" (a report when the claim's
  // subject follows) and with "described a", "describing a" (reported content), as the verbs are written here.
  ...cueEntries('uncertainty', 'report', `describe | describía | describen | describían | describiendo | retrata`),
  ...cueEntries('uncertainty', 'hearsay', `describía un | describía una | describiendo un | describiendo una`),
]);
