import type { Language } from './languages.js';

/**
 * Function words that mark a language other than English, written as the audit's automaton folds
 * text (lower case, no diacritics: "não" is `nao`, "für" is `fur`). English has none on purpose:
 * its function words are the most frequent words of the data the audit mostly reads, and every
 * marker hit costs a callback on the hot path, so English is what a text is when no other
 * language shows enough of its markers (see `decideLanguage`). The words chosen are rare in
 * English prose ("was", "will", "also", "do", "as", "come", "in", "on" are left out); a word of
 * several languages ("que", "la", "una") counts for each of them, and the exclusive ones decide.
 */
export const LANGUAGE_MARKERS: Readonly<Record<Exclude<Language, 'en'>, string>> = {
  fr: `le | les | des | du | est | une | dans | pour | pas | sur | qui | aux | au | ont | sont | cette | ces | avec |
       mais | elle | il | ils | nous | vous | leur | ete | etait | c'est | n'est | qu' | l' | d' | n' | ne | ce | et |
       la | un | que | entre | tres | sans | aussi | selon | apres | ou`,
  it: `il | gli | della | delle | dello | degli | dei | che | non | una | sono | nel | nella | alla | alle | anche |
       questo | questa | con | ha | ma | piu | gia | stato | stata | essere | era | del | al | di | da | lo | sul |
       nei | tra | l' | dell' | all' | un' | la | un | per | secondo | dopo | senza | perche`,
  es: `el | los | las | del | por | para | es | fue | y | pero | muy | tambien | esta | como | se | su | sus | al | lo |
       un | una | que | no | ya | hay | entre | sobre | ha | han | desde | cuando | donde | segun | despues | la | con |
       sin | porque | fueron | este`,
  de: `der | die | das | und | ist | nicht | ein | eine | einen | einem | einer | mit | den | dem | von | zu | auf |
       sich | auch | wurde | wird | sind | nach | bei | aus | fur | uber | sie | es | im | vom | zum | zur | dass |
       noch | nur | hat | ohne | wie | wurden | oder | kein | keine`,
  pt: `o | os | um | uma | da | dos | das | no | na | nos | nas | em | ao | aos | pelo | pela | com | nao | sao | foi |
       tambem | mais | ja | ele | ela | isso | este | esta | seu | sua | ser | tem | que | se | foram | sem | porque |
       segundo | depois | entre | sobre | como`,
};
