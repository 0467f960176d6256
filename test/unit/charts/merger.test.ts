import { describe, expect, it } from 'vitest';
import { layoutMerger, partsMean } from '../../../src/lib/charts/merger.ts';
import { chartResolver, mergerParts } from '../../../src/lib/charts/lookup.ts';
import { mergerChart, mergerChartEdition, mergerModel } from '../../../src/lib/charts/kinds/merger-parts.ts';
import { unitEditionSubject } from '../../../src/lib/charts/registry.ts';
import { realDataset } from '../../fixtures/real-data.ts';

const parts = [
	{ id: 'a', label: 'A (cũ)', value: 0.7583, rankText: '13/63' },
	{ id: 'b', label: 'B (cũ)', value: 0.7364, rankText: '21/63' },
];
const merged = { id: 'ab', label: 'AB', value: 0.7474, rankText: '11/34' };

describe('partsMean()', () => {
	it('is the arithmetic mean of published values', () => {
		expect(partsMean(parts)).toBeCloseTo(0.74735, 10);
	});
	it('is undefined when any value is unpublished, never a mean of the rest', () => {
		expect(partsMean([...parts, { id: 'c', label: 'C' }])).toBeUndefined();
		expect(partsMean([])).toBeUndefined();
	});
});

describe('layoutMerger()', () => {
	it('puts the former units first, then the mean and the merged unit below a divider', () => {
		const c = layoutMerger(parts, merged);
		expect(c.parts.map((r) => r.id)).toEqual(['a', 'b']);
		expect(c.parts[1].y).toBeGreaterThan(c.parts[0].y);
		expect(c.divider).toBeGreaterThan(c.parts[1].y);
		expect(c.mean.y).toBeGreaterThan(c.divider);
		expect(c.merged.y).toBeGreaterThan(c.mean.y);
		expect(c.height).toBeGreaterThan(c.merged.y);
	});
	it('places values on one score axis: higher is further right, the mean between the parts', () => {
		const c = layoutMerger(parts, merged);
		expect(c.parts[0].x!).toBeGreaterThan(c.parts[1].x!);
		expect(c.mean.x!).toBeLessThan(c.parts[0].x!);
		expect(c.mean.x!).toBeGreaterThan(c.parts[1].x!);
		expect(c.mean.valueText).toMatch(/^0,747[34]$/);
		expect(c.ticks.length).toBeGreaterThan(1);
		expect(c.ticks.every((t) => t.x >= c.plot.left && t.x <= c.plot.right)).toBe(true);
	});
	it('draws no mean and names the unit whose value is missing', () => {
		const c = layoutMerger([parts[0], { id: 'b', label: 'B (cũ)' }], merged);
		expect(c.mean.x).toBeUndefined();
		expect(c.mean.value).toBeUndefined();
		expect(c.mean.valueText).toBe('—');
		expect(c.parts[1].x).toBeUndefined();
		expect(c.missing).toEqual(['B (cũ)']);
	});
	it('keeps the layout within its width', () => {
		const c = layoutMerger(parts, merged, { width: 340 });
		expect(c.plot.right).toBeLessThan(c.valueX);
		expect(c.valueX).toBeLessThanOrEqual(340);
	});
});

describe('a merged unit’s former units, on the real data', () => {
	const data = realDataset();
	it('finds the 63-unit table of DTI 2024 for Bắc Ninh (2025): Bắc Giang and Bắc Ninh before the merger', () => {
		const p = mergerParts(data, 'bac-ninh-2025')!;
		expect(p.year).toBe(2024);
		expect(p.before.spec.id).toBe('provinces-63');
		expect(p.table.spec.id).toBe('provinces');
		expect(p.parts.map((x) => [x.label, x.value, x.rankText])).toEqual([
			['Bắc Giang (cũ)', 0.7583, '13/63'],
			['Bắc Ninh (cũ)', 0.7364, '21/63'],
		]);
		expect(p.merged).toMatchObject({ value: 0.7474, rankText: '11/34' });
	});
	it('every 2025 merged province: the mean of its former units equals its published score within rounding', () => {
		const merged = data.provinces.filter((u) => u.predecessors.length);
		expect(merged.length).toBe(23);
		for (const u of merged) {
			const p = mergerParts(data, u.id)!;
			const mean = partsMean(p.parts)!;
			expect(Math.abs(p.merged.value! - mean), u.id).toBeLessThanOrEqual(1e-4);
		}
	});
	it('is not available for a unit that was not merged, nor for a ministry without such a table', () => {
		expect(mergerParts(data, 'ha-noi')).toBeUndefined();
		expect(mergerParts(data, 'bo-tai-chinh')).toBeUndefined();
		expect(mergerChart.available(data, { unit: data.units.get('ha-noi')! })).toBe(false);
		expect(mergerChart.available(data, { unit: data.units.get('bac-ninh-2025')! })).toBe(true);
	});
	it('appears on the merged unit’s page of the edition it draws, not on other editions or units', () => {
		const s2024 = unitEditionSubject(data, 'bac-ninh-2025', 2024)!;
		expect(mergerChartEdition.available(data, s2024)).toBe(true);
		const old = unitEditionSubject(data, 'bac-ninh', 2024)!;
		expect(mergerChartEdition.available(data, old)).toBe(false);
	});
	it('says how the 34-unit table was made and how far the computed mean is from it', () => {
		const hcm = mergerModel(data, 'ho-chi-minh-2025', 'vi');
		expect(hcm.c.mean.valueText).toBe('0,7769');
		expect(hcm.c.merged.valueText).toBe('0,7770');
		expect(hcm.frame.note).toContain('trung bình cộng chỉ số chính');
		expect(hcm.frame.note).toContain('chênh +0,0001');
		const dn = mergerModel(data, 'da-nang-2025', 'vi');
		expect(dn.frame.note).toContain('bằng điểm đã công bố');
		expect(dn.frame.csv.map((x) => x.href)).toEqual([
			expect.stringContaining('2024'),
			expect.stringContaining('2024'),
		]);
		expect(new Set(dn.frame.csv.map((x) => x.href)).size).toBe(2);
		expect(mergerModel(data, 'da-nang-2025', 'en').frame.title).toContain('before and after the merger');
	});
	it('an MDX tag naming a unit that was not merged fails, saying so', () => {
		expect(() => mergerChart.fromTag(chartResolver(data), { unit: 'ha-noi' })).toThrow(
			/not formed by a merger/,
		);
		expect(() => mergerChart.fromTag(chartResolver(data), { unit: 'bac-nin' })).toThrow(/unknown unit/);
	});
});

describe('the check compares the mean as printed', () => {
	it('Bắc Ninh (2025): mean 0,74735 is printed 0,7474, equal to the published score', () => {
		const m = mergerModel(realDataset(), 'bac-ninh-2025', 'vi');
		expect(m.c.mean.valueText).toBe('0,7474');
		expect(m.frame.note).toContain('bằng điểm đã công bố');
	});
});
