/**
 * The `_headers` file written into every build, for hosts that read one (Netlify, Cloudflare
 * Pages): hashed assets under `_astro/` are immutable for a year; pages, the feed and the
 * sitemap are revalidated on every visit, so a correction is live at once. Paths carry the
 * build's base, so the rules stay right when the site is published under a sub-path (the file
 * must then sit at the root of the folder the host publishes; see docs/deploy.md).
 * No path is matched by two Cache-Control rules (both hosts would join the values).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

export function headersFile(base: string): string {
	const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const rules: [string, string[]][] = [
		[`${b}_astro/*`, [`Cache-Control: ${IMMUTABLE}`]],
		[b, [`Cache-Control: ${REVALIDATE}`]],
		[`${b}*/`, [`Cache-Control: ${REVALIDATE}`]],
		[`${b}*.xml`, [`Cache-Control: ${REVALIDATE}`]],
		[`${b}404.html`, [`Cache-Control: ${REVALIDATE}`]],
		[`${b}*`, ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin']],
	];
	return (
		'# Written by scripts/build.ts (see scripts/deploy-headers.ts and docs/deploy.md).\n' +
		rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}`).join('\n')}`).join('\n\n') +
		'\n'
	);
}

/** Post-build step: writes `_headers` into the built folder. */
export function writeHeaders(dir: string, ctx: { base: string }): void {
	writeFileSync(join(dir, '_headers'), headersFile(ctx.base));
}
