/** The finder family over the small fixture dataset (test/fixtures/dataset.ts). */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/model.ts';
import {
	assessedYears,
	frameworkChanged,
	leaderOf,
	LookupError,
	meanOfAll,
	peersOf,
	primaryTable,
	resolver,
	subScoreAverage,
	tablesOf,
	unitEntry,
	unitResult,
	unitsOn,
} from '../../../src/lib/data/find.ts';
import { fixture } from '../../fixtures/dataset.ts';

const data = buildDataset(fixture());
const v2023 = data.edition(2023)!;

describe('tables of a level', () => {
	it('put the primary table first and find it as the level’s primary', () => {
		const d = fixture();
		d.editions[1].tables.unshift({ ...d.editions[1].tables[0], id: 'provinces-old', primary: false });
		d.tables.push({ ...d.tables[2], file: 'data/editions/2023/provinces-old.json', table: 'provinces-old' });
		const view = buildDataset(d).edition(2023)!;
		expect(tablesOf(view, 'provinces').map((t) => t.spec.id)).toEqual(['provinces', 'provinces-old']);
		expect(primaryTable(view, 'provinces')?.spec.id).toBe('provinces');
	});
	it('are empty for a level the edition has no table for', () => {
		const d = fixture();
		d.editions[1].tables = d.editions[1].tables.filter((t) => t.level === 'provinces');
		d.tables = d.tables.filter((t) => !(t.edition === 2023 && t.table === 'ministries'));
		expect(primaryTable(buildDataset(d).edition(2023)!, 'ministries')).toBeUndefined();
	});
});

describe('a unit in an edition', () => {
	it('has its entry and main result from its series', () => {
		expect(unitEntry(data, 'da-nang', 2023)?.status).toBe('assessed');
		expect(unitResult(data, 'da-nang', 2023)?.row.total).toBe(0.85);
		expect(unitResult(data, 'da-nang-2025', 2023)).toBeUndefined();
	});
	it('lists the years it was assessed', () => {
		expect(assessedYears(data, 'ha-noi')).toEqual([2022, 2023]);
		expect(assessedYears(data, 'da-nang-2025')).toEqual([]);
	});
	it('is compared with its group and that group’s first-ranked row', () => {
		const { table, row } = unitResult(data, 'bo-y-te', 2023)!;
		expect(peersOf(table, row).map((r) => r.unit)).toEqual(['bo-y-te', 'bo-tai-chinh']);
		expect(leaderOf(peersOf(table, row))?.unit).toBe('bo-y-te');
	});
});

describe('the framework', () => {
	it('changed when the framework id differs from the previous edition’s', () => {
		expect(frameworkChanged(data, v2023)).toBe(false);
		expect(frameworkChanged(data, data.edition(2022)!)).toBe(false);
		const d = fixture();
		d.editions[1].framework.id = 'fw-2023';
		expect(frameworkChanged(buildDataset(d), buildDataset(d).edition(2023)!)).toBe(true);
	});
});

describe('sub-score averages', () => {
	it('are the published pillar average where there is one', () => {
		const d = fixture();
		d.editions[1].pillar_averages = { chinh_quyen_so: { value: 0.42, sources: ['https://example.org/a'] } };
		const view = buildDataset(d).edition(2023)!;
		expect(subScoreAverage(view, 'pillars', 'chinh_quyen_so', [])).toEqual({ value: 0.42, computed: false });
	});
	it('are computed only when every peer’s score is published', () => {
		const d = fixture();
		for (const [i, r] of d.tables[2].rows.entries()) r.indices = { nhan_thuc_so: { score: 0.5 + i / 10 } };
		const view = buildDataset(d).edition(2023)!;
		const rows = view.tables[0].rows;
		expect(subScoreAverage(view, 'indices', 'nhan_thuc_so', rows)).toEqual({ value: 0.6, computed: true });
		const partial = data.edition(2022)!.tables[0].rows;
		expect(subScoreAverage(data.edition(2022)!, 'indices', 'nhan_thuc_so', partial).value).toBeUndefined();
	});
});

describe('meanOfAll()', () => {
	it('is the mean to 4 digits when every value is published', () => {
		expect(meanOfAll([0.8, 0.7, 0.6001])).toBe(0.7);
		expect(meanOfAll([0.83401, 0.8021])).toBe(0.8181);
	});
	it('is undefined with a gap or fewer than two values (a partial mean is not the mean)', () => {
		expect(meanOfAll([0.8, undefined, 0.6])).toBeUndefined();
		expect(meanOfAll([0.8])).toBeUndefined();
		expect(meanOfAll([])).toBeUndefined();
	});
});

describe('units valid on a date', () => {
	it('keep the merged Đà Nẵng apart from its predecessors', () => {
		expect(unitsOn(data.provinces, '2025-12-31').map((u) => u.id)).toEqual(['ha-noi', 'da-nang-2025']);
		expect(unitsOn(data.provinces, '2023-12-31').map((u) => u.id)).toEqual(['ha-noi', 'da-nang', 'quang-nam']);
	});
});

describe('the resolver', () => {
	const r = resolver(data, '<Tag>');
	it('resolves ids to views', () => {
		expect(r.edition(2023)).toBe(v2023);
		expect(r.unit('ha-noi').name).toBe('Hà Nội');
		expect(r.table(v2023, 'ministries').spec.id).toBe('ministries');
		expect(r.row(r.table(v2023, 'provinces'), 'da-nang').rank).toBe(1);
	});
	it.each([
		['an unknown edition', () => r.edition(2019), '<Tag>: there is no DTI edition 2019 in data/editions (known: 2022, 2023)'],
		['a misspelt unit', () => r.unit('ha-no'), '<Tag>: unknown unit "ha-no" (not in data/units/*.json; did you mean ha-noi?)'],
		['a unit of the other level', () => r.unit('ha-noi', 'ministries'), 'unknown ministries unit "ha-noi"'],
		['an unknown table', () => r.table(v2023, 'provinces', { id: 'x' }), 'DTI 2023 has no provinces table "x" (tables: provinces, ministries)'],
		['an unknown level', () => r.level('communes' as never), 'unknown level "communes" (levels: provinces, ministries)'],
		['a unit without a row', () => r.result('da-nang-2025', 2023), '"da-nang-2025" has no result in DTI 2023'],
	])('fails on %s, naming what exists', (_, fn, message) => {
		expect(fn).toThrow(LookupError);
		expect(fn).toThrow(message);
	});
	it('throws the caller’s error class', () => {
		class TagError extends Error {}
		expect(() => resolver(data, 'x', TagError).edition(1)).toThrow(TagError);
	});
});
