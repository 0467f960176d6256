/**
 * A tiny static server for a built site, as a plain static host would serve it under a
 * sub-path: `/dti/x/` → `x/index.html`, `/dti/x` (a folder) → 301 to `/dti/x/`, a missing file or
 * any path outside the base → 404 with the site's `404.html`. Listens on 127.0.0.1 only.
 * It records every request answered with an error, so tests can assert nothing was missing.
 * Text responses are gzip-compressed when the client accepts it, as any CDN or static host does,
 * so page-weight and Lighthouse figures reflect real transfer sizes.
 * Used by the browser tests and `npm run bench`; also a preview for publishers:
 *
 *   node scripts/serve.ts .build-tmp/site --base /dti/ --port 4321
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
	'.wasm': 'application/wasm',
};

export interface StaticServer {
	/** Origin, e.g. http://127.0.0.1:41234 */
	origin: string;
	/** Origin + base, e.g. http://127.0.0.1:41234/dti/ */
	url: string;
	/** Requests answered with a status ≥ 400, as "404 /dti/x/". */
	errors: string[];
	close(): Promise<void>;
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

function isDir(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** What the server answers for a URL path: a file to send, a redirect, or not found. */
export function route(
	root: string,
	base: string,
	pathname: string,
): { file: string } | { redirect: string } | { notFound: true } {
	let p: string;
	try {
		p = decodeURIComponent(pathname);
	} catch {
		return { notFound: true };
	}
	if (`${p}/` === base) return { redirect: base };
	if (!p.startsWith(base) || p.includes('\0')) return { notFound: true };
	const rel = normalize(p.slice(base.length));
	if (rel.startsWith('..') || rel.split(sep).includes('..')) return { notFound: true };
	const full = resolve(root, rel);
	if (full !== root && !full.startsWith(root + sep)) return { notFound: true };
	if (p.endsWith('/'))
		return isFile(join(full, 'index.html')) ? { file: join(full, 'index.html') } : { notFound: true };
	if (isFile(full)) return { file: full };
	if (isDir(full)) return { redirect: `${p}/` };
	return { notFound: true };
}

/** Serves `dir` at `base` ("/dti/") on 127.0.0.1, on `port` (default: a free one). */
export async function serveSite(dir: string, base: string, port = 0): Promise<StaticServer> {
	const root = resolve(dir);
	const errors: string[] = [];
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const r = route(root, base, url.pathname);
		if ('redirect' in r) {
			res.writeHead(301, { location: r.redirect + url.search });
			res.end();
			return;
		}
		if ('notFound' in r) {
			errors.push(`404 ${url.pathname}`);
			const page = join(root, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			if (isFile(page) && req.method !== 'HEAD') createReadStream(page).pipe(res);
			else res.end('Not found');
			return;
		}
		const type = TYPES[extname(r.file).toLowerCase()] ?? 'application/octet-stream';
		const gzip =
			/^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(200, {
			'content-type': type,
			'cache-control': 'no-cache',
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		if (req.method === 'HEAD') res.end();
		else if (gzip) createReadStream(r.file).pipe(createGzip()).pipe(res);
		else createReadStream(r.file).pipe(res);
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok());
	});
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: `${origin}${base}`,
		errors,
		close: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			}),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { base: { type: 'string', default: '/' }, port: { type: 'string', default: '4321' } },
	});
	const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const server = await serveSite(positionals[0] ?? 'dist', base, Number(values.port));
	console.log(`Serving ${positionals[0] ?? 'dist'} at ${server.url} (Ctrl+C to stop)`);
}
