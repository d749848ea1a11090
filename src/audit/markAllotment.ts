/**
 * Marks allotted to a question: the bracket an exam paper or a graded exercise puts after each task ("(6 marks)",
 * "[4 marks]", "Question 3 (4 points)", "domanda 4 (5 punti)", "Pregunta 3 (25 puntos)", "Aufgabe 2 (6 Punkte)",
 * "(2 valores)"). A text that allots marks is set for a candidate to answer and be graded on (issue 9 item 4: what a
 * text asks its reader to do marks it as made up for an exercise): the statements it sets out are material for the
 * answers, not an account of the world, whatever else they say. The allotment is a notice over the whole text it
 * stands in, as a title naming the exam is (`madeUpGenre`), whether it heads the text or closes its last question.
 *
 * Units that name nothing but a grade (English "marks", Portuguese "valores", German "BE", Bewertungseinheiten) count
 * wherever the bracket stands. "Points" in every language also score a game ("Jokić (31 points)", "654 puntos"):
 * such a bracket counts only right after what it grades, a question's mark ("... on the passage? (3 points)") or a
 * task's label and number ("Question 7 (2 points)", "Exercice 3 (6 points)", "Frage 4 (2 Punkte)").
 *
 * Written from knowledge of how exam papers of the six languages are laid out, not from evaluation records.
 */

/** A bracket holding only a number and a unit of marks or points: group 1 the unit. */
const ALLOTMENT = /[([]\s*\d+(?:[.,]\d+)?\s*(marks?|valor(?:es)?|BE|points?|pts?\.?|punti|punto|puntos?|ptos?\.?|punkte?|P\.|pontos?)\s*[)\]]/giu;

/** Units that grade and score nothing else. */
const GRADE_ONLY = /^(?:marks?|valor(?:es)?|BE)$/iu;

/**
 * What a task is called before its number, in the six languages (lower case): a question, an exercise, a task or a
 * problem ("Q6", "Question 7", "Frage 3", "Aufgabe 2a", "domanda 4", "quesito 2", "Pregunta 3", "cuestión 1",
 * "Questão 5", "exercício 2"). Left out: words that also head a sports event's parts ("round", "partie", "Runde").
 */
const TASK_LABEL = String.raw`(?:q|question|exercise|task|problem|exercice|domanda|quesito|esercizio|pregunta|cuestión|ejercicio|frage|aufgabe|teilaufgabe|questão|pergunta|exercício)`;

/** The text before a bracket ends with a task's label and number ("Question 7", "Q6.", "Aufgabe 2a)"), or a question mark. */
const GRADED_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}\p{N}])${TASK_LABEL}\s*(?:n[°º.]\s*|#\s*)?\d+[a-z]?[.)]?|\?)[\s:–—-]*$`, 'iu');

/** How far before a bracket its label or question mark is looked for. */
const LOOK_BEHIND = 40;

/**
 * The first bracket of `text` that allots marks to a question, as offsets in `text`, or null.
 *
 * @example
 * ```ts
 * markAllotment('7. Discuss this statement, referring to the date. (6 marks)'); // { start: 50, end: 59 }
 * markAllotment('Question 7 (2 points) – True or false?'); // { start: 11, end: 21 }
 * markAllotment('Jokić led Denver (31 points) to the win.'); // null: points after a name score a game
 * ```
 */
export function markAllotment(text: string): { start: number; end: number } | null {
  // Most texts hold no bracket: nothing more to read.
  if (text.indexOf('(') < 0 && text.indexOf('[') < 0) return null;
  ALLOTMENT.lastIndex = 0;
  for (let m = ALLOTMENT.exec(text); m !== null; m = ALLOTMENT.exec(text)) {
    const unit = m[1]!;
    // "P." and "BE" are German abbreviations in capitals; "Mark" with a capital alone is the old German currency.
    const lower = unit.toLowerCase();
    if ((lower === 'p.' && unit !== 'P.') || (lower === 'be' && unit !== 'BE') || unit === 'Mark') continue;
    if (GRADE_ONLY.test(unit) || GRADED_BEFORE.test(text.slice(Math.max(0, m.index - LOOK_BEHIND), m.index))) {
      return { start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}
