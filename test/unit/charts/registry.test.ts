/**
 * The chart registry: every kind has its figure and MDX tag entry point, slugs and tags are
 * unique, and the embed pages it lists follow each kind's availability rule.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CHARTS,
	chartModel,
	chartsOf,
	embedPages,
	pageCharts,
	unitEditionSubject,
} from '../../../src/lib/charts/registry.ts';
import { distribution } from '../../../src/lib/charts/kinds/distribution.ts';
import { rankBars } from '../../../src/lib/charts/kinds/rank-bars.ts';
import { realDataset } from '../../fixtures/real-data.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const data = realDataset();

describe('every chart kind', () => {
	it.each(CHARTS.map((k) => [k.tag, k]))('%s has a figure and an MDX tag entry point', (tag) => {
		expect(existsSync(resolve(ROOT, `src/components/charts/figures/${tag}.astro`))).toBe(true);
		expect(existsSync(resolve(ROOT, `src/components/charts/${tag}.astro`))).toBe(true);
	});
	it('has its own embed slug and tag', () => {
		expect(new Set(CHARTS.map((k) => k.slug)).size).toBe(CHARTS.length);
		expect(new Set(CHARTS.map((k) => k.tag)).size).toBe(CHARTS.length);
	});
});

describe('chartModel()', () => {
	const view = data.edition(2022)!;
	const [provinces, ministries] = ['provinces', 'ministries'].map((id) =>
		view.tables.find((t) => t.spec.id === id)!,
	);
	const bars = rankBars;

	it('lays a chart out once for its page and its embed page (same input), then drops it', () => {
		const input = { table: provinces, unit: 'da-nang' };
		const page = chartModel(data, distribution, input, 'vi');
		expect(chartModel(data, distribution, { unit: 'da-nang', table: provinces }, 'vi')).toBe(page);
		const third = chartModel(data, distribution, input, 'vi');
		expect(third).not.toBe(page);
		expect(third).toEqual(page);
	});

	it('keeps models of other inputs, tables, kinds and locales apart', () => {
		const a = chartModel(data, distribution, { table: provinces, unit: 'da-nang' }, 'vi') as never;
		const b = chartModel(data, distribution, { table: provinces, unit: 'ha-noi' }, 'vi') as never;
		const en = chartModel(data, distribution, { table: provinces, unit: 'da-nang' }, 'en') as never;
		expect(b).not.toEqual(a);
		expect(en).not.toEqual(a);
		const p = chartModel(data, bars, { table: provinces, showTable: false }, 'vi');
		const m = chartModel(data, bars, { table: ministries, showTable: false }, 'vi');
		expect(m).not.toEqual(p);
		expect(chartModel(data, bars, { table: provinces, showTable: true }, 'vi')).not.toBe(p);
		expect(p).toEqual(bars.model(data, { table: provinces, showTable: false }, 'vi'));
	});
});

describe('pages draw what is available', () => {
	const view = data.edition(2024)!;
	it('a ranking page draws the map, the bars and, with every main index published, the heatmap and scatter', () => {
		const table = view.tables.find((t) => t.spec.id === 'provinces')!;
		const charts = pageCharts(data, 'ranking', { view, table }, 'vi');
		expect(charts.map((c) => [c.tag, c.onPage])).toEqual([
			['ScoreMap', 'drawn'],
			['RankBars', 'drawn'],
			['IndexHeatmap', 'drawn'],
			['IndexScatter', 'drawn'],
		]);
		expect(charts[0].model).toBeDefined();
		expect(charts[0].embed).toMatch(/\/nhung\/2024\/tinh\/ban-do\/$/);
	});
	it('the 63-unit table of DTI 2024 draws the rank change since DTI 2023; the 34-unit table has none to draw', () => {
		const t63 = view.tables.find((t) => t.spec.id === 'provinces-63')!;
		const t34 = view.tables.find((t) => t.spec.id === 'provinces')!;
		const tags = (table: typeof t63) => pageCharts(data, 'ranking', { view, table }, 'vi').map((c) => c.tag);
		expect(tags(t63)).toContain('RankChange');
		expect(tags(t34)).not.toContain('RankChange');
		expect(
			pageCharts(data, 'ranking', { view, table: t63 }, 'vi').find((c) => c.tag === 'RankChange')!.embed,
		).toMatch(/\/nhung\/2024\/tinh-63\/thay-doi-hang\/$/);
	});
	it('the heatmap is drawn only where every unit has every main-index score', () => {
		for (const v of data.editions)
			for (const table of v.tables) {
				const keys = v.edition.framework.indices.map((i) => i.key);
				const full =
					keys.length > 0 &&
					table.rows.length > 1 &&
					table.rows.every((r) => keys.every((k) => r.indices[k]?.score !== undefined));
				expect(
					pageCharts(data, 'ranking', { view: v, table }, 'vi').some((c) => c.tag === 'IndexHeatmap'),
				).toBe(full);
			}
		// In the committed data that is DTI 2024's 34-unit table only.
		expect(
			embedPages(data)
				.filter((p) => p.kind.tag === 'IndexHeatmap')
				.map((p) => p.route),
		).toEqual(['nhung/2024/tinh/bieu-do-nhiet']);
	});
	it('ministry tables (ranked within two groups) have no rank change chart', () => {
		for (const v of data.editions)
			for (const table of v.tables.filter((t) => t.spec.level === 'ministries'))
				expect(pageCharts(data, 'ranking', { view: v, table }, 'vi').map((c) => c.tag)).not.toContain(
					'RankChange',
				);
	});
	it('a provinces table with most scores unknown has no map (its table lists the known ones)', () => {
		const v2020 = data.edition(2020)!;
		const table = v2020.tables.find((t) => t.spec.level === 'provinces')!;
		const known = table.rows.filter((r) => r.total !== undefined).length;
		expect(known * 2).toBeLessThan(table.spec.size!);
		expect(pageCharts(data, 'ranking', { view: v2020, table }, 'vi').map((c) => c.tag)).not.toContain(
			'ScoreMap',
		);
	});
	it('a table with ranks but no published score draws no bars', () => {
		const v2023 = data.edition(2023)!;
		const table = v2023.tables.find((t) => t.spec.level === 'ministries')!;
		expect(table.rows.length).toBeGreaterThan(0);
		expect(table.rows.every((r) => r.total === undefined)).toBe(true);
		expect(pageCharts(data, 'ranking', { view: v2023, table }, 'vi').map((c) => c.tag)).not.toContain(
			'RankBars',
		);
	});
	it('a ministries table has no map', () => {
		const table = data.edition(2023)!.tables.find((t) => t.spec.level === 'ministries')!;
		expect(
			pageCharts(data, 'ranking', { view: data.edition(2023)!, table }, 'vi').map((c) => c.tag),
		).not.toContain('ScoreMap');
	});
	it('a unit without a result in the edition has no unit-edition subject', () => {
		expect(unitEditionSubject(data, 'da-nang-2025', 2022)).toBeUndefined();
		expect(unitEditionSubject(data, 'da-nang', 2022)?.row.unit).toBe('da-nang');
	});
});

describe('embed pages', () => {
	const pages = embedPages(data);
	it('have one route each', () => {
		expect(new Set(pages.map((p) => p.route)).size).toBe(pages.length);
	});
	it('exist exactly where the kind is available', () => {
		for (const kind of chartsOf('profile'))
			for (const unit of [...data.provinces, ...data.ministries])
				expect(pages.some((p) => p.kind === kind && p.route.endsWith(`/${unit.id}/${kind.slug}`))).toBe(
					kind.available(data, { unit }),
				);
	});
});
