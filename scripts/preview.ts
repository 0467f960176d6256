/**
 * Serves a built site locally at the base path it was built with (recorded by scripts/build.ts),
 * as a static host would: `BASE_PATH=/dti/ npm run build && npm run preview` → http://localhost:4321/dti/.
 *
 *   npm run preview                          dist/ on port 4321
 *   npm run preview -- --out some/dir --port 8080
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildRecord } from './build-record.ts';
import { ROOT } from './lib.ts';
import { serveSite } from './serve.ts';

let values;
try {
	({ values } = parseArgs({
		options: { out: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } },
	}));
} catch (e) {
	console.error(`Preview not started: ${(e as Error).message.split('\n')[0]} (options: --out DIR, --port N)`);
	process.exit(2);
}
const dir = resolve(ROOT, values.out);
if (!existsSync(resolve(dir, 'index.html'))) {
	console.error(`Preview not started: ${values.out}/ has no built site; run "npm run build" first.`);
	process.exit(1);
}
const recorded = readBuildRecord(dir);
const raw = recorded?.base ?? process.env.BASE_PATH ?? '/';
const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
try {
	const server = await serveSite(dir, base, Number(values.port));
	const url = server.url.replace('127.0.0.1', 'localhost');
	console.log(
		`Serving ${values.out}/ at ${url}${recorded ? ` (the base it was built with)` : ''}. Ctrl+C to stop.`,
	);
} catch (e) {
	const err = e as NodeJS.ErrnoException;
	console.error(
		`Preview not started: ${err.code === 'EADDRINUSE' ? `port ${values.port} is in use; choose another with --port` : err.message}`,
	);
	process.exit(1);
}
