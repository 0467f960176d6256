/**
 * Search in Chromium: Pagefind finds units by the names readers type (no diacritics, former
 * names, abbreviations), on the test build at /dti/ and on the same build re-based to the site
 * root (every "/dti/" in its HTML rewritten to "/", the cheapest honest root copy: the index
 * holds site-relative URLs and the search page takes the base from its own HTML). Without
 * JavaScript the search page links to the unit lists.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../scripts/check-site.ts';
import { serveSite, type StaticServer } from '../../scripts/serve.ts';
import { browserSuite } from './harness.ts';

const suite = browserSuite();
const context = suite.context({ viewport: { width: 360, height: 800 } });
const noJs = suite.context({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

/** The test site copied with its base rewritten from /dti/ to /. */
function rebaseToRoot(from: string, base: string, to: string): void {
	rmSync(to, { recursive: true, force: true });
	for (const f of listFiles(from)) {
		const target = join(to, f);
		mkdirSync(dirname(target), { recursive: true });
		if (f.endsWith('.html')) writeFileSync(target, readFileSync(join(from, f), 'utf8').replaceAll(base, '/'));
		else cpSync(join(from, f), target);
	}
}

const rootDir = `${inject('siteDir')}-root`;
let rootServer: StaticServer | undefined;
beforeAll(async () => {
	rebaseToRoot(inject('siteDir'), inject('siteBase'), rootDir);
	rootServer = await serveSite(rootDir, '/');
}, 120_000);
afterAll(async () => {
	await rootServer?.close();
	rmSync(rootDir, { recursive: true, force: true });
});

const CASES = [
	// Đà Nẵng and Hồ Chí Minh are two units each: the city until 30/06/2025 and the merged unit after.
	{ query: 'da nang', unit: 'da-nang(-2025)?', name: 'Đà Nẵng' },
	{ query: 'hcm', unit: 'ho-chi-minh(-2025)?', name: 'Hồ Chí Minh' },
	{ query: 'thua thien hue', unit: 'hue', name: 'Huế' },
];

/**
 * English queries on the English search page (/en/tim-kiem/): Pagefind keeps one index per
 * <html lang>, so the results are English pages, under /en/, with the English names.
 */
const EN_CASES = [
	{ query: 'da nang', unit: 'da-nang(-2025)?', name: 'Da Nang' },
	{ query: 'ho chi minh', unit: 'ho-chi-minh(-2025)?', name: 'Ho Chi Minh City' },
];

/** The search page's words in a locale: its box's label and the status once results are shown. */
const WORDS = {
	vi: { page: 'tim-kiem/', box: /Tìm tỉnh/, done: 'kết quả' },
	en: { page: 'en/tim-kiem/', box: /Search provinces/, done: 'result' },
};

/** Titles and links of the results shown for a query typed into the search page. */
async function search(siteUrl: string, query: string, lang: 'vi' | 'en' = 'vi') {
	const w = WORDS[lang];
	const page = await (await context()).newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('response', (r) => {
		if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
	});
	try {
		await page.goto(`${siteUrl}${w.page}`);
		await page.getByRole('searchbox', { name: w.box }).last().fill(query);
		await page.locator('[data-search-status]', { hasText: w.done }).waitFor({ timeout: 20_000 });
		const results = await page
			.locator('[data-search-results] li a')
			.evaluateAll((as) =>
				as.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
			);
		return {
			results,
			errors,
			status: await page.locator('[data-search-status]').innerText(),
			url: page.url(),
		};
	} finally {
		await page.close();
	}
}

describe.each([
	{ where: 'at /dti/', url: () => suite.server().url, base: '/dti/' },
	{ where: 'at the root', url: () => rootServer!.url, base: '/' },
])('search $where', ({ url, base }) => {
	it.each(CASES)('"$query" finds $name first', async ({ query, unit, name }) => {
		const { results, errors, status, url: pageUrl } = await search(url(), query);
		expect(errors).toEqual([]);
		expect(results.length).toBeGreaterThan(0);
		const first = results[0];
		expect(first.title).toContain(name);
		// The first result is a page of that unit (its profile or one of its editions), under the base.
		expect(first.href).toMatch(new RegExp(`^${base}(\\d{4}/)?tinh/${unit}/$`));
		expect(status).toMatch(/kết quả/);
		// Vietnamese index only: no English page among the results.
		for (const r of results) expect(r.href.startsWith(`${base}en/`), r.href).toBe(false);
		// The query is kept in the address, so a search can be shared.
		expect(new URL(pageUrl).searchParams.get('q')).toBe(query);
	});

	it.each(EN_CASES)('English: "$query" on /en/tim-kiem/ finds the English page of $name first', async (c) => {
		const { results, errors, status } = await search(url(), c.query, 'en');
		expect(errors).toEqual([]);
		expect(results.length).toBeGreaterThan(0);
		expect(results[0].title).toContain(c.name);
		expect(results[0].href).toMatch(new RegExp(`^${base}en/(\\d{4}/)?tinh/${c.unit}/$`));
		// Every result is an English page: the Vietnamese index is not searched from here.
		for (const r of results) expect(r.href.startsWith(`${base}en/`), r.href).toBe(true);
		expect(status).toMatch(/results? for/);
	});

	it('the header box sends a query to the search page, which answers it', async () => {
		const page = await (await context()).newPage();
		try {
			await page.goto(`${url()}tinh/`);
			await page.locator('header').getByRole('searchbox').fill('Sài Gòn');
			await page.locator('header').getByRole('button', { name: 'Tìm' }).click();
			await page.waitForURL((u) => u.pathname === `${base}tim-kiem/`);
			await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
			expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toMatch(
				/tinh\/ho-chi-minh(-2025)?\/$/,
			);
		} finally {
			await page.close();
		}
	});
});

describe('search without JavaScript', () => {
	it('the search page links to the unit lists, and offers no dead box', async () => {
		const page = await (await noJs()).newPage();
		try {
			const server = suite.server();
			await page.goto(`${server.url}tim-kiem/?q=da+nang`);
			expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
			const links = await page
				.locator('[data-search-fallback] a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links).toEqual([`${inject('siteBase')}tinh/`, `${inject('siteBase')}bo/`]);
		} finally {
			await page.close();
		}
	});
});
