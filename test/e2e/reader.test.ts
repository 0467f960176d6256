/**
 * What a reader on a phone (360 px) meets first: the rank near the top of a unit page, the rank,
 * name and score of a ranking row visible without scrolling sideways, and a filter that finds a
 * unit by an older or unaccented name.
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
});
