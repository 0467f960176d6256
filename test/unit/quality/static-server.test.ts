/**
 * The browser tests' static server (test/e2e/server.ts) answers like a plain static host under
 * a sub-path: index.html for directory URLs, a redirect for a folder without its slash, and
 * 404 for anything missing, outside the base or escaping the folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { route, serveSite, type StaticServer } from '../../../scripts/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'dti-serve-'));
mkdirSync(join(root, '2024/tinh'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
writeFileSync(join(root, '404.html'), '<h1>missing</h1>');
writeFileSync(join(root, '2024/tinh/index.html'), '<h1>tinh</h1>');
writeFileSync(join(root, 'app.css'), 'a{}');

describe('route', () => {
	it.each([
		['/dti/', { file: join(root, 'index.html') }],
		['/dti/2024/tinh/', { file: join(root, '2024/tinh/index.html') }],
		['/dti/app.css', { file: join(root, 'app.css') }],
		['/dti/2024/tinh', { redirect: '/dti/2024/tinh/' }],
		['/dti', { redirect: '/dti/' }],
		['/2024/tinh/', { notFound: true }],
		['/dti/2024/bo/', { notFound: true }],
		['/dti/../secret', { notFound: true }],
		['/dti/%2e%2e/%2e%2e/etc/passwd', { notFound: true }],
		['/dti/%E0%A4%A', { notFound: true }],
	])('%s', (path, expected) => expect(route(root, '/dti/', path)).toEqual(expected));
});

describe('serveSite', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveSite(root, '/dti/');
	});
	afterAll(() => server.close());

	it('serves pages with their type, the 404 page for missing ones, and records the misses', async () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dti\/$/);
		const ok = await fetch(`${server.url}2024/tinh/`);
		expect(ok.status).toBe(200);
		expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await ok.text()).toBe('<h1>tinh</h1>');
		const css = await fetch(`${server.url}app.css`);
		expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
		const missing = await fetch(`${server.origin}/nope/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe('<h1>missing</h1>');
		const redirect = await fetch(`${server.url}2024/tinh`, { redirect: 'manual' });
		expect(redirect.status).toBe(301);
		expect(redirect.headers.get('location')).toBe('/dti/2024/tinh/');
		expect(server.errors).toEqual(['404 /nope/']);
	});
});
