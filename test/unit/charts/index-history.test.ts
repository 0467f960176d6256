import { describe, expect, it } from 'vitest';
import { layoutIndexHistory, wrapLabel, type IndexSeries } from '../../../src/lib/charts/index-history.ts';
import { chartResolver, indexTimeline } from '../../../src/lib/charts/lookup.ts';
import { indexHistory, indexHistoryModel } from '../../../src/lib/charts/kinds/index-history.ts';
import { realDataset } from '../../fixtures/real-data.ts';

const items: IndexSeries[] = ['a', 'b', 'c', 'd', 'e'].map((key, i) => ({
	key,
	label: `Chỉ số ${key.toUpperCase()} rất dài để xuống dòng`,
	points: [
		{ year: 2021, note: 'Chưa công bố' },
		{ year: 2022, value: 0.4 + i / 20 },
		{ year: 2023, value: 0.6 },
	],
}));

describe('wrapLabel()', () => {
	it('breaks at spaces within the limit and keeps a long word whole', () => {
		expect(wrapLabel('Hoạt động chính quyền số', 12)).toEqual(['Hoạt động', 'chính quyền', 'số']);
		expect(wrapLabel('Siêudàiquámức x', 5)).toEqual(['Siêudàiquámức', 'x']);
	});
});

describe('layoutIndexHistory()', () => {
	it('one panel per index, two columns when narrow and four when wide', () => {
		const narrow = layoutIndexHistory(items, { width: 340 });
		expect(narrow.panels).toHaveLength(5);
		expect(narrow.columns).toBe(2);
		expect(narrow.panels[1].left).toBeGreaterThan(narrow.panels[0].right);
		expect(narrow.panels[2].top).toBeGreaterThan(narrow.panels[0].bottom);
		const wide = layoutIndexHistory(items, { width: 1120 });
		expect(wide.columns).toBe(4);
		expect(wide.panels[3].top).toBe(wide.panels[0].top);
		for (const c of [narrow, wide])
			for (const p of c.panels) expect(p.right).toBeLessThanOrEqual(c.width + 0.1);
	});
	it('marks an unpublished edition on the axis and never plots it', () => {
		const p = layoutIndexHistory(items).panels[0];
		expect(p.dots.map((d) => d.year)).toEqual([2022, 2023]);
		expect(p.gaps).toEqual([expect.objectContaining({ year: 2021, note: 'Chưa công bố' })]);
		expect(p.gaps[0].y).toBeGreaterThan(p.top);
		expect(p.gaps[0].y).toBeLessThanOrEqual(p.bottom);
		expect(p.path.match(/M/g)).toHaveLength(1);
		expect(p.path.startsWith(`M${p.dots[0].x},`)).toBe(true);
	});
	it('does not join values across an unpublished edition', () => {
		const holes: IndexSeries[] = [
			{
				key: 'x',
				label: 'X',
				points: [{ year: 2021, value: 0.3 }, { year: 2022 }, { year: 2023, value: 0.5 }],
			},
		];
		expect(layoutIndexHistory(holes).panels[0].path).toBe('');
	});
	it('scores on a fixed 0–1 axis: 1 at the top of the panel', () => {
		const p = layoutIndexHistory(items).panels[0];
		expect(p.ticks.map((t) => t.label)).toEqual(['0,0', '0,5', '1,0']);
		expect(p.ticks[2].y).toBe(p.top);
		expect(p.ticks[0].y).toBe(p.bottom);
		expect(p.lastValue?.text).toBe('0,6000');
	});
});

describe('main indices over time, on the real data', () => {
	const data = realDataset();
	it('draws one framework only: DTI 2021–2023 for Huế, and names DTI 2024 as another framework', () => {
		const tl = indexTimeline(data, 'hue')!;
		expect(tl.framework.id).toBe('qd-922-2022');
		expect(tl.years).toEqual([2021, 2022, 2023]);
		expect(tl.others).toEqual([2024]);
		expect(tl.items).toHaveLength(8);
		// 2021: main indices were not published for any province.
		expect(tl.items.every((i) => i.points[0].value === undefined)).toBe(true);
		const m = indexHistoryModel(data, 'hue', 'vi');
		expect(m.frame.note).toContain('DTI 2024');
		expect(m.frame.note).toContain('bộ chỉ số khác');
		expect(m.c.panels.every((p) => p.dots.every((d) => d.year !== 2024))).toBe(true);
		expect(m.frame.csv).toMatch(/don-vi\/tinh\/hue\.csv$/);
	});
	it('is available only where two editions of one framework have main-index scores', () => {
		const units = data.provinces.filter((u) => indexHistory.available(data, { unit: u })).map((u) => u.id);
		expect(units.sort()).toEqual([
			'bac-lieu',
			'can-tho',
			'cao-bang',
			'da-nang',
			'ho-chi-minh',
			'hue',
			'phu-yen',
		]);
		// A 2025 unit has main indices in DTI 2024 only: one edition is not "over time".
		expect(indexTimeline(data, 'da-nang-2025')).toBeUndefined();
	});
	it('an MDX tag for a unit without such scores fails, saying why', () => {
		const input = indexHistory.fromTag(chartResolver(data), { unit: 'ha-noi' });
		expect(() => indexHistory.model(data, input, 'vi')).toThrow(/fewer than two editions of one framework/);
	});
});
