// Same-process warm A/B of one-thread audit CPU: two builds of the package audit the same corpus in turns, in
// one process, so both see the same machine state. A speed ratio from one run of a timed bench swings by 10-25% on
// a shared VM; alternating rounds of A and B is the fairest comparison we have. Run it in both orders (which build
// is imported first matters a little) and read the two ratios together.
//
//   npm run build && cp -r dist dist-before   # in this checkout's root, so its imports (zod, yaml, ...) resolve;
//                                            # then change the code, build again
//   node bench/ab.mjs dist-before dist .bench-data/audit-dense-v1-60mb.jsonl dense 5
//   node bench/ab.mjs dist dist-before .bench-data/audit-dense-v1-60mb.jsonl dense 5
//
// Prints the median CPU ms of each side and speed B/A (> 1: B is faster). `sparse` audits with the example claims,
// `dense` with the dense bench corpus's 48 claims.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { denseClaims } from './audit-formats.bench.mjs';

const [distA, distB, corpus, kind = 'sparse', roundsArg = '5'] = process.argv.slice(2);
if (!distA || !distB || !corpus || (kind !== 'sparse' && kind !== 'dense')) {
  console.error('usage: node bench/ab.mjs <distA> <distB> <corpus> [sparse|dense] [rounds]');
  process.exitCode = 2;
} else {
  const rounds = Number(roundsArg);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`Expected \`rounds\` to be a positive integer, got \`${roundsArg}\``);
  const load = (dist) => import(pathToFileURL(resolve(dist, 'index.js')).href);
  const [A, B] = [await load(distA), await load(distB)];
  const claims = kind === 'dense' ? denseClaims() : resolve(import.meta.dirname ?? '.', '../examples/data/claims.yaml');
  const cpuMs = async (lib) => {
    const before = process.cpuUsage();
    await lib.auditDataset(corpus, { claims, workers: 1 });
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  await cpuMs(A); // warm-up, both sides
  await cpuMs(B);
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which side goes first, so neither always runs on the other's garbage.
    if (i % 2 === 0) {
      a.push(await cpuMs(A));
      b.push(await cpuMs(B));
    } else {
      b.push(await cpuMs(B));
      a.push(await cpuMs(A));
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  console.log(`${kind} ${corpus}: A ${median(a).toFixed(0)} ms, B ${median(b).toFixed(0)} ms, speed B/A ${(median(a) / median(b)).toFixed(3)}`);
}
