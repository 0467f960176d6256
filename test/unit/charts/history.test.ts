import { describe, expect, it } from 'vitest';
import { layoutHistory, type HistorySeries } from '../../../src/lib/charts/history.ts';
import { historySeries } from '../../../src/lib/charts/lookup.ts';
import { rankBoards, unitHistory } from '../../../src/lib/charts/kinds/unit-history.ts';
import { realDataset } from '../../fixtures/real-data.ts';

/** Every number in a JSON-serialised layout has at most one decimal. */
function allRounded(layout: unknown): boolean {
	const nums: number[] = [];
	JSON.stringify(layout, (_k, v) => (typeof v === 'number' && nums.push(v), v));
	return nums.every((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9);
}

const editions = [
	{ year: 2020, framework: 'A' },
	{ year: 2021, framework: 'B' },
	{ year: 2022, framework: 'B' },
	{ year: 2023, framework: 'B' },
	{ year: 2024, framework: 'C' },
];
const r63 = (rank: number) => [{ board: 'vn-63', rank, outOf: 63 }];
const series: HistorySeries[] = [
	{
		id: 'u',
		label: 'U',
		points: [
			{ year: 2020, score: 0.5, ranks: r63(3) },
			{ year: 2021, score: 0.6, ranks: r63(2) },
			{ year: 2022, missing: true },
			{ year: 2023, score: 0.7, ranks: r63(1) },
			{ year: 2024, score: 0.75, ranks: [...r63(4), { board: 'vn-34', rank: 1, outOf: 34 }] },
		],
	},
];

describe('layoutHistory()', () => {
	it('marks a break between editions whose frameworks differ', () => {
		const c = layoutHistory(editions, series);
		expect(c.breaks.map((b) => b.between)).toEqual([
			[2020, 2021],
			[2023, 2024],
		]);
		expect(c.breaks[0].x).toBeGreaterThan(c.years[0].x);
		expect(c.breaks[0].x).toBeLessThan(c.years[1].x);
	});
	it('joins only adjacent editions with published values and the same framework', () => {
		const line = layoutHistory(editions, series).lines[0];
		expect(line.scorePath).toBe('');
		expect(line.scoreDots).toHaveLength(4);
		expect(line.gaps.map((g) => g.year)).toEqual([2022]);
	});
	it('draws a segment between two published editions of one framework', () => {
		const s2 = [
			{
				...series[0],
				points: series[0].points.map((p) =>
					p.year === 2022 ? { year: 2022, score: 0.65, ranks: r63(2) } : p,
				),
			},
		];
		const line = layoutHistory(editions, s2).lines[0];
		expect(line.scorePath.match(/M/g)).toHaveLength(2);
		expect(line.ranks[0].path.match(/M/g)).toHaveLength(2);
	});
	it('gives each table size its own rank panel, in the order given, so /63 and /34 never share an axis', () => {
		const boards = [
			{ key: 'vn-63', label: 'of 63' },
			{ key: 'vn-34', label: 'of 34' },
		];
		const c = layoutHistory(editions, series, { boards });
		expect(c.ranks.map((p) => p.label)).toEqual(['of 63', 'of 34']);
		const [p63, p34] = c.ranks;
		expect(p34.top).toBeGreaterThan(p63.bottom);
		expect(p63.ticks.at(-1)?.label).toBe('63');
		expect(p34.ticks.at(-1)?.label).toBe('34');
		const [d63, d34] = c.lines[0].ranks;
		expect(d63.dots.map((d) => d.text)).toEqual(['3/63', '2/63', '1/63', '4/63']);
		expect(d34.dots.map((d) => d.text)).toEqual(['1/34']);
		// Every /34 mark lies inside the /34 panel, every /63 mark inside the /63 panel.
		for (const d of d34.dots) expect(d.y).toBeGreaterThanOrEqual(p34.top);
		for (const d of d63.dots) expect(d.y).toBeLessThanOrEqual(p63.bottom);
		// No path joins a /63 rank with a /34 one.
		expect(d34.path).toBe('');
	});
	it('leaves out a board with no published rank and ends at the last panel', () => {
		const c = layoutHistory(editions, series, {
			boards: [
				{ key: 'vn-63', label: '63' },
				{ key: 'ministries', label: 'm' },
			],
		});
		expect(c.ranks.map((p) => p.key)).toEqual(['vn-63']);
		expect(c.bottom).toBe(c.ranks[0].bottom);
		expect(c.height).toBeGreaterThan(c.bottom);
	});
	it('puts rank 1 above lower ranks and higher scores above lower ones', () => {
		const line = layoutHistory(editions, series).lines[0];
		const r = Object.fromEntries(line.ranks[0].dots.map((d) => [d.year, d.y]));
		expect(r[2023]).toBeLessThan(r[2020]);
		const s = Object.fromEntries(line.scoreDots.map((d) => [d.year, d.y]));
		expect(s[2024]).toBeLessThan(s[2020]);
		expect(allRounded(layoutHistory(editions, series))).toBe(true);
	});
});

describe('history of real units', () => {
	const data = realDataset();
	it('a merged unit: its 2024 rank of 34 and its predecessors’ ranks of 63 on separate, labelled panels', () => {
		const series = historySeries(data, 'bac-ninh-2025');
		const boards = rankBoards(series, 'vi');
		expect(boards.map((b) => b.key)).toEqual(['vn-63', 'vn-34']);
		expect(boards[0].label).toContain('63 tỉnh');
		expect(boards[1].label).toContain('34 tỉnh');
		const m = unitHistory.model(data, { unit: 'bac-ninh-2025' }, 'vi');
		const own = m.c.lines[0].ranks;
		expect(own.find((r) => r.board === 'vn-34')?.dots.map((d) => d.text)).toEqual(['11/34']);
		expect(own.find((r) => r.board === 'vn-63')?.dots).toEqual([]);
		const bacGiang = m.c.lines.find((l) => l.id === 'bac-giang')!;
		expect(bacGiang.ranks.find((r) => r.board === 'vn-34')?.dots).toEqual([]);
		expect(bacGiang.ranks.find((r) => r.board === 'vn-63')?.dots.map((d) => d.text)).toContain('13/63');
	});
	it('a unit in both 2024 tables shows both ranks, each on its own panel', () => {
		const m = unitHistory.model(data, { unit: 'ha-noi' }, 'vi');
		const [r63, r34] = m.c.lines[0].ranks;
		expect(r63.dots.find((d) => d.year === 2024)?.text).toBe('4/63');
		expect(r34.dots.find((d) => d.year === 2024)?.text).toBe('1/34');
		expect(m.frame.desc).toContain('2024: 0,8241, hạng 1/34, hạng 4/63');
	});
	it('a ministry is ranked within its group, labelled with the group', () => {
		const boards = rankBoards(historySeries(data, 'bo-cong-thuong'), 'vi');
		expect(boards.map((b) => b.key)).toEqual(['ministries:public-services']);
		expect(boards[0].label).toContain('có dịch vụ công');
		// Bộ Tài chính (2025) and its predecessors were ranked in both groups: two panels, DVC first.
		const merged = rankBoards(historySeries(data, 'bo-tai-chinh'), 'vi');
		expect(merged.map((b) => b.key)).toEqual(['ministries:public-services', 'ministries:no-public-services']);
		expect(merged[1].label).toContain('không có dịch vụ công');
	});
});
