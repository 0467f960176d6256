/**
 * The key pages with JavaScript disabled: the content is in the HTML (a heading, text, the full
 * ranking tables), the enhancement-only controls stay hidden, every internal link on the page
 * answers 200 from a plain static server at /dti/, and following a link in the content works.
 */
import { describe, expect, inject, it } from 'vitest';
import { discoverTargets, browserSuite, pathOf, visit } from './harness.ts';

const targets = discoverTargets(inject('siteDir'));
const suite = browserSuite();
const context = suite.context({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

/** Status of every URL, fetched once per run. */
const statusCache = new Map<string, Promise<number>>();
const statusOf = (url: string) => {
	if (!statusCache.has(url))
		statusCache.set(
			url,
			fetch(url, { redirect: 'manual' }).then((r) => r.status),
		);
	return statusCache.get(url)!;
};

describe('without JavaScript', () => {
	it.each(targets)('$kind shows its content and its links work', async (target) => {
		const server = suite.server();
		const { page, status, problems } = await visit(await context(), server.url + pathOf(target));
		try {
			expect(status).toBe(200);
			expect(problems).toEqual([]);
			expect((await page.locator('h1').innerText()).trim()).not.toBe('');
			expect((await page.locator('main').innerText()).trim().length, 'text in <main>').toBeGreaterThan(80);

			if (target.kind.endsWith('ranking')) {
				expect(await page.locator('table tbody tr').count(), 'rows of the ranking table').toBeGreaterThan(3);
				// Filters need the script; without it they must not be offered.
				for (const c of await page.locator('[data-controls]').all()) expect(await c.isVisible()).toBe(false);
			}

			// getAttribute, not .href: links inside inline SVG have an SVGAnimatedString there.
			const hrefs = await page
				.locator('a[href]')
				.evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
			const internal = [...new Set(hrefs.map((h) => h.split('#')[0]))].filter((h) =>
				h.startsWith(server.origin),
			);
			expect(internal.length, 'internal links on the page').toBeGreaterThan(0);
			const broken: string[] = [];
			for (const url of internal) {
				const s = await statusOf(url);
				if (s !== 200) broken.push(`${s} ${url.slice(server.origin.length)}`);
			}
			expect(broken, 'internal links not answering 200').toEqual([]);

			// Follow the first link inside the main content (or the home link of the header).
			const link =
				(await page.locator('main a[href^="/"]').count()) > 0
					? page.locator('main a[href^="/"]').first()
					: page.locator('header a').first();
			const next = (
				await link.evaluate((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href)
			).split('#')[0];
			await link.click();
			await page.waitForURL((u) => u.href.split('#')[0] === next);
			expect((await page.locator('h1').innerText()).trim(), `heading of ${next}`).not.toBe('');
		} finally {
			await page.close();
		}
	});
});
