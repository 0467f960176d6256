/**
 * <dti-ranking-table> on the newest provinces ranking, driven only by the keyboard: the header
 * sort buttons are reachable with Tab, Enter/Space sort by name (Vietnamese collation) and by a
 * score column (numeric, missing values last) and set aria-sort, typing filters by name and the
 * region select filters by region, with the visible count announced.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { discoverTargets, browserSuite, pathOf, visit } from './harness.ts';

const ranking = discoverTargets(inject('siteDir')).find((t) => t.kind === 'provinces ranking')!;
const suite = browserSuite();
const context = suite.context({ viewport: { width: 1280, height: 900 } });
let page!: Page;
let problems: string[];

/** Opens the ranking page afresh (in the test, so a missing Chromium fails each test). */
async function open(): Promise<Page> {
	await (page as Page | undefined)?.close();
	const v = await visit(await context(), suite.server().url + pathOf(ranking));
	page = v.page;
	problems = v.problems;
	await page.locator('dti-ranking-table th[data-sort] button').first().waitFor();
	return page;
}

const TABLE = 'dti-ranking-table table[data-ranking]';

/** data-value of column `col` for the visible rows of the first ranking table, in order. */
const columnValues = (col: number) =>
	page
		.locator(TABLE)
		.first()
		.evaluate((t, c) => {
			const rows = [...(t as HTMLTableElement).tBodies[0].rows].filter(
				(r) => r.dataset.name !== undefined && !r.hidden,
			);
			return rows.map((r) => r.cells[c]?.dataset.value ?? '');
		}, col);

const headerIndex = (predicate: string) =>
	page
		.locator(TABLE)
		.first()
		.evaluate((t, p) => {
			const ths = [...t.querySelectorAll('thead th')];
			return ths.findIndex((th) => th.matches(p));
		}, predicate);

const ariaSort = (col: number) =>
	page.locator(`${TABLE} >> nth=0`).locator('thead th').nth(col).getAttribute('aria-sort');

/** Focuses a column's sort button from the filter box with Tab only; returns presses used. */
async function tabToHeader(col: number): Promise<number> {
	await page.locator('[data-filter-name]').focus();
	for (let presses = 1; presses <= 40; presses++) {
		await page.keyboard.press('Tab');
		const here = await page.evaluate(() => {
			const el = document.activeElement;
			const th = el?.closest('thead th');
			return el?.tagName === 'BUTTON' && th ? [...th.parentElement!.children].indexOf(th) : -1;
		});
		if (here === col) return presses;
	}
	throw new Error(`The sort button of column ${col} was not reached with Tab from the filter box.`);
}

const visibleRows = () => page.locator(`${TABLE} tbody tr[data-name]:visible`).count();
const allRows = () => page.locator(`${TABLE} tbody tr[data-name]`).count();

describe('ranking table by keyboard', () => {
	it('makes every sortable header a real button reachable with Tab', async () => {
		await open();
		const sortable = await page.locator(`${TABLE} >> nth=0`).locator('thead th[data-sort]').count();
		expect(sortable).toBeGreaterThan(2);
		expect(
			await page.locator(`${TABLE} >> nth=0`).locator('thead th[data-sort] > button[type="button"]').count(),
		).toBe(sortable);
		expect(await tabToHeader(1)).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('sorts by name with Enter (Vietnamese order) and reverses with Space', async () => {
		await open();
		const col = await headerIndex('[data-sort="text"]');
		expect(col).toBeGreaterThan(0);
		await tabToHeader(col);
		await page.keyboard.press('Enter');
		expect(await ariaSort(col)).toBe('ascending');
		expect(await ariaSort(0)).toBe('none');
		const asc = await columnValues(col);
		const expected = await page.evaluate((v) => {
			const c = new Intl.Collator('vi');
			return [...v].sort((a, b) => c.compare(a, b));
		}, asc);
		expect(asc).toEqual(expected);
		await page.keyboard.press('Space');
		expect(await ariaSort(col)).toBe('descending');
		expect(await columnValues(col)).toEqual([...expected].reverse());
	});

	it('sorts a score column best first on the first press, numerically, missing values last', async () => {
		await open();
		const col = await headerIndex('[data-sort="num"]:not(:first-child)');
		expect(col).toBeGreaterThan(0);
		// The score sits right after the name, so a phone shows rank, name and score together.
		expect(col).toBe(2);
		await tabToHeader(col);
		for (const [key, order] of [
			['Enter', 'descending'],
			['Enter', 'ascending'],
		] as const) {
			await page.keyboard.press(key);
			expect(await ariaSort(col)).toBe(order);
			const values = await columnValues(col);
			const present = values.filter((v) => v !== '').map(Number);
			expect(present.length).toBeGreaterThan(3);
			expect(
				values.slice(present.length).every((v) => v === ''),
				'missing values come last',
			).toBe(true);
			const sorted = [...present].sort((a, b) => (order === 'ascending' ? a - b : b - a));
			expect(present).toEqual(sorted);
		}
	});

	it('filters by name as you type and shows everything again when cleared', async () => {
		await open();
		const total = await allRows();
		const names = await page.locator(`${TABLE} tbody tr[data-name] th[scope="row"]`).allInnerTexts();
		const name = names[Math.floor(names.length / 2)].trim();
		await page.locator('[data-filter-name]').focus();
		await page.keyboard.type(name);
		const shown = await visibleRows();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(total);
		await expect
			.poll(() => page.locator(`${TABLE} tbody tr[data-name]:visible th[scope="row"]`).allInnerTexts())
			.toContain(name);
		expect(await page.locator('dti-ranking-table [data-count]').first().innerText()).toContain(String(shown));
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Backspace');
		expect(await visibleRows()).toBe(total);
		expect(problems).toEqual([]);
	});

	it('filters by region with the arrow keys on the region select', async () => {
		await open();
		const select = page.locator('dti-ranking-table select[data-filter-region]').first();
		expect(await select.count(), 'a region <select> on the provinces ranking').toBe(1);
		const total = await allRows();
		await select.focus();
		await page.keyboard.press('ArrowDown');
		const region = await select.inputValue();
		expect(region).not.toBe('');
		const regions = await page
			.locator(`${TABLE} tbody tr[data-name]:visible`)
			.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.region));
		expect(regions.length).toBeGreaterThan(0);
		expect(regions.length).toBeLessThan(total);
		expect(new Set(regions)).toEqual(new Set([region]));
		await page.keyboard.press('ArrowUp');
		expect(await select.inputValue()).toBe('');
		expect(await visibleRows()).toBe(total);
	});
});
