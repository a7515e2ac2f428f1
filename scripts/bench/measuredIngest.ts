/**
 * `tsx scripts/bench/measuredIngest.ts <usage.json> <corpusDir> <layoutDir> <jobs> [cacheDir]`:
 * one ingest (as the CLI runs it, summary printed), then its wall time, CPU time (user + system,
 * all threads), each thread's CPU time and the peak RSS written to usage.json, for bench:scale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingestCorpus } from '../ingest/run.ts';
import { printSummary } from '../ingest/summary.ts';

const [usageFile, corpusDir, layoutDir, jobs, cacheDir] = process.argv.slice(2);
const started = performance.now();
const outcome = await ingestCorpus({
  corpusDir: resolve(corpusDir), layoutDir: resolve(layoutDir), jobs: Number(jobs), cacheDir: cacheDir ? resolve(cacheDir) : undefined,
});
const wallS = (performance.now() - started) / 1000;
const ok = printSummary({ out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`), cwd: process.cwd() }, outcome, corpusDir, wallS);
const usage = process.resourceUsage();
writeFileSync(usageFile, JSON.stringify({
  code: ok ? 0 : 1,
  wallS,
  cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  threadCpuS: outcome.threadCpu,
  maxRssMB: usage.maxRSS / 1024,
}));
process.exitCode = ok ? 0 : 1;
