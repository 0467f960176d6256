/**
 * Chart components rendered with the Container API: accessible structure (role, title, desc with
 * ids from props), one mark per unit, links through the base helper, the data table, and clear
 * build errors for unknown editions and units.
 */
import { afterEach, describe, expect, it } from 'vitest';
import RankBars from '../../../src/components/charts/RankBars.astro';
import ScoreMap from '../../../src/components/charts/ScoreMap.astro';
import UnitHistory from '../../../src/components/charts/UnitHistory.astro';
import RankChange from '../../../src/components/charts/RankChange.astro';
import IndexHeatmap from '../../../src/components/charts/IndexHeatmap.astro';
import { rankChange } from '../../../src/lib/charts/kinds/rank-change.ts';
import { setBase } from '../../../src/lib/url.ts';
import { realDataset as realData } from '../../fixtures/real-data.ts';
import { render, svgs } from './helpers.ts';

const data = realData();
afterEach(() => setBase('/'));

describe('chart components', () => {
	it('RankBars: role="img", title and desc referenced by id, one bar per unit, data table', async () => {
		const html = await render(RankBars, { edition: 2023, level: 'provinces', top: 10, data });
		expect(html).toMatch(
			/<svg[^>]*role="img"[^>]*aria-labelledby="bars-2023-provinces-10-t bars-2023-provinces-10-d"/,
		);
		expect(html).toContain('<title id="bars-2023-provinces-10-t">');
		expect(html).toContain('<desc id="bars-2023-provinces-10-d">');
		// One bar per unit in each layout (narrow and wide).
		for (const svg of svgs(html)) expect(svg.match(/<rect /g)).toHaveLength(10);
		expect(svgs(html)).toHaveLength(2);
		expect(html.match(/<tr data-key=/g)).toHaveLength(10);
		expect(html).toContain('0,8340');
	});
	it('RankBars: an average rule only where every total of the table is published, said to be computed', async () => {
		const html = await render(RankBars, { edition: 2024, level: 'provinces', table: 'provinces-63', data });
		const mean = data.edition(2024)!.tables.find((t) => t.spec.id === 'provinces-63')!.rows;
		const expected = (mean.reduce((a, r) => a + r.total!, 0) / mean.length).toFixed(4).replace('.', ',');
		expect(html).toContain(`>Trung bình ${expected}</text>`);
		expect(html).toMatch(
			/<desc[^>]*>[^<]*trung bình cộng điểm DTI của 63 đơn vị[^<]*tính từ các điểm đã công bố/,
		);
		expect(html).toMatch(/stroke-dasharray="4 3"/);
		// DTI 2020: most provincial totals unpublished, so no mean is drawn.
		const partial = await render(RankBars, { edition: 2020, level: 'provinces', data });
		expect(partial).not.toContain('stroke-dasharray="4 3"');
		expect(partial).not.toContain('Trung bình');
	});
	it('ScoreMap: 63 province links carrying the base prefix, hatch for missing values', async () => {
		setBase('/dti/');
		const html = await render(ScoreMap, { edition: 2021, data });
		const links = [...html.matchAll(/<a href="([^"]+)" data-key=/g)].map((m) => m[1]);
		expect(links).toHaveLength(63);
		expect(links.every((l) => /^\/dti\/2021\/tinh\/[a-z0-9-]+\/$/.test(l))).toBe(true);
		expect(html).toContain('fill="url(#map-2021-provinces-hatch)"');
	});
	it('ScoreMap: names the highest and lowest units; a no-data key only where a unit has no value', async () => {
		const full = await render(ScoreMap, { edition: 2024, data });
		const t34 = data.edition(2024)!.tables.find((t) => t.spec.id === 'provinces')!;
		const [top, bottom] = [t34.rows[0], t34.rows.at(-1)!];
		const fmt = (v: number) => v.toFixed(4).replace('.', ',');
		expect(full).toContain(
			`Cao nhất: ${data.units.get(top.unit)!.name} (${fmt(top.total!)}); thấp nhất: ${data.units.get(bottom.unit)!.name} (${fmt(bottom.total!)}).`,
		);
		expect(full).not.toContain('fill="url(#map-2024-provinces-hatch)"');
		// DTI 2021: units without a score are hatched, the key names why (not in the record).
		const gaps = await render(ScoreMap, { edition: 2021, data });
		expect(gaps).toMatch(/<text [^>]*>Chưa có trong dữ liệu<\/text>/);
	});
	it('UnitHistory: renders a framework break and the attribution source line', async () => {
		const html = await render(UnitHistory, { unit: 'da-nang', data });
		// Two framework changes (2020→2021, 2023→2024), in each layout.
		for (const svg of svgs(html)) expect(svg.match(/stroke-dasharray="3 3"/g)).toHaveLength(2);
		expect(html).toContain('class="chart-source"');
	});
	it('fails with a clear message on an unknown edition or unit', async () => {
		await expect(render(RankBars, { edition: 2019, data })).rejects.toThrow(/there is no DTI edition 2019/);
		await expect(render(UnitHistory, { unit: 'hanoi', data })).rejects.toThrow(/unknown unit "hanoi"/);
	});
});

describe('RankChange', () => {
	const view = data.edition(2024)!;
	const t63 = view.tables.find((t) => t.spec.id === 'provinces-63')!;
	it('draws one dumbbell per unit ranked in both editions, a data table and both tables as CSV', async () => {
		const html = await render(RankChange, { edition: 2024, table: 'provinces-63', data });
		const compared = t63.rows.filter((r) => r.rankChange !== undefined);
		expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="rank-change-2024-provinces-63-t /);
		// Two layouts (narrow, wide), one dumbbell each per compared unit; one data table.
		expect(html.match(/<g data-key="[^"]+"( data-tip="[^"]*")?><path /g)).toHaveLength(2 * compared.length);
		expect(html.match(/<tr data-key=/g)).toHaveLength(t63.rows.length);
		expect(html).toContain('href="/du-lieu/2024/tinh-63.csv"');
		expect(html).toContain('href="/du-lieu/2023/tinh.csv"');
		// The framework changed between DTI 2023 and DTI 2024: the note says so.
		expect(html).toContain('Bộ chỉ số DTI 2024 khác DTI 2023');
		// Ranks taken from the official table's row order are counted, per edition.
		const byRowOrder = compared.filter((r) => r.rank_basis === 'position').length;
		expect(byRowOrder).toBeGreaterThan(0);
		expect(html).toContain(`${byRowOrder} thứ hạng DTI 2024: theo thứ tự dòng của bảng chính thức.`);
	});
	it('names the units that moved most, each way, in its description', async () => {
		const html = await render(RankChange, { edition: 2024, table: 'provinces-63', data });
		const desc = html.match(/<desc[^>]*>([^<]*)<\/desc>/)![1];
		const best = [...t63.rows].sort((a, b) => (b.rankChange ?? -99) - (a.rankChange ?? -99))[0];
		const worst = [...t63.rows].sort((a, b) => (a.rankChange ?? 99) - (b.rankChange ?? 99))[0];
		for (const r of [best, worst]) {
			const name = data.units.get(r.unit)!.name;
			expect(desc).toContain(name);
			expect(desc).toContain(`từ hạng ${r.previous!.rank} ${r.rankChange! > 0 ? 'lên' : 'xuống'} ${r.rank}`);
		}
	});
	it('lists units missing one of the two ranks as gaps, not drawn', () => {
		const gapId = t63.rows[4].unit;
		const table = {
			...t63,
			rows: t63.rows.map((r) => (r.unit === gapId ? { ...r, rankChange: undefined } : r)),
		};
		const model = rankChange.model(data, { table }, 'vi');
		expect(model.c.gaps.map((g) => g.id)).toEqual([gapId]);
		expect(model.c.dumbbells.some((d) => d.id === gapId)).toBe(false);
		expect(model.frame.note).toContain('Không vẽ 1 đơn vị vì thiếu thứ hạng của một trong hai kỳ');
	});
	it('fails clearly for a table with no comparable ranks (DTI 2024, 34 units)', async () => {
		await expect(render(RankChange, { edition: 2024, data })).rejects.toThrow(
			/DTI 2024 table "provinces" has fewer than 10 units ranked in the previous edition on the same geography/,
		);
	});
});

describe('IndexHeatmap', () => {
	const view = data.edition(2024)!;
	const t34 = view.tables.find((t) => t.spec.id === 'provinces')!;
	const keys = view.edition.framework.indices.map((i) => i.key);
	it('draws one cell per unit and main index, each with its published score, and a full data table', async () => {
		const html = await render(IndexHeatmap, { edition: 2024, data });
		expect(html).toMatch(
			/<svg[^>]*role="img"[^>]*aria-labelledby="heatmap-2024-provinces-t heatmap-2024-provinces-d"/,
		);
		// One cell per unit and main index in each layout (narrow and wide).
		expect(svgs(html)).toHaveLength(2);
		for (const svg of svgs(html))
			expect(svg.match(/<rect data-key=/g)).toHaveLength(t34.rows.length * keys.length);
		expect(html.match(/<tr data-key=/g)).toHaveLength(t34.rows.length);
		const first = t34.rows[0];
		const score = first.indices[keys[0]]!.score!.toFixed(4).replace('.', ',');
		// Its tooltip, once: in the wide layout (the narrow cell with the same key takes it from there).
		const tip = `· ${view.edition.framework.indices[0].name.vi}: ${score}</title>`;
		expect(svgs(html)[1]).toContain(`<rect data-key="${first.unit}|0"`);
		expect(svgs(html)[1]).toContain(tip);
		expect(svgs(html)[0]).not.toContain(tip);
		// One gradient per layout, each SVG filling from its own (a reference into the hidden SVG draws nothing).
		for (const [i, svg] of svgs(html).entries()) {
			const v = ['narrow', 'wide'][i];
			expect(svg).toContain(`<linearGradient id="heatmap-2024-provinces-${v}-scale">`);
			expect(svg).toContain(`fill="url(#heatmap-2024-provinces-${v}-scale)"`);
		}
		expect(html).toContain('href="/du-lieu/2024/tinh.csv"');
	});
	it('fails clearly where a main-index score is not published (DTI 2023: 53 of 63 units lack some)', async () => {
		await expect(render(IndexHeatmap, { edition: 2023, data })).rejects.toThrow(
			/DTI 2023 table "provinces" does not have every main-index score of every unit/,
		);
	});
});
