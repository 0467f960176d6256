/**
 * What a reader on a phone (360 px) meets first: the rank near the top of a unit page, the rank,
 * name and score of a ranking row visible without scrolling sideways, a filter that finds a
 * unit by an older or unaccented name or a press abbreviation, a header menu that opens with the
 * keyboard, breadcrumbs large enough to tap; and on a desktop, the rank on the first screen and
 * the header links in one row.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, discoverTargets, pathOf, visit } from './harness.ts';

const targets = discoverTargets(inject('siteDir'));
const target = (kind: string) => targets.find((t) => t.kind === kind)!;
const suite = browserSuite();
const phone = suite.context({ viewport: { width: 360, height: 800 } });

describe('a reader on a phone', () => {
	it('sees the rank of a unit page on the first screen', async () => {
		const { page, problems } = await visit(await phone(), suite.server().url + pathOf(target('unit page')));
		const rank = page.locator('.result .stat').first();
		await rank.waitFor();
		const box = (await rank.boundingBox())!;
		expect(box.y + box.height, 'bottom of the rank card, px from the top').toBeLessThan(800);
		expect(await rank.innerText()).toMatch(/\d/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('sees rank, name and score of a ranking row without scrolling sideways', async () => {
		const { page, problems } = await visit(
			await phone(),
			suite.server().url + pathOf(target('provinces ranking')),
		);
		const row = page.locator('table[data-ranking] tbody tr[data-name]').first();
		await row.waitFor();
		const cells = [row.locator('td').nth(0), row.locator('th[scope="row"]'), row.locator('td').nth(1)];
		for (const [i, cell] of cells.entries()) {
			const box = (await cell.boundingBox())!;
			expect(box.x, `cell ${i} left edge`).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, `cell ${i} right edge`).toBeLessThanOrEqual(360);
		}
		expect(await cells[2].innerText()).toMatch(/^\d,\d+$/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('finds Huế in the DTI 2024 ranking by its former name typed without accents', async () => {
		const { page, problems } = await visit(await phone(), suite.server().url + '2024/tinh/');
		await page.locator('[data-filter-name]').waitFor({ state: 'visible' });
		// DTI 2024 prints "Huế"; the former name comes from the registry.
		await page.locator('[data-filter-name]').fill('thua thien hue');
		const shown = page.locator('table[data-ranking] tbody tr[data-name]:visible th[scope="row"]');
		await expect.poll(() => shown.allInnerTexts()).toEqual([expect.stringMatching(/Huế/)]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('finds TP. Hồ Chí Minh in the DTI 2024 ranking by the press abbreviation "hcm"', async () => {
		const { page, problems } = await visit(await phone(), suite.server().url + '2024/tinh/');
		await page.locator('[data-filter-name]').waitFor({ state: 'visible' });
		await page.locator('[data-filter-name]').fill('hcm');
		const shown = page.locator('table[data-ranking] tbody tr[data-name]:visible th[scope="row"]');
		await expect.poll(() => shown.allInnerTexts()).toEqual([expect.stringMatching(/Hồ Chí Minh/)]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('opens the header menu with the keyboard, and the header stays within two rows', async () => {
		const { page, problems } = await visit(await phone(), suite.server().url + pathOf(target('home')));
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height, 'header height at 360 px').toBeLessThanOrEqual(120);
		const links = page.locator('.site-nav a:visible');
		expect(await links.count(), 'links shown before the menu is opened').toBe(0);
		const summary = page.locator('.site-nav summary');
		const box = (await summary.boundingBox())!;
		expect(box.height, 'menu button height').toBeGreaterThanOrEqual(24);
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await links.count(), 'links in the open menu').toBeGreaterThanOrEqual(8);
		for (const link of await links.all()) {
			const b = (await link.boundingBox())!;
			expect(b.x + b.width, 'menu link right edge').toBeLessThanOrEqual(360);
			expect(b.height, 'menu link height').toBeGreaterThanOrEqual(24);
		}
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.nav-menu') !== null)).toBe(true);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('the English header (longer site name, language switch) stays within two rows too', async () => {
		const { page, problems } = await visit(await phone(), `${suite.server().url}en/`);
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height, 'header height at 360 px').toBeLessThanOrEqual(120);
		const sw = (await page.locator('.lang-switch').boundingBox())!;
		expect(sw.height, 'language switch height').toBeGreaterThanOrEqual(24);
		expect(sw.x + sw.width, 'language switch right edge').toBeLessThanOrEqual(360);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('taps breadcrumb links at least 24 px tall', async () => {
		const { page, problems } = await visit(await phone(), suite.server().url + pathOf(target('unit page')));
		const crumbs = await page.locator('.crumbs a').all();
		expect(crumbs.length).toBeGreaterThan(0);
		for (const a of crumbs) expect((await a.boundingBox())!.height).toBeGreaterThanOrEqual(24);
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('a reader on a desktop (1280 px)', () => {
	const desktop = suite.context({ viewport: { width: 1280, height: 800 } });

	it('sees the rank of a unit page on the first screen', async () => {
		const { page, problems } = await visit(await desktop(), suite.server().url + pathOf(target('unit page')));
		const rank = page.locator('.result .stat').first();
		await rank.waitFor();
		const box = (await rank.boundingBox())!;
		expect(box.y + box.height, 'bottom of the rank card, px from the top').toBeLessThan(800);
		expect(await rank.innerText()).toMatch(/\d/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('shows every header link in one row without a menu', async () => {
		const { page, problems } = await visit(await desktop(), suite.server().url + pathOf(target('home')));
		expect(await page.locator('.site-nav summary').isVisible()).toBe(false);
		const links = await page.locator('.site-nav a:visible').all();
		expect(links.length).toBeGreaterThanOrEqual(8);
		const tops = new Set(await Promise.all(links.map(async (a) => Math.round((await a.boundingBox())!.y))));
		expect(tops.size, 'rows of header links').toBe(1);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('meets the home page map with the leaders and the last of the table beside it, not under it', async () => {
		const { page, problems } = await visit(await desktop(), suite.server().url + pathOf(target('home')));
		const map = (await page.locator('.map-story svg[data-chart-svg]').first().boundingBox())!;
		const list = (await page.locator('.map-story .top-bottom').boundingBox())!;
		expect(list.x, 'left edge of the lists').toBeGreaterThanOrEqual(map.x + map.width);
		expect(list.y, 'top of the lists').toBeLessThan(map.y + map.height);
		expect(problems).toEqual([]);
		await page.close();
	});
});
