/** An answer with the model's thinking taken out. */
export interface SplitAnswer {
  /** The answer the model gave after thinking. */
  text: string;
  /** The thinking, when the text began with some. */
  reasoning?: string;
}

const OPEN = /^\s*<think>/;
const CLOSE = '</think>';

/**
 * Separates a `<think>...</think>` block at the start of a completion from the answer, as
 * reasoning models served without a reasoning parser return it (Qwen3, DeepSeek-R1 on a plain
 * vLLM or llama.cpp server). Also handles the templates that put `<think>` in the prompt, so the
 * completion holds only the closing tag, and a completion cut off while still thinking (no
 * closing tag): all of it is thinking and the answer is empty. An empty block (thinking off) is
 * dropped. Text without tags comes back unchanged.
 *
 * @example
 * ```ts
 * splitReasoning('<think>The user asks about the moon.</think>\n\nIt is rock.');
 * // { text: 'It is rock.', reasoning: 'The user asks about the moon.' }
 * splitReasoning('It is rock.'); // { text: 'It is rock.' }
 * ```
 */
export function splitReasoning(completion: string): SplitAnswer {
  const opened = OPEN.exec(completion);
  const close = completion.indexOf(CLOSE);
  if (!opened && close < 0) return { text: completion };
  const start = opened ? opened[0].length : 0;
  if (close < start) return withReasoning('', completion.slice(start)); // cut off while thinking
  return withReasoning(completion.slice(close + CLOSE.length).replace(/^\s+/, ''), completion.slice(start, close));
}

function withReasoning(text: string, reasoning: string): SplitAnswer {
  const thought = reasoning.trim();
  return thought ? { text, reasoning: thought } : { text };
}
