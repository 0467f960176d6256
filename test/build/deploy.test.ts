/**
 * The built site's `_headers` (written by scripts/build.ts for the /dti/ build): every file in
 * _astro/ carries a content hash and gets the immutable rule; every page gets exactly the
 * revalidate rule.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../../scripts/deploy-headers.ts';
import { cacheControl, parseHeaders } from '../fixtures/headers.ts';

const dir = inject('siteDir');
const base = inject('siteBase');

describe('dist/_headers', () => {
	const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
	it('gives every hashed asset a year', () => {
		const assets = readdirSync(join(dir, '_astro'));
		expect(assets.length).toBeGreaterThan(0);
		for (const a of assets) {
			expect(a).toMatch(/\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/);
			expect(cacheControl(rules, `${base}_astro/${a}`)).toEqual([IMMUTABLE]);
		}
	});
	it('revalidates every page', () => {
		const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('index.html'),
		);
		expect(pages.length).toBeGreaterThan(100);
		for (const p of pages)
			expect(cacheControl(rules, `${base}${p.replace(/index\.html$/, '')}`)).toEqual([REVALIDATE]);
	});
});

describe('npm run preview', () => {
	it('serves a build at the base it was built with, without BASE_PATH', async () => {
		const env = { ...process.env };
		delete env.BASE_PATH;
		const child = spawn(process.execPath, ['scripts/preview.ts', '--out', dir, '--port', '0'], {
			cwd: resolve(import.meta.dirname, '../..'),
			env,
		});
		try {
			const line = await new Promise<string>((ok, fail) => {
				let text = '';
				child.stdout.on('data', (d) => {
					text += d;
					if (text.includes('\n')) ok(text);
				});
				child.on('exit', () => fail(new Error(`preview exited: ${text}`)));
			});
			expect(line).toContain(`${base} (the base it was built with)`);
			const url = /(http:\/\/localhost:\d+\/\S*)/.exec(line)![1];
			expect(url.endsWith(base)).toBe(true);
			expect((await fetch(url)).status).toBe(200);
			expect((await fetch(`${url}2022/tinh/`)).status).toBe(200);
		} finally {
			child.kill();
		}
	});
});
