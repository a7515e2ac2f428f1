/**
 * A vite preview plugin that serves /data/ from a given folder (a fixture corpus's ingest output)
 * ahead of the build's own static files, so browser tests never see the user's corpus. A file
 * missing from the folder is a 404, never the build's copy.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.yaml': 'text/yaml',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveDataFrom(dir: string): Plugin {
  const root = path.resolve(dir);
  return {
    name: 'placeline-test-data',
    configurePreviewServer(server) {
      server.middlewares.use('/data', (req, res) => {
        const relative = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = path.resolve(root, `.${relative}`);
        const notFound = () => { res.statusCode = 404; res.end('not found'); };
        if (!file.startsWith(root + path.sep)) return notFound();
        readFile(file).then(
          (bytes) => {
            res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
            res.end(bytes);
          },
          notFound,
        );
      });
    },
  };
}
