/** Runs the ingest CLI in-process, capturing what it prints. */
import { runCli } from '../../scripts/ingest.ts';

export interface CliRun { code: number; stdout: string; stderr: string }

export async function runIngestCli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`), cwd });
  return { code, stdout, stderr };
}
