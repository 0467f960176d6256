/**
 * A merged unit's profile as a reader meets it: the latest result (rank of 34, score) on the
 * first screen at 360 and 1280 px, before the history; the history's ranks of 63 and of 34 in
 * separate, labelled panels; the former units' chart with their scores and the mean.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite, visit } from './harness.ts';

const suite = browserSuite();
const PROFILE = 'tinh/bac-ninh-2025/';

describe.each([
	[360, 800],
	[1280, 800],
])('a merged unit’s profile at %i px', (width, height) => {
	const context = suite.context({ viewport: { width, height } });
	it('opens with the latest result, rank of 34 and score, above the history', async () => {
		const { page, problems } = await visit(await context(), suite.server().url + PROFILE);
		const rank = page.locator('.latest .stat').first();
		await rank.waitFor();
		const box = (await rank.boundingBox())!;
		expect(box.y + box.height, 'bottom of the rank card, px from the top').toBeLessThan(height);
		expect((await rank.innerText()).replace(/\s+/g, '')).toContain('11/34');
		const history = (await page.locator('[data-chart="history-bac-ninh-2025"]').boundingBox())!;
		expect(history.y).toBeGreaterThan(box.y);
		expect(problems).toEqual([]);
		await page.close();
	});
	it('names the unit as printed, with no search alias (unaccented form, abbreviation) in sight', async () => {
		const { page, problems } = await visit(await context(), suite.server().url + 'tinh/da-nang/');
		await page.locator('h1').waitFor();
		// What is rendered, visually hidden text (screen-reader words) aside.
		const shown = await page.evaluate(() => {
			const out: string[] = [];
			const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walk.nextNode(); n; n = walk.nextNode()) {
				const el = n.parentElement!;
				if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
				out.push(n.textContent ?? '');
			}
			return out.join(' ');
		});
		expect(shown).toContain('Đà Nẵng');
		expect(shown).not.toMatch(/\bDa Nang\b|\bThanh pho\b|TP\. Da Nang/);
		// The aliases are still in the page for the search index.
		expect(await page.locator('[data-pagefind-weight]').first().textContent()).toContain('Da Nang');
		expect(problems).toEqual([]);
		await page.close();
	});
	it('keeps ranks of 63 and of 34 on separate panels and shows the former units’ chart', async () => {
		const { page, problems } = await visit(await context(), suite.server().url + PROFILE);
		const svg = page.locator('[data-chart="history-bac-ninh-2025"] svg:visible').first();
		const text = await svg.innerHTML();
		expect(text).toMatch(/63 tỉnh, thành phố/);
		expect(text).toMatch(/34 tỉnh, thành phố/);
		const merger = page.locator('[data-chart="merger-bac-ninh-2025"] svg:visible').first();
		await merger.waitFor();
		const labels = (await merger.locator('text').allTextContents()).join(' ');
		for (const v of ['0,7583', '0,7364', '0,7474', '13/63', '11/34']) expect(labels).toContain(v);
		expect(problems).toEqual([]);
		await page.close();
	});
});
