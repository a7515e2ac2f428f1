/**
 * `tsx scripts/bench/measuredIngest.ts <usage.json> <ingest args…>`: the ingest CLI, then this
 * process's wall time, CPU time (user + system, all threads: the workers are threads) and peak RSS
 * written to usage.json, for bench:scale.
 */
import { writeFileSync } from 'node:fs';
import { runCli } from '../ingest.ts';

const [usageFile, ...args] = process.argv.slice(2);
const started = performance.now();
const code = await runCli(args, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
});
const usage = process.resourceUsage();
writeFileSync(usageFile, JSON.stringify({
  code,
  wallS: (performance.now() - started) / 1000,
  cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  maxRssMB: usage.maxRSS / 1024,
}));
process.exitCode = code;
