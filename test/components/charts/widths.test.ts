/**
 * Charts a phone can read: every chart kind is drawn in a narrow and a wide layout (the map once,
 * fluid), the container-query thresholds in ChartFigure match `widths.ts`, and every font size
 * in each layout renders at 12 CSS px or more over the widths that layout is shown at.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import RankBars from '../../../src/components/charts/RankBars.astro';
import UnitHistory from '../../../src/components/charts/UnitHistory.astro';
import ProfileChart from '../../../src/components/charts/ProfileChart.astro';
import Distribution from '../../../src/components/charts/Distribution.astro';
import ScoreMap from '../../../src/components/charts/ScoreMap.astro';
import IndexScatter from '../../../src/components/charts/IndexScatter.astro';
import MergerParts from '../../../src/components/charts/MergerParts.astro';
import IndexHistory from '../../../src/components/charts/IndexHistory.astro';
import IndexHeatmap from '../../../src/components/charts/IndexHeatmap.astro';
import {
	FLUID_MAX,
	FLUID_TYPE,
	FLUID_WIDTH,
	NARROW_MAX,
	TYPE,
	WIDE_FROM,
	WIDTHS,
	renderedSize,
	type ChartColumn,
} from '../../../src/lib/charts/widths.ts';
import { realDataset as realData } from '../../fixtures/real-data.ts';
import { render, svgs } from './helpers.ts';

/** Content width of a 360 px phone (16 px padding each side). */
const PHONE = 328;

const kinds: [string, unknown, Record<string, unknown>][] = [
	['RankBars', RankBars, { edition: 2024, level: 'provinces' }],
	['UnitHistory', UnitHistory, { unit: 'da-nang-2025' }],
	['ProfileChart', ProfileChart, { edition: 2024, unit: 'da-nang-2025' }],
	['Distribution', Distribution, { edition: 2024, level: 'provinces', unit: 'da-nang-2025' }],
	['IndexScatter', IndexScatter, { edition: 2024, x: 'ha_tang_so', y: 'hoat_dong_kinh_te_so' }],
	['MergerParts', MergerParts, { unit: 'bac-ninh-2025' }],
	['IndexHistory', IndexHistory, { unit: 'hue' }],
	['IndexHeatmap', IndexHeatmap, { edition: 2024 }],
];

const variantOf = (svg: string) => svg.match(/data-chart-svg="(\w+)"/)?.[1];
const widthOf = (svg: string) => Number(svg.match(/viewBox="0 0 ([\d.]+) /)?.[1]);
const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
/** Titles inside the drawing (the SVG's own title, with an id, aside). */
const markTitles = (svg: string) => svg.match(/<title>/g)?.length ?? 0;
/** The tooltip texts of each data-key: titles of the keyed elements (up to the element's first closing tag). */
function keyedTitles(svg: string): Map<string, string[]> {
	const tips = new Map<string, string[]>();
	for (const m of svg.matchAll(/<(\w+) [^>]*data-key="([^"]+)"[^>]*>/g)) {
		if (m[0].endsWith('/>')) continue;
		const body = svg.slice(m.index + m[0].length, svg.indexOf(`</${m[1]}>`, m.index));
		const title = body.match(/<title>([^<]*)<\/title>/)?.[1];
		if (title !== undefined) tips.set(m[2], [...(tips.get(m[2]) ?? []), title]);
	}
	return tips;
}

describe('two layouts per chart kind', () => {
	it.each(
		kinds.flatMap(([name, c, props]) =>
			(['page', 'prose'] as ChartColumn[]).map((column) => [name, column, c, props] as const),
		),
	)(
		'%s in the %s column: narrow and wide SVGs, text ≥ 12 px where each is shown',
		async (_, column, c, props) => {
			const all = svgs(await render(c, { ...props, column, data: realData() }));
			expect(all.map(variantOf)).toEqual(['narrow', 'wide']);
			const [narrow, wide] = all;
			expect(widthOf(narrow)).toBe(WIDTHS[column].narrow);
			expect(widthOf(wide)).toBe(WIDTHS[column].wide);
			// Narrow: smallest at a 360 px phone; wide: smallest at its threshold (it never grows).
			for (const size of fontSizes(narrow))
				expect(renderedSize(size, widthOf(narrow), PHONE)).toBeGreaterThanOrEqual(12);
			for (const size of fontSizes(wide))
				expect(renderedSize(size, widthOf(wide), WIDE_FROM * widthOf(wide))).toBeGreaterThanOrEqual(12);
			// Lean narrow layout: no tooltip text at all (no titles, no data-tip); its marks take
			// them from the wide twin with the same data-key…
			expect(markTitles(narrow)).toBe(0);
			expect(narrow).not.toContain(' data-tip="');
			// …which names each number in a title, one text per key (else a narrow mark would show
			// another mark's number), and has one for every key of the narrow layout that is a mark.
			const tips = keyedTitles(wide);
			expect(tips.size).toBeGreaterThan(0);
			for (const [key, texts] of tips) expect(new Set(texts).size, `key ${key}`).toBe(1);
			const narrowKeys = new Set([...narrow.matchAll(/ data-key="([^"]+)"/g)].map((m) => m[1]));
			for (const key of tips.keys()) expect(narrowKeys.has(key), `narrow twin of ${key}`).toBe(true);
		},
	);

	it('the map is drawn once, fluid, its text sized only by the SVG root', async () => {
		const all = svgs(await render(ScoreMap, { edition: 2024, data: realData() }));
		expect(all.map(variantOf)).toEqual(['fluid']);
		expect(widthOf(all[0])).toBe(FLUID_WIDTH);
		// The root's 13 is the only size: a size on a label would escape the container-query steps.
		expect(new Set(fontSizes(all[0]))).toEqual(new Set([FLUID_TYPE[0][1]]));
	});

	it('each fluid step keeps text between 12 and 16 px from a phone to the largest map', () => {
		FLUID_TYPE.forEach(([from, size], i) => {
			const lo = Math.min(Math.max(from, PHONE), FLUID_MAX);
			const hi = Math.min(FLUID_TYPE[i + 1]?.[0] ?? FLUID_MAX, FLUID_MAX);
			expect(renderedSize(size, FLUID_WIDTH, lo), `step from ${from} px`).toBeGreaterThanOrEqual(12);
			expect(renderedSize(size, FLUID_WIDTH, hi), `step from ${from} px`).toBeLessThanOrEqual(16);
		});
	});

	it('the narrow layout grows at most NARROW_MAX, its text staying under 20 px', () => {
		expect(renderedSize(TYPE.narrow.text, WIDTHS.page.narrow, WIDTHS.page.narrow * NARROW_MAX)).toBeLessThan(
			20,
		);
	});
});

describe('ChartFigure container queries', () => {
	const css = readFileSync(
		resolve(import.meta.dirname, '../../../src/components/charts/ChartFigure.astro'),
		'utf8',
	);
	it.each(['page', 'prose'] as ChartColumn[])(
		'show the wide %s layout from WIDE_FROM × its width',
		(column) => {
			const at = Math.round(WIDE_FROM * WIDTHS[column].wide);
			const block = css.match(
				new RegExp(`@container chart \\(min-width: ${at}px\\) \\{([\\s\\S]*?)\\n\\t\\}`),
			);
			expect(block, `@container chart (min-width: ${at}px)`).not.toBeNull();
			expect(block![1]).toContain(`.chart--${column} > .chart-svg--wide`);
		},
	);
	it('cap each layout at its largest width in CSS (no inline style), as widths.ts says', () => {
		const cap = (sel: string, width: number) =>
			expect(css).toMatch(new RegExp(`${sel} \\{\\s*max-width: ${width}px;`));
		cap('\\.chart \\.chart-svg--narrow', Math.round(WIDTHS.page.narrow * NARROW_MAX));
		cap('\\.chart \\.chart-svg--fluid', FLUID_MAX);
		for (const column of ['page', 'prose'] as ChartColumn[])
			cap(`\\.chart--${column} > \\.chart-svg--wide`, WIDTHS[column].wide);
		expect(css).not.toMatch(/\bstyle=\{/);
	});
	it('size the fluid layout’s text at the FLUID_TYPE steps', () => {
		for (const [from, size] of FLUID_TYPE.slice(1))
			expect(css).toMatch(
				new RegExp(
					`@container chart \\(min-width: ${from}px\\) \\{\\s*\\.chart-svg--fluid \\{\\s*font-size: ${size}px;`,
				),
			);
	});
});
