import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../scripts/check-site.ts';
import { buildSearchIndex } from '../../../scripts/search-index.ts';

const work = mkdtempSync(join(tmpdir(), 'dti-search-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cache = join(work, 'cache');
const page = (title: string, body: string) =>
	`<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

describe('the search index step', () => {
	it('indexes the pages of a site folder into pagefind/, leaving tables and charts out', async () => {
		const dir = join(work, 'site');
		mkdirSync(join(dir, 'tinh/da-nang'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), page('Trang chủ', '<p>Chỉ số chuyển đổi số.</p>'));
		writeFileSync(
			join(dir, 'tinh/da-nang/index.html'),
			page(
				'Đà Nẵng',
				'<p hidden>Da Nang</p><table><tr><td>Khánh Hòa</td></tr></table><svg><text>Huế</text></svg>',
			),
		);
		const stats = await buildSearchIndex(dir, cache);
		expect(stats.pages).toBe(2);
		expect(stats.indexBytes).toBeGreaterThan(0);
		expect(stats.bytes).toBeGreaterThan(stats.indexBytes);
		expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
		expect(existsSync(join(dir, 'pagefind/pagefind-ui.js')), 'unused interface removed').toBe(false);
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.vi.page_count).toBe(2);
	}, 60_000);

	it('hands Pagefind only the pages marked for the index, or every page when none is marked', async () => {
		const dir = join(work, 'marked');
		mkdirSync(join(dir, 'nhung/a'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), page('Trang chủ', '<p>Đà Nẵng.</p>'));
		writeFileSync(
			join(dir, 'nhung/a/index.html'),
			'<!doctype html><html lang="vi"><head><title>Nhúng</title></head><body><h1>Đà Nẵng</h1></body></html>',
		);
		expect((await buildSearchIndex(dir, cache)).pages).toBe(1);
		const unmarked = join(work, 'unmarked');
		mkdirSync(join(unmarked, 'a'), { recursive: true });
		for (const f of ['index.html', 'a/index.html'])
			writeFileSync(
				join(unmarked, f),
				'<!doctype html><html lang="vi"><head><title>T</title></head><body><h1>Huế</h1></body></html>',
			);
		expect((await buildSearchIndex(unmarked, cache)).pages).toBe(2);
	}, 60_000);

	it('copies the index from the cache while the indexed pages stay the same, and indexes again when one changes', async () => {
		const dir = join(work, 'cached');
		const cache = join(work, 'cache-own');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), page('Trang chủ', '<p>Đà Nẵng.</p>'));
		const first = await buildSearchIndex(dir, cache);
		expect(first.fromCache).toBe(false);
		const files = (d: string) =>
			listFiles(join(d, 'pagefind')).map((f) => [f, readFileSync(join(d, 'pagefind', f))]);
		const made = files(dir);
		const again = await buildSearchIndex(dir, cache);
		expect(again).toMatchObject({ fromCache: true, pages: first.pages, bytes: first.bytes });
		expect(files(dir)).toEqual(made);
		writeFileSync(join(dir, 'index.html'), page('Trang chủ', '<p>Huế.</p>'));
		expect((await buildSearchIndex(dir, cache)).fromCache).toBe(false);
	}, 60_000);

	it('fails with a clear message when there is nothing to index', async () => {
		const dir = join(work, 'empty');
		mkdirSync(dir, { recursive: true });
		await expect(buildSearchIndex(dir, cache)).rejects.toThrow(/found no page to index/);
	}, 60_000);
});
