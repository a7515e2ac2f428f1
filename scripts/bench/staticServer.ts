/**
 * The built app (dist/) with its data/ directory taken from another folder, on a loopback port:
 * how bench:scale shows the page with a generated dataset without copying a gigabyte into dist/.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

export async function serveApp(distDir: string, dataDir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.includes('..')) { response.writeHead(400).end(); return; }
    const file = path.startsWith('/data/') ? join(dataDir, path.slice('/data/'.length)) : join(distDir, path === '/' ? 'index.html' : path);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) { response.writeHead(404).end('not found'); return; }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': stat.size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
