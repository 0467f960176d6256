/**
 * The compare page /so-sanh/ in Chromium: driven by the keyboard only, the labelled selects pick
 * units, the URL takes the selection, the live region says what is compared, the tables show
 * one column per unit; opening the URL elsewhere restores the same selection and tables; without
 * JavaScript the explanation and the profile links are there and the controls are not.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, seriousAxeViolations, visit } from './harness.ts';

const suite = browserSuite();
const context = suite.context({ viewport: { width: 1280, height: 900 } });
const noJs = suite.context({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

const live = (page: Page) => page.locator('[data-live]').innerText();
const headers = (page: Page) => page.locator('#cmp-year ~ .table-scroll thead th').allInnerTexts();

/** Presses Tab until the focused element matches `selector` (at most 30 presses). */
async function tabTo(page: Page, selector: string): Promise<void> {
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe('compare page', () => {
	it('works by keyboard, writes the selection into the URL, and the URL round-trips', async () => {
		const server = suite.server();
		const { page, problems } = await visit(await context(), `${server.url}so-sanh/`);
		await page
			.locator('select[name="dv"] option[value]:not([value=""])')
			.first()
			.waitFor({ state: 'attached' });
		expect(await page.locator('[data-controls]').isVisible()).toBe(true);
		expect(await page.locator('[data-nojs]').isVisible()).toBe(false);
		expect(await live(page)).toMatch(/ít nhất hai đơn vị/);
		// Every control has a visible label as its accessible name.
		for (const name of ['Cấp', 'Đơn vị 1', 'Đơn vị 2', 'Đơn vị 3', 'Đơn vị 4', 'Kỳ công bố'])
			expect(await page.getByLabel(name, { exact: true }).count(), name).toBe(1);

		await page.locator('h1').click();
		await tabTo(page, 'select[name="dv"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const chosen = await page
			.locator('select[name="dv"]')
			.evaluateAll((els) => (els as HTMLSelectElement[]).map((s) => s.value).filter(Boolean));
		expect(chosen.length).toBe(2);
		expect(chosen[0]).not.toBe(chosen[1]);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/dti/so-sanh/');
		expect(url.searchParams.get('cap')).toBe('tinh');
		expect(url.searchParams.get('dv')).toBe(chosen.join(','));
		const names = await page
			.locator('select[name="dv"]')
			.evaluateAll((els) =>
				(els as HTMLSelectElement[]).filter((s) => s.value).map((s) => s.selectedOptions[0].text),
			);
		expect(await live(page)).toContain(names.join(', '));
		expect((await headers(page)).slice(1)).toEqual(names);
		const year = await page.locator('select[name="ky"]').inputValue();

		// A third unit and another edition, still by keyboard.
		await page.locator('select[name="dv"]').nth(2).focus();
		await page.keyboard.press('End');
		await tabTo(page, 'select[name="ky"]');
		await page.keyboard.press('End');
		const year2 = await page.locator('select[name="ky"]').inputValue();
		expect(year2).not.toBe(year);
		const shared = page.url();
		expect(new URL(shared).searchParams.get('ky')).toBe(year2);
		expect(new URL(shared).searchParams.get('dv')!.split(',').length).toBe(3);
		const tables = await page.locator('[data-results]').innerText();
		expect(await page.locator('[data-share] a').getAttribute('href')).toBe(shared);
		expect(await seriousAxeViolations(page)).toEqual([]);

		// Round trip: the shared URL restores the same selection and the same tables.
		const again = await visit(await context(), shared);
		await again.page.locator('[data-results] table').first().waitFor();
		expect(await again.page.locator('select[name="ky"]').inputValue()).toBe(year2);
		expect(await again.page.locator('[data-results]').innerText()).toBe(tables);
		expect(again.page.url()).toBe(shared);
		expect([...problems, ...again.problems]).toEqual([]);
		await again.page.close();
		await page.close();
	});

	it('switches level to ministries and clears the units', async () => {
		const server = suite.server();
		const { page, problems } = await visit(
			await context(),
			`${server.url}so-sanh/?cap=tinh&dv=da-nang,ha-noi`,
		);
		await page.locator('[data-results] table').first().waitFor();
		await page.locator('select[name="cap"]').focus();
		await page.keyboard.press('ArrowDown');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('cap') === 'bo');
		expect(new URL(page.url()).searchParams.get('dv')).toBeNull();
		await page.waitForFunction(() =>
			[...document.querySelectorAll('select[name="dv"] option')].some((o) =>
				(o as HTMLOptionElement).value.startsWith('bo-'),
			),
		);
		expect(await page.locator('[data-results] table').count()).toBe(0);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('without JavaScript explains how to compare and links the unit profiles', async () => {
		const server = suite.server();
		const { page, problems } = await visit(await noJs(), `${server.url}so-sanh/?cap=tinh&dv=da-nang,ha-noi`);
		expect(await page.locator('[data-controls]').isVisible()).toBe(false);
		expect(await page.locator('[data-nojs]').isVisible()).toBe(true);
		expect(await page.locator('[data-nojs]').innerText()).toMatch(/hồ sơ/i);
		const links = await page.locator('[data-nojs] a[href^="/dti/tinh/"]').count();
		expect(links).toBeGreaterThan(30);
		expect(problems).toEqual([]);
		await page.close();
	});
});
