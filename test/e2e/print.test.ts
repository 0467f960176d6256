/**
 * Print in Chromium: a unit's page in an edition prints as a one- or two-page A4 scorecard whose
 * first page shows the unit, the edition, rank of N, score, change, the main-index chart with
 * its source and the page's address; a ranking prints its table with the header row repeated;
 * navigation, search and buttons do not print. Layout is read under print emulation at the A4
 * content width; the page count comes from the PDF Chromium prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../scripts/check-site.ts';
import { browserSuite, discoverTargets, pathOf, type Target } from './harness.ts';

const targets = discoverTargets(inject('siteDir'));
const rankingTarget = targets.find((t) => t.kind === 'provinces ranking')!;
/** The newest unit page in an edition that has a main-index chart (not every edition publishes indices). */
const unitFile = listFiles(inject('siteDir'))
	.filter((f) => /^\d{4}\/tinh\/[^/]+\/index\.html$/.test(f))
	.sort((a, b) => b.localeCompare(a))
	.find((f) => readFileSync(join(inject('siteDir'), f), 'utf8').includes('data-chart="profile-'));
const unitTarget: Target = {
	kind: 'unit page',
	path: unitFile?.replace(/index\.html$/, ''),
	lookedFor: 'a province page in an edition with a main-index chart',
};
const suite = browserSuite();
/** A4 less the 12 mm margins of src/styles/print.css, at 96 px per inch. */
const MM = 96 / 25.4;
const PAGE = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 24) * MM) };
const context = suite.context({ viewport: PAGE });

/** Pages of a PDF: its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('print', () => {
	it('a unit page prints as a scorecard: rank, score, change, chart, source and address on page 1', async () => {
		const page = await (await context()).newPage();
		try {
			await page.goto(suite.server().url + pathOf(unitTarget));
			await page.emulateMedia({ media: 'print' });
			const bottomOnPage1 = async (selector: string) => {
				const box = await page.locator(selector).first().boundingBox();
				expect(box, `${selector} is laid out`).not.toBeNull();
				return box!.y + box!.height <= PAGE.height;
			};
			const stats = page.locator('main .stats').first();
			const statText = await stats.innerText();
			expect(statText).toMatch(/Hạng\s+\d+\s*\/\s*\d+/);
			expect(statText).toMatch(/Điểm DTI\s+\d,\d{2,4}/);
			expect(statText).toMatch(/Thay đổi so với kỳ trước/);
			expect(await bottomOnPage1('main .stats'), 'rank, score and change on page 1').toBe(true);
			expect(await bottomOnPage1('main h1'), 'unit and edition on page 1').toBe(true);
			expect(await page.locator('main h1').innerText()).toMatch(/DTI \d{4}/);
			expect(
				await bottomOnPage1('main dti-chart .chart-source'),
				'main-index chart and its source on page 1',
			).toBe(true);
			expect(await page.locator('main dti-chart .chart-title').first().innerText()).toMatch(
				/theo từng chỉ số/,
			);
			const url = page.locator('.print-url');
			expect(await url.isVisible()).toBe(true);
			expect(await url.innerText()).toContain(
				`https://dti.example.org${inject('siteBase')}${pathOf(unitTarget)}`,
			);
			expect(await bottomOnPage1('.print-url')).toBe(true);
			for (const sel of ['header nav', '.site-search', '.crumbs', 'main nav', 'details.chart-data'])
				for (const el of await page.locator(sel).all())
					expect(await el.isVisible(), `${sel} hidden in print`).toBe(false);
			const pdf = await page.pdf({ preferCSSPageSize: true });
			expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
			expect(pdfPages(pdf), 'pages of the printed scorecard').toBeLessThanOrEqual(2);
		} finally {
			await page.close();
		}
	});

	it('the address line is for print only', async () => {
		const page = await (await context()).newPage();
		try {
			await page.goto(suite.server().url + pathOf(unitTarget));
			expect(await page.locator('.print-url').isVisible()).toBe(false);
		} finally {
			await page.close();
		}
	});

	it('a ranking prints as its table: header row repeated on each page, charts and controls hidden', async () => {
		const page = await (await context()).newPage();
		try {
			await page.goto(suite.server().url + pathOf(rankingTarget));
			await page.emulateMedia({ media: 'print' });
			const table = page.locator('table[data-ranking]').first();
			expect(await table.isVisible()).toBe(true);
			expect(await table.locator('thead').evaluate((t) => getComputedStyle(t).display)).toBe(
				'table-header-group',
			);
			// The header cells print their text (the sort buttons inside them print as plain text).
			expect((await table.locator('thead').innerText()).trim()).toMatch(/Hạng/);
			expect(await table.locator('thead th').first().isVisible()).toBe(true);
			for (const sel of ['header nav', '.site-search', '[data-controls]', 'main dti-chart'])
				for (const el of await page.locator(sel).all())
					expect(await el.isVisible(), `${sel} hidden in print`).toBe(false);
			// Rows are not cut across pages.
			expect(
				await table
					.locator('tbody tr')
					.first()
					.evaluate((r) => getComputedStyle(r).breakInside),
			).toBe('avoid');
			const pdf = await page.pdf({ preferCSSPageSize: true });
			expect(pdfPages(pdf)).toBeGreaterThan(1);
		} finally {
			await page.close();
		}
	});
});
