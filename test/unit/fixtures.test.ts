/**
 * The chart fixture (test/fixtures/charts.ts) the golden SVG files draw is sound data: it
 * passes the schemas and invariants data/ passes, and it holds what each chart needs.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/data/invariants.ts';
import { buildDataset } from '../../src/lib/data/model.ts';
import {
	editionSchema,
	ministrySchema,
	provinceSchema,
	resultTableSchema,
} from '../../src/lib/data/schema.ts';
import { chartFixture } from '../fixtures/charts.ts';

describe('the chart fixture', () => {
	it('passes the schemas and the invariants of data/', () => {
		const raw = chartFixture();
		for (const p of raw.provinces) expect(provinceSchema.safeParse(p).error?.issues ?? []).toEqual([]);
		for (const m of raw.ministries) expect(ministrySchema.safeParse(m).error?.issues ?? []).toEqual([]);
		for (const e of raw.editions) expect(editionSchema.safeParse(e).error?.issues ?? []).toEqual([]);
		for (const { file: _file, ...t } of raw.tables)
			expect(resultTableSchema.safeParse(t).error?.issues ?? []).toEqual([]);
		expect(checkDataset(raw)).toEqual([]);
	});

	it('has a merged unit, both ministry groups and editions on both maps', () => {
		const data = buildDataset(chartFixture());
		expect(data.editions.map((e) => [e.year, e.tables[0].spec.geography])).toEqual([
			[2022, 'vn-63'],
			[2023, 'vn-63'],
			[2025, 'vn-34'],
		]);
		expect(data.units.get('da-nang-2025')?.predecessors).toEqual(['da-nang', 'quang-nam']);
		expect(data.edition(2023)!.tables[1].groups.map((g) => g.rows.length)).toEqual([2, 2]);
	});
});
