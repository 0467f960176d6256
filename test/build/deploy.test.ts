/**
 * The built site's `_headers` (written by scripts/build.ts for the /dti/ build): every file in
 * _astro/ carries a content hash and gets the immutable rule; every page gets exactly the
 * revalidate rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
