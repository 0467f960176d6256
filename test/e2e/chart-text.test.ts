/**
 * Charts a phone can read: on a ranking page, a unit page, a profile, the home map, an article
 * with an embedded chart and an embed page, at 360 and 1280 px, the smallest chart text renders
 * at 12 CSS px or more (computed font size × the SVG's scale on screen), and on a desktop each
 * chart uses its column: the drawn layout fills it, the map keeps its readable width with its
 * notes and table beside it, or, where the page sets it beside what it shows (.map-story: the
 * ranked bars of a ranking page, the leaders and last units on the home page), with those beside it
 * and the bars in their narrow layout filling their half.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, discoverTargets, pathOf, visit } from './harness.ts';

const siteDir = inject('siteDir');
const targets = discoverTargets(siteDir);
const at = (kind: string) => pathOf(targets.find((t) => t.kind === kind)!);
/** First page below a folder whose HTML draws a chart (an article with an MDX chart, an embed page). */
function firstWithChart(dir: string, marker = 'data-chart-svg'): string {
	const walk = (rel: string): string | undefined => {
		const file = join(siteDir, rel, 'index.html');
		if (rel !== dir && existsSync(file) && readFileSync(file, 'utf8').includes(marker)) return `${rel}/`;
		const sub = existsSync(join(siteDir, rel))
			? readdirSync(join(siteDir, rel), { withFileTypes: true }).filter((e) => e.isDirectory())
			: [];
		for (const e of sub.sort((a, b) => a.name.localeCompare(b.name))) {
			const hit = walk(`${rel}/${e.name}`);
			if (hit) return hit;
		}
		return undefined;
	};
	const hit = walk(dir);
	if (!hit) throw new Error(`No page under ${dir}/ of the build has ${marker}.`);
	return hit;
}

const pages: [string, string][] = [
	['ranking page', at('provinces ranking')],
	['unit page', at('unit page')],
	['profile', at('profile')],
	['home map', at('home')],
	['article with a chart', firstWithChart('bai-viet')],
	['embed page', firstWithChart('nhung')],
	['map embed page', firstWithChart('nhung', 'data-chart="map-')],
	['rank change embed page', firstWithChart('nhung', 'data-chart="rank-change-')],
];

interface Measured {
	chart: string;
	variant: string;
	/** Smallest rendered text of the shown layout, px, and which text. */
	min: number;
	text: string;
	svgWidth: number;
	chartWidth: number;
	/** Left edge of the notes/table/source column, relative to the SVG's right edge. */
	asideGap: number;
	/** In a .map-story pair: the left edge of the other half, relative to the SVG's right edge. */
	story?: number;
}

/** Every chart of the page: the layout shown, its smallest text on screen and its widths. */
function measure(page: Page): Promise<Measured[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('dti-chart')].map((chart) => {
			const shown = [...chart.querySelectorAll<SVGSVGElement>('svg[data-chart-svg]')].filter(
				(s) => s.getBoundingClientRect().width > 0,
			);
			let min = Infinity;
			let text = '';
			for (const svg of shown)
				for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
					if (!t.textContent?.trim() || t.getBoundingClientRect().width === 0) continue;
					const m = t.getScreenCTM()!;
					const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
					if (px < min) [min, text] = [px, t.textContent.trim()];
				}
			const svg = shown[0]?.getBoundingClientRect();
			const aside = chart.querySelector('.chart-aside')!.getBoundingClientRect();
			const pair = chart.closest('.map-story');
			const other =
				pair && [...pair.children].find((el) => !el.contains(chart) && el.getBoundingClientRect().width > 0);
			return {
				chart: chart.dataset.chart ?? '',
				variant: shown.map((s) => s.dataset.chartSvg).join(','),
				min,
				text,
				svgWidth: svg?.width ?? 0,
				chartWidth: chart.getBoundingClientRect().width,
				asideGap: svg ? aside.left - svg.right : 0,
				...(pair ? { story: other && svg ? other.getBoundingClientRect().left - svg.right : -1 } : {}),
			};
		}),
	);
}

const suite = browserSuite();

describe.each([360, 1280])('chart text at %i px', (width) => {
	const context = suite.context({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });

	it.each(pages)('%s (%s): every chart shows one layout, its text ≥ 12 px', async (_, path) => {
		const { page, problems } = await visit(await context(), suite.server().url + path);
		const charts = await measure(page);
		expect(charts.length, 'charts on the page').toBeGreaterThan(0);
		for (const c of charts) {
			expect(c.variant, `${c.chart}: the layouts shown`).toMatch(/^(narrow|wide|fluid)$/);
			expect(c.min, `${c.chart} (${c.variant}): smallest text "${c.text}", px`).toBeGreaterThanOrEqual(12);
			expect(c.svgWidth, `${c.chart}: SVG within its column`).toBeLessThanOrEqual(c.chartWidth + 0.5);
		}
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('charts on a desktop (1280 px)', () => {
	const context = suite.context({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

	it.each(pages)('%s (%s): each chart uses its column', async (_, path) => {
		const { page } = await visit(await context(), suite.server().url + path);
		const column = await page.evaluate(() => {
			const main = document.querySelector('main .wrap, main')!;
			const cs = getComputedStyle(main);
			return main.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
		});
		for (const c of await measure(page)) {
			if (c.story !== undefined) {
				// Beside what it shows: the map at its readable width, the other half right of it.
				if (c.variant === 'fluid') {
					expect(c.svgWidth, `${c.chart}: map width`).toBeGreaterThanOrEqual(599);
					expect(c.story, `${c.chart}: its companion beside the map`).toBeGreaterThan(0);
				} else {
					expect(c.svgWidth / c.chartWidth, `${c.chart}: share of its half drawn`).toBeGreaterThan(0.98);
				}
				continue;
			}
			if (c.variant === 'fluid') {
				// The map keeps a readable size (600 px) and puts its notes, table and source beside it.
				expect(c.svgWidth, `${c.chart}: map width`).toBeGreaterThanOrEqual(599);
				expect(c.asideGap, `${c.chart}: notes beside the map`).toBeGreaterThan(0);
				continue;
			}
			expect(c.variant, `${c.chart}: layout shown on a desktop`).toBe('wide');
			expect(c.svgWidth / c.chartWidth, `${c.chart}: share of its column drawn`).toBeGreaterThan(0.98);
			// Page charts span the main column; article charts the text column (at least 700 px).
			expect(c.chartWidth, `${c.chart}: its column`).toBeGreaterThan(Math.min(700, column - 1));
		}
		await page.close();
	});
});
