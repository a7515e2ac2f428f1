/**
 * Vite plugin (build only): writes sw.js into the build output from src/pwa/serviceWorker.ts, with
 * the list of every built file to cache on install and a cache version hashed from their contents.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = path.resolve(import.meta.dirname, '../../src/pwa/serviceWorker.ts');

/** Files in `dir`, relative, "/"-separated, sorted. */
function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'placeline-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      // A failed build writes no index.html: let its own error be the one reported.
      if (!existsSync(path.join(outDir, 'index.html'))) return;
      const files = filesIn(outDir).filter((file) => file !== SERVICE_WORKER_FILE && !file.endsWith('.map') && file !== 'index.html');
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(path.join(outDir, file)));
      hash.update(readFileSync(path.join(outDir, 'index.html')));
      const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, { lang: 'ts' });
      hash.update(code);
      const header = `const PRECACHE_FILES = ${JSON.stringify(files)};\nconst CACHE_VERSION = ${JSON.stringify(hash.digest('hex').slice(0, 16))};\n`;
      writeFileSync(path.join(outDir, SERVICE_WORKER_FILE), header + code);
    },
  };
}
