import { describe, expect, it } from 'vitest';
import { layoutChoropleth, archipelagoOf } from '../../../src/lib/charts/choropleth.ts';
import { topologyFor } from '../../../src/lib/charts/geo.ts';
import {
	ChartDataError,
	distItems,
	findTable,
	findUnit,
	historySeries,
	mapValues,
	profileItems,
} from '../../../src/lib/charts/lookup.ts';
import { distribution } from '../../../src/lib/charts/kinds/distribution.ts';
import { realDataset as realData } from '../../fixtures/real-data.ts';

const data = realData();

describe('distItems()', () => {
	it('gives every unit of a table, in the locale asked for, the same each time', () => {
		const table = findTable(data, 2023, 'provinces');
		const vi = distItems(data, table, 'vi');
		const en = distItems(data, table, 'en');
		expect(vi).toHaveLength(table.rows.length);
		expect(distItems(data, table, 'vi')).toEqual(vi);
		expect(vi.map((d) => d.label)).not.toEqual(en.map((d) => d.label));
		expect(vi[0].href).not.toMatch(/\/en\//);
		expect(en[0].href).toMatch(/\/en\//);
		expect(distItems(data, findTable(data, 2022, 'provinces'), 'vi')).not.toBe(vi);
	});
});

describe('the distribution data table', () => {
	it('lists a table the same on each of its units, tied totals in the table order', () => {
		const table = findTable(data, 2021, 'provinces');
		const tied = table.rows.filter(
			(r) => r.total !== undefined && table.rows.some((o) => o !== r && o.total === r.total),
		);
		expect(tied.length).toBeGreaterThan(1);
		const order = (unit: string) => distribution.model(data, { table, unit }, 'vi').rows.map((d) => d.id);
		const first = order(tied[0].unit);
		for (const r of tied) expect(order(r.unit)).toEqual(first);
		const byTable = table.rows.map((r) => r.unit).filter((id) => first.includes(id));
		const pair = tied.filter((r) => r.total === tied[0].total).map((r) => r.unit);
		expect(first.filter((id) => pair.includes(id))).toEqual(byTable.filter((id) => pair.includes(id)));
	});
});

describe('choropleth on the real boundaries', () => {
	it.each([
		[2022, undefined, 63],
		[2023, undefined, 63],
		[2024, 'provinces-63', 63],
		[2024, undefined, 34],
	])('DTI %s %s: %s provinces, each a link, no NaN in any path', (year, tableId, n) => {
		const table = findTable(data, year, 'provinces', tableId);
		const c = layoutChoropleth(topologyFor(table.spec.geography), mapValues(data, table));
		expect(c.provinces).toHaveLength(n);
		expect(new Set(c.provinces.map((p) => p.id)).size).toBe(n);
		for (const p of c.provinces) {
			expect(p.d).not.toMatch(/NaN/);
			expect(p.d.length).toBeGreaterThan(20);
			expect(p.href).toMatch(new RegExp(`/${year}/tinh/${p.id}/$`));
		}
	});
	it('2024 (34 units) joins on code with the units valid on 1 July 2025', () => {
		const table = findTable(data, 2024, 'provinces');
		const c = layoutChoropleth(topologyFor('vn-34'), mapValues(data, table));
		expect(c.provinces.find((p) => p.code === '48')?.id).toBe('da-nang-2025');
		expect(c.provinces.every((p) => p.value !== undefined)).toBe(true);
	});
	it('hatches (no fill) the provinces without a published total', () => {
		const table = findTable(data, 2021, 'provinces');
		const c = layoutChoropleth(topologyFor('vn-63'), mapValues(data, table));
		const missing = table.rows.filter((r) => r.total === undefined).length;
		expect(missing).toBeGreaterThan(0);
		expect(c.provinces.filter((p) => p.fill === undefined)).toHaveLength(
			63 - table.rows.filter((r) => r.total !== undefined).length,
		);
	});
	it('draws Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) in insets, inside the frame', () => {
		const c = layoutChoropleth(topologyFor('vn-63'), mapValues(data, findTable(data, 2022, 'provinces')));
		expect(c.provinces.find((p) => p.code === '48')?.inset.map((i) => i.key)).toEqual(['hoang-sa']);
		expect(c.provinces.find((p) => p.code === '56')?.inset.map((i) => i.key)).toEqual(['truong-sa']);
		expect(c.provinces.filter((p) => p.inset.length)).toHaveLength(2);
		for (const i of c.insets) expect(i.box.x + i.box.w).toBeLessThanOrEqual(c.width);
		const xs = c.provinces.flatMap((p) => [...p.d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1])));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(c.insets[0].box.x);
	});
	it('archipelagoOf() tells island parts from mainland parts', () => {
		expect(
			archipelagoOf([
				[
					[112, 16.5],
					[112.1, 16.5],
					[112.1, 16.6],
					[112, 16.5],
				],
			]),
		).toBe('hoang-sa');
		expect(
			archipelagoOf([
				[
					[114, 10],
					[114.1, 10],
					[114.1, 10.1],
					[114, 10],
				],
			]),
		).toBe('truong-sa');
		expect(
			archipelagoOf([
				[
					[108, 16],
					[108.1, 16],
					[108.1, 16.1],
					[108, 16],
				],
			]),
		).toBeUndefined();
	});
});

describe('chart lookups fail clearly', () => {
	it.each([
		[
			'an edition that does not exist',
			() => findTable(data, 2019, 'provinces'),
			/there is no DTI edition 2019 in data\/editions \(known: 2020/,
		],
		[
			'a level that does not exist',
			() => findTable(data, 2023, 'communes' as never),
			/unknown level "communes"/,
		],
		[
			'a table the edition lacks',
			() => findTable(data, 2023, 'provinces', 'provinces-99'),
			/DTI 2023 has no provinces table "provinces-99"/,
		],
		[
			'a misspelt unit (with a suggestion)',
			() => findUnit(data, 'da-nag'),
			/unknown unit "da-nag" \(not in data\/units\/\*.json; did you mean da-nang/,
		],
		['history of an unknown unit', () => historySeries(data, 'atlantis'), /unknown unit "atlantis"/],
		['a profile of an unknown unit', () => profileItems(data, 2024, 'da-nang-2025-x'), /unknown unit/],
	])('fails on %s, naming what exists', (_, fn, message) => {
		expect(fn).toThrow(ChartDataError);
		expect(fn).toThrow(message);
	});
});

describe('chart lookups on the real data', () => {
	it('history of a merged unit includes its predecessors, labelled', () => {
		const s = historySeries(data, 'da-nang-2025');
		expect(s.map((x) => x.id)).toEqual(['da-nang-2025', 'da-nang', 'quang-nam']);
		expect(s[1].label).toMatch(/tiền thân/);
		expect(s[1].points.find((p) => p.year === 2023)?.ranks).toEqual([{ board: 'vn-63', rank: 1, outOf: 63 }]);
	});
	it('profile rows: total with published average, one row per main index', () => {
		const p = profileItems(data, 2024, 'da-nang-2025');
		expect(p.items[0].key).toBe('total');
		expect(p.items[0].average).toBeDefined();
		expect(p.items).toHaveLength(9);
		expect(p.computedAverage).toBe(true);
	});
});
