/**
 * The bench's page-weight table: built pages are sorted into the page types readers meet, the
 * heaviest page of each type is reported, and types over the budget are flagged.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageType, weightTable, weightsByType } from '../../../scripts/bench-weight.ts';

describe('pageType', () => {
	it.each([
		['index.html', 'home'],
		['2024/index.html', 'edition overview'],
		['2024/tinh/index.html', 'ranking: provinces (34)'],
		['2024/tinh-63/index.html', 'ranking: provinces (63)'],
		['2024/bo/index.html', 'ranking: ministries'],
		['2024/tinh/da-nang/index.html', 'unit page'],
		['2024/tinh-63/da-nang/index.html', 'unit page'],
		['tinh/da-nang/index.html', 'profile'],
		['bai-viet/sau-bai-hoc/index.html', 'article'],
		['phuong-phap/index.html', 'methodology'],
		['nguon/index.html', 'sources'],
		['du-lieu/index.html', 'data page'],
		['so-sanh/index.html', 'compare'],
		['tim-kiem/index.html', 'search'],
		['nhung/2024/tinh/ban-do/index.html', 'map embed'],
		['nhung/2024/tinh/da-nang/ho-so/index.html', 'other embed'],
		['404.html', '404'],
		['en/2024/tinh/index.html', 'ranking: provinces (34) (en)'],
		['en/index.html', 'home (en)'],
	])('%s is %s', (file, type) => expect(pageType(file)).toBe(type));
	it('leaves out files that are not pages', () => {
		expect(pageType('_astro/x.css')).toBeUndefined();
		expect(pageType('du-lieu/2024/tinh.csv')).toBeUndefined();
	});
});

describe('weightsByType', () => {
	it('reports the heaviest page of each type and flags the types over the budget', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dti-weight-types-'));
		const page = (file: string, body: string) => {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), `<html><body>${body}</body></html>`);
		};
		// Random text barely compresses: its gzip size is close to its length.
		const noise = (n: number) =>
			Array.from({ length: n }, (_, i) => ((i * 7919) % 9973).toString(36)).join(' ');
		page('2024/tinh/a/index.html', 'small');
		page('2024/tinh/b/index.html', noise(20_000));
		page('index.html', 'home');
		const rows = weightsByType(dir, '/');
		expect(rows.map((r) => r.type)).toEqual(['home', 'unit page']);
		const unit = rows[1];
		expect(unit.pages).toBe(2);
		expect(unit.heaviest.file).toBe('2024/tinh/b/index.html');
		const table = weightTable(rows, 10 * 1024);
		expect(table).toHaveLength(3);
		expect(table[2]).toMatch(/unit page .*\/2024\/tinh\/b\/ {2}OVER 10\.0 KB$/);
		expect(table[1]).not.toMatch(/OVER/);
	});
});
