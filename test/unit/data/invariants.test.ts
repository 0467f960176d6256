import { describe, expect, it } from 'vitest';
import { checkDataset, DataError, formatDataIssue } from '../../../src/lib/data/invariants.ts';
import { fixture } from '../../fixtures/dataset.ts';

const messages = (d = fixture()) => checkDataset(d).map(formatDataIssue);

describe('checkDataset()', () => {
	it('accepts the sound fixture', () => {
		expect(checkDataset(fixture())).toEqual([]);
	});

	it('rejects a unit that did not exist on the table date, naming file, entry and field', () => {
		const d = fixture();
		d.tables[0].rows.push({ unit: 'da-nang-2025', published_name: 'TP. Đà Nẵng', rank_basis: 'not_found', pillars: {}, indices: {}, sources: [] });
		expect(messages(d)).toContain(
			'data/editions/2022/provinces.json › da-nang-2025 › field "unit": unit is not valid on the table\'s date 2022-12-31 (valid 2025-07-01 to now)',
		);
	});

	it('rejects a value in a part edition.json says the publisher gave none for', () => {
		const d = fixture();
		d.editions[0].tables[0].unreleased = ['indices'];
		expect(messages(d)).toContain(
			'data/editions/2022/provinces.json › da-nang › field "indices": has a value, but edition.json lists "indices" in the table\'s "unreleased" (not published)',
		);
		d.tables[0].rows[0].indices = {};
		expect(checkDataset(d)).toEqual([]);
	});

	it('rejects an unknown unit', () => {
		const d = fixture();
		d.tables[0].rows[1].unit = 'ha-tay';
		expect(messages(d)).toContain('data/editions/2022/provinces.json › ha-tay › field "unit": no provinces unit with id "ha-tay" in data/units/');
	});

	it('rejects a unit listed twice', () => {
		const d = fixture();
		d.tables[0].rows.push({ ...d.tables[0].rows[1] });
		expect(messages(d)).toContain('data/editions/2022/provinces.json › ha-noi › field "unit": unit appears twice in the table');
	});

	it('rejects ranks that disagree with totals', () => {
		const d = fixture();
		d.tables[0].rows[1].total = 0.9; // rank 2 above rank 1's 0.8
		expect(messages(d)).toContain(
			'data/editions/2022/provinces.json › ha-noi › field "rank": rank 2 with total 0.9 is above da-nang\'s total 0.8 at rank 1',
		);
	});

	it('allows published ties but not a tie with different totals', () => {
		expect(checkDataset(fixture()).filter((i) => i.file.includes('2023/provinces'))).toEqual([]);
		const d = fixture();
		d.tables[2].rows[2].total = 0.69;
		expect(messages(d)).toContain(
			'data/editions/2023/provinces.json › quang-nam › field "total": shares rank 2 with ha-noi but their totals differ (0.69 vs 0.7)',
		);
	});

	it('rejects scores outside the scale, in totals and sub-indices', () => {
		const d = fixture();
		d.tables[0].rows[0].total = 80.02;
		d.tables[0].rows[0].indices.nhan_thuc_so = { score: 1.2 };
		const m = messages(d);
		expect(m).toContain('data/editions/2022/provinces.json › da-nang › field "total": 80.02 is outside the scale 0–1');
		expect(m).toContain('data/editions/2022/provinces.json › da-nang › field "indices.nhan_thuc_so.score": 1.2 is outside the scale 0–1');
	});

	it('requires a group on ministry rows', () => {
		const d = fixture();
		delete d.tables[1].rows[0].group;
		expect(messages(d)).toContain(
			'data/editions/2022/ministries.json › bo-tai-chinh › field "group": ministry row needs a group (public-services or no-public-services)',
		);
	});

	it('rejects ranks beyond the number of units ranked', () => {
		const d = fixture();
		d.tables[0].rows[1].rank = 4;
		expect(messages(d)).toContain('data/editions/2022/provinces.json › ha-noi › field "rank": rank 4 is beyond the 3 units ranked');
	});

	it('rejects sub-indices outside the edition framework and unknown sources', () => {
		const d = fixture();
		d.tables[0].rows[1].indices = { smart_city: { score: 0.5 } };
		d.tables[0].rows[1].sources = ['NOPE'];
		const m = messages(d);
		expect(m).toContain('data/editions/2022/provinces.json › ha-noi › field "indices.smart_city": not a main index of this edition');
		expect(m).toContain('data/editions/2022/provinces.json › ha-noi › field "sources": unknown source key "NOPE"');
	});

	it('rejects broken lineage links and a declared table without results', () => {
		const d = fixture();
		d.provinces[1].successors = ['da-nang-moi'];
		d.tables.splice(3, 1);
		const m = messages(d);
		expect(m).toContain('data/units/provinces.json › da-nang › field "successors": unknown unit "da-nang-moi"');
		expect(m).toContain('data/editions/2023/edition.json › ministries › field "tables": no results file data/editions/2023/ministries.json');
	});

	it('DataError lists every problem in its message', () => {
		const d = fixture();
		d.tables[0].rows[0].total = 2;
		const err = new DataError(checkDataset(d));
		expect(err.message).toMatch(/^DTI data check failed with 1 problem\(s\):\n {2}- data\/editions\/2022\/provinces\.json › da-nang/);
	});
});
