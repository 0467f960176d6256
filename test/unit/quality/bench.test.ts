/**
 * The benchmark's pure parts: the synthetic data it builds from passes the same data check as
 * real data (schemas and invariants), ranks follow totals with real ties, and built pages are
 * sorted into the kinds whose weights the bench reports.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankByTotal, rng, syntheticFiles } from '../../../scripts/bench-data.ts';
import {
	bareProjectFiles,
	median,
	pageKind,
	pagesPerEdition,
	pageWeight,
	pairedRatio,
	astroPartSeconds,
	floorPage,
} from '../../../scripts/bench.ts';
import { listFiles } from '../../../scripts/check-site.ts';
import { checkDataDir } from '../../../src/lib/data/load.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const registry = {
	provinces: read('data/units/provinces.json'),
	ministries: read('data/units/ministries.json'),
};
const template = read('data/editions/2022/edition.json');

describe('synthetic data', () => {
	const files = syntheticFiles(
		{ editions: 3, provinces: 63, ministries: 25, articles: 2 },
		registry,
		template,
	);

	it('writes three files per edition and the asked-for articles', () => {
		expect([...files.keys()].filter((k) => k.startsWith('data/editions/')).length).toBe(9);
		expect([...files.keys()].filter((k) => k.startsWith('content/articles/'))).toEqual([
			'content/articles/bai-tong-hop-2020.mdx',
			'content/articles/bai-tong-hop-2021.mdx',
		]);
		const provinces = JSON.parse(files.get('data/editions/2021/provinces.json')!);
		expect(provinces.rows).toHaveLength(63);
		const ministries = JSON.parse(files.get('data/editions/2021/ministries.json')!);
		expect(ministries.rows).toHaveLength(25);
	});

	it('passes scripts/check.ts like real data', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dti-synth-'));
		for (const p of ['data/units', 'data/sources.json'])
			cpSync(join(ROOT, p), join(dir, p), { recursive: true });
		for (const [path, text] of files) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		expect(checkDataDir(dir)).toEqual([]);
	});

	it('is deterministic for a seed', () => {
		const again = syntheticFiles(
			{ editions: 3, provinces: 63, ministries: 25, articles: 2 },
			registry,
			template,
		);
		expect(again).toEqual(files);
		const other = syntheticFiles({ editions: 3, provinces: 63, ministries: 25, seed: 2 }, registry, template);
		expect(other.get('data/editions/2020/provinces.json')).not.toBe(
			files.get('data/editions/2020/provinces.json'),
		);
	});

	it('refuses more units than the registry has on the table date', () => {
		expect(() => syntheticFiles({ editions: 1, provinces: 64, ministries: 1 }, registry, template)).toThrow(
			/63 provinces/,
		);
	});

	it('ranks by total with competition ranking for ties', () => {
		const ranked = rankByTotal([{ total: 0.5 }, { total: 0.9 }, { total: 0.5 }, { total: 0.1 }]);
		expect(ranked.map((r) => [r.total, r.rank])).toEqual([
			[0.9, 1],
			[0.5, 2],
			[0.5, 2],
			[0.1, 4],
		]);
	});

	it('draws numbers in [0, 1)', () => {
		const r = rng(7);
		const xs = Array.from({ length: 1000 }, r);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
	});
});

describe('pageKind', () => {
	it.each([
		['index.html', 'home'],
		['2024/index.html', 'edition'],
		['2024/tinh/index.html', 'ranking'],
		['2024/tinh-63/index.html', 'ranking'],
		['2024/bo/index.html', 'ranking'],
		['2024/tinh/da-nang/index.html', 'unit-in-edition'],
		['tinh/da-nang/index.html', 'profile'],
		['bo/index.html', 'unit-list'],
		['bai-viet/sau-bai-hoc/index.html', 'article'],
		['bai-viet/index.html', 'article-list'],
		['404.html', 'other'],
		['en/index.html', 'home'],
		['en/2024/tinh/da-nang/index.html', 'unit-in-edition'],
		['en/bai-viet/sau-bai-hoc/index.html', 'article'],
		['en/404.html', 'other'],
	])('%s is %s', (file, kind) => expect(pageKind(file)).toBe(kind));
});

describe('pageWeight', () => {
	it('counts the HTML, linked and inline CSS, and scripts with the modules they import', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dti-weight-'));
		mkdirSync(join(dir, '_astro'));
		writeFileSync(join(dir, '_astro/a.css'), 'a{color:red}');
		writeFileSync(join(dir, '_astro/m.js'), 'import"./dep.js";console.log(1)');
		writeFileSync(join(dir, '_astro/dep.js'), 'export const x=1');
		const html =
			'<html><head><link rel="stylesheet" href="/dti/_astro/a.css"><style>b{}</style></head><body>' +
			'<script type="module" src="/dti/_astro/m.js"></script><script>var y=2</script>' +
			'<script type="application/ld+json">{"a":1}</script></body></html>';
		writeFileSync(join(dir, 'index.html'), html);
		const w = pageWeight(dir, 'index.html', '/dti/');
		// Inline CSS and JS are counted once, as CSS and JS, not again as HTML.
		expect(w.html.raw).toBe(Buffer.byteLength(html) - 'b{}'.length - 'var y=2'.length);
		expect(w.css.raw).toBe('a{color:red}'.length + 'b{}'.length);
		expect(w.js.raw).toBe(
			'import"./dep.js";console.log(1)'.length + 'export const x=1'.length + 'var y=2'.length,
		);
		expect(w.js.gzip).toBeGreaterThan(0);
	});
});

describe('pagesPerEdition and median', () => {
	it('splits pages into those of an edition and those made once', () => {
		const files = [
			'index.html',
			'tinh/a/index.html',
			'2020/index.html',
			'2020/tinh/index.html',
			'2021/index.html',
			'nhung/2020/tinh/ban-do/index.html',
			'2021/tinh/index.html',
			'_astro/x.css',
		];
		expect(pagesPerEdition(files, 2)).toEqual({ perEdition: 3, fixed: 2 });
	});
	it('takes the median per key', () => {
		expect(
			median([
				{ a: 90, b: 100 },
				{ a: 99, b: 100 },
				{ a: 96, b: 98 },
			]),
		).toEqual({ a: 96, b: 100 });
		expect(median([{ a: 90 }, { a: 100 }])).toEqual({ a: 95 });
	});
});

describe('bare Astro baseline', () => {
	it('takes the median of the per-pair ratios, not the ratio of medians', () => {
		// Pairs 4/2, 6/2, 9/1: ratios 2, 3, 9, median 3; the ratio of the medians would be 6/2 = 3,
		// so also 4/1, 6/3, 9/3: ratios 4, 2, 3, median 3, while the ratio of medians is 6/3 = 2.
		expect(pairedRatio([4, 6, 9], [2, 2, 1])).toBe(3);
		expect(pairedRatio([4, 6, 9], [1, 3, 3])).toBe(3);
		expect(pairedRatio([3, 8], [1, 2])).toBe(3.5);
		expect(() => pairedRatio([1, 2], [1])).toThrow(/do not pair up/);
	});
	it('compares the real build without its card and search-index steps, read from the build log', () => {
		const log = [
			'Social cards: 401 cards, 0 rendered, 401 from the cache (node_modules/.cache/dti-cards) in 0.4 s.',
			'Search index: 977 pages, index 225 KB (325 KB with the search scripts) in 1.6 s.',
		].join('\n');
		expect(astroPartSeconds({ seconds: 10, log })).toBeCloseTo(8);
		expect(astroPartSeconds({ seconds: 10, log: 'no post-build lines' })).toBe(10);
	});
	it('generates one dynamic page with the asked-for count and the real URL settings', () => {
		const files = bareProjectFiles(975);
		expect([...files.keys()].sort()).toEqual(['astro.config.mjs', 'package.json', 'src/pages/[n].astro']);
		const config = files.get('astro.config.mjs')!;
		expect(config).toContain("trailingSlash: 'always'");
		expect(config).toContain("format: 'directory'");
		const page = files.get('src/pages/[n].astro')!;
		expect(page).toContain('length: 975');
		expect(page).toContain('getStaticPaths');
		expect(JSON.parse(files.get('package.json')!).type).toBe('module');
	});
});

describe('floor build (--floor)', () => {
	const routes = listFiles(join(ROOT, 'src/pages')).filter((f) => f.endsWith('.astro'));
	const text = (f: string) => readFileSync(join(ROOT, 'src/pages', f), 'utf8');
	it('keeps every route’s getStaticPaths whole and replaces its body with the bare page', () => {
		const withPaths = routes.filter((f) => /\bgetStaticPaths\b/.test(text(f)));
		expect(withPaths.length).toBeGreaterThan(10);
		for (const f of withPaths) {
			const src = text(f);
			const out = floorPage(src, f);
			const start = src.indexOf('export const getStaticPaths');
			const end = src.indexOf('satisfies GetStaticPaths;') + 'satisfies GetStaticPaths;'.length;
			// The frontmatter up to the end of getStaticPaths, byte for byte, then the trivial page.
			expect(out.startsWith(src.slice(0, end)), f).toBe(true);
			expect(out.slice(end)).toMatch(/^\n---\n<html lang="vi">[\s\S]*<\/html>\n$/);
			expect(start).toBeGreaterThan(0);
			// Nothing of the page's own template is left.
			expect(out.slice(end)).not.toMatch(/<[A-Z]/);
		}
	});
	it('keeps the frontmatter of a page without getStaticPaths, and names a route it cannot cut', () => {
		const page = '---\nconst x = 1;\n---\n<Layout>{x}</Layout>\n';
		expect(floorPage(page, 'a.astro')).toMatch(/^---\nconst x = 1;\n---\n<html lang="vi">/);
		expect(() => floorPage('<p>no frontmatter</p>', 'b.astro')).toThrow(/b\.astro: no frontmatter/);
		expect(() =>
			floorPage('---\nexport function getStaticPaths() { return []; }\n---\n<p/>', 'src/pages/c.astro'),
		).toThrow(/src\/pages\/c\.astro: getStaticPaths does not end with/);
	});
});
