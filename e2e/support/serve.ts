/** A small static host for built sites, as a portal would serve them: `root` under `base` only, anything else a 404. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serve the folder `root()` (read on each request, so it may be set after the server starts) under `base`. */
export function serveUnderBase(root: () => string, base = '/'): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (path.startsWith(base) && !path.includes('..')) {
      const candidate = join(root(), path.slice(base.length));
      file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
    }
    if (file && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404, { 'Content-Type': types['.html'] });
      res.end(existsSync(join(root(), '404.html')) ? readFileSync(join(root(), '404.html')) : 'not found');
    }
  });
}

/** Start `server` on 127.0.0.1 at a free port; resolves to its origin, "http://127.0.0.1:<port>". */
export async function listenLocal(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}
