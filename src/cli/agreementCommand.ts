import { isAbsolute, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { parseArgs, stringOption, UsageError } from './args.js';
import { judgeAgreement } from '../evaluate/agreement.js';
import { readJudgedFile } from './readJudgedFile.js';

const usage = `Usage: negation-neglect agreement <a> <b> [--format text|json]

Compares two judgings of the same samples (matched by claim, condition, stage, model, eval type,
question and sample index): observed agreement, Cohen's kappa, Krippendorff's alpha and the confusion matrix.
Each input is JSONL records (negation-neglect eval --out; a .jsonl file or a folder of them) or the
paper's per-sample CSVs (<claim>/<condition>/<stage>/*.csv), so a new judge can be measured
against the paper's labels. Failed and unparsed samples are counted, not compared.

Exit codes: 0 done, 2 usage or input error (also when no sample is in both files with a verdict in each).
`;

/** `negation-neglect agreement`: agreement between two judged files. */
export const command: CliCommand = {
  summary: "Agreement between two judged result files (Cohen's kappa, Krippendorff's alpha)",
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, { format: { type: 'string' } });
    const format = stringOption(parsed, 'format', ['text', 'json'] as const) ?? 'text';
    if (parsed.positionals.length !== 2) throw new UsageError('Expected two judged result paths');
    const [a, b] = await Promise.all(parsed.positionals.map((p) => readJudgedFile(isAbsolute(p) ? p : resolve(io.cwd, p), p, io.signal, io.stderr)));
    const result = judgeAgreement(a!, b!);
    // Nothing in common: a figure of "undefined" with exit 0 reads as a result; it is a mismatch of inputs.
    const noOverlap = (): number => {
      io.stderr.write(
        `negation-neglect agreement: no sample is in both ${parsed.positionals[0]} (${result.onlyA + result.excluded}) and ${parsed.positionals[1]} (${result.onlyB + result.excluded}) ` +
          'with a verdict in each; samples are matched by claim, condition, stage, model, eval type, question and sample index\n',
      );
      return 2;
    };
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return result.compared === 0 ? noOverlap() : 0;
    }
    const num = (x: number | null) => (x === null ? 'undefined' : x.toFixed(3));
    const labels = [...new Set([...Object.keys(result.matrix), ...Object.values(result.matrix).flatMap((r) => Object.keys(r))])].sort();
    io.stdout.write(
      [
        `compared ${result.compared} sample(s); only in a: ${result.onlyA}; only in b: ${result.onlyB}; failed or unparsed in either: ${result.excluded}${result.duplicates ? `; repeated keys (not compared): ${result.duplicates}` : ''}`,
        `observed agreement ${num(result.observed)}, Cohen's kappa ${num(result.cohenKappa)}, Krippendorff's alpha ${num(result.krippendorffAlpha)}`,
        '',
        `a \\ b\t${labels.join('\t')}`,
        ...labels.map((x) => `${x}\t${labels.map((y) => String(result.matrix[x]?.[y] ?? 0)).join('\t')}`),
        '',
      ].join('\n'),
    );
    return result.compared === 0 ? noOverlap() : 0;
  },
};
