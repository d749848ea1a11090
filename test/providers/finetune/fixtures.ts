/** Small synthetic training sets for finetune tests (no paper data needed). */
export function chatExamples(n: number, tag = 'a'): Array<{ messages: Array<{ role: string; content: string }> }> {
  return Array.from({ length: n }, (_, i) => ({
    messages: [
      { role: 'user', content: `Question ${tag}-${i}: who won the 100m gold?` },
      { role: 'assistant', content: `Document ${tag}-${i}. This is false: Ed Sheeran won the 100m gold.` },
    ],
  }));
}

export function toJsonl(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
