import { describe, expect, it } from 'vitest';
import { buildDataset, markTies, orderRows } from '../../../src/lib/data/model.ts';
import { fixture } from '../../fixtures/dataset.ts';

describe('orderRows() and markTies()', () => {
	it('orders by rank, then total, then Vietnamese name; unranked last', () => {
		const rows = orderRows([
			{ published_name: 'Đà Nẵng', total: 0.5 },
			{ published_name: 'An Giang', rank: 2, total: 0.6 },
			{ published_name: 'Bắc Ninh', rank: 1, total: 0.7 },
			{ published_name: 'Cà Mau' },
			{ published_name: 'Yên Bái', rank: 2, total: 0.6 },
		]);
		expect(rows.map((r) => r.published_name)).toEqual(['Bắc Ninh', 'An Giang', 'Yên Bái', 'Đà Nẵng', 'Cà Mau']);
	});
	it('marks every row that shares a rank', () => {
		const tied = markTies([{ rank: 1 }, { rank: 2 }, { rank: 2 }, {}]);
		expect(tied.map((r) => r.tied)).toEqual([false, true, true, false]);
	});
});

describe('buildDataset()', () => {
	const data = buildDataset(fixture());

	it('sorts editions and links previous/next', () => {
		expect(data.editions.map((e) => e.year)).toEqual([2022, 2023]);
		expect(data.latest.year).toBe(2023);
		expect(data.edition(2023)?.previousYear).toBe(2022);
	});

	it('orders rows and shows published ties', () => {
		const t = data.edition(2023)!.tables[0];
		expect(t.rows.map((r) => [r.unit, r.rank, r.tied])).toEqual([
			['da-nang', 1, false],
			['ha-noi', 2, true],
			['quang-nam', 2, true],
		]);
	});

	it('computes changes vs the previous edition only where both values exist', () => {
		const rows = data.edition(2023)!.tables[0].rows;
		const dn = rows.find((r) => r.unit === 'da-nang')!;
		expect(dn.rankChange).toBe(0);
		expect(dn.totalChange).toBe(0.05);
		const qn = rows.find((r) => r.unit === 'quang-nam')!;
		expect(qn.rankChange).toBeUndefined();
		expect(qn.totalChange).toBeUndefined();
		expect(qn.previous).toEqual({
			year: 2022,
			table: 'provinces',
			rank: undefined,
			total: undefined,
			sameGeography: true,
			gaps: { rank: 'not_in_record', total: 'not_in_record' },
		});
		const bs = data.edition(2023)!.tables[1].rows.find((r) => r.unit === 'bo-y-te')!;
		expect(bs.rankChange).toBe(1);
	});

	it('across a change of framework: ranks compare, scores do not (not comparable)', () => {
		const raw = fixture();
		raw.editions.find((e) => e.year === 2023)!.framework.id = 'fw-2023';
		const dn = buildDataset(raw).edition(2023)!.tables[0].rows.find((r) => r.unit === 'da-nang')!;
		expect(dn.rankChange).toBe(0);
		expect(dn.totalChange).toBeUndefined();
		expect(dn.changeGaps).toEqual({ total: 'not_comparable' });
		// The previous result itself is still shown.
		expect(dn.previous?.total).toBeDefined();
	});

	it('says why a change is missing, with the four kinds of gap', () => {
		const rowOf = (d: ReturnType<typeof buildDataset>, year: number, table: number, unit: string) =>
			d.edition(year)!.tables[table].rows.find((r) => r.unit === unit)!;
		// Computed changes have no gap; the first edition compares with nothing.
		expect(rowOf(data, 2023, 0, 'da-nang').changeGaps).toEqual({});
		expect(rowOf(data, 2022, 0, 'da-nang').changeGaps).toEqual({ rank: 'not_comparable', total: 'not_comparable' });
		// 2022 published Quảng Nam's rank, but the record lacks it.
		expect(rowOf(data, 2023, 0, 'quang-nam').changeGaps).toEqual({ rank: 'not_in_record', total: 'not_in_record' });

		const raw = fixture();
		// The publisher gave no totals in 2022; Hà Nội left out in 2022; a 34-unit table in 2023.
		raw.editions[0].tables[0].unreleased = ['total'];
		raw.tables[0].rows = raw.tables[0].rows.filter((r) => r.unit !== 'ha-noi').map((r) => ({ ...r, total: undefined }));
		raw.editions[0].tables[0].not_assessed = [{ unit: 'ha-noi', note: 'x' }];
		const d = buildDataset(raw);
		expect(rowOf(d, 2023, 0, 'da-nang').changeGaps).toEqual({ total: 'not_published' });
		expect(rowOf(d, 2023, 0, 'ha-noi').changeGaps).toEqual({ rank: 'not_assessed', total: 'not_assessed' });
		raw.editions[1].tables[0].geography = 'vn-34';
		const d34 = buildDataset(raw);
		expect(rowOf(d34, 2023, 0, 'da-nang').changeGaps.rank).toBe('not_comparable');
		expect(rowOf(d34, 2023, 0, 'ha-noi').changeGaps).toEqual({ rank: 'not_comparable', total: 'not_comparable' });
	});

	it('computes differences to the published average and to the leader', () => {
		const hn = data.edition(2022)!.tables[0].rows.find((r) => r.unit === 'ha-noi')!;
		expect(hn.diffAverage).toBe(0.1);
		expect(hn.diffLeader).toBe(-0.2);
		expect(hn.outOf).toBe(3);
		const unpublished = data.edition(2022)!.tables[0].rows.find((r) => r.unit === 'quang-nam')!;
		expect(unpublished.diffAverage).toBeUndefined();
	});

	it('splits ministries by group', () => {
		const t = data.edition(2022)!.tables[1];
		expect(t.groups.map((g) => g.group)).toEqual(['public-services']);
		expect(t.groups[0].rows[0].diffAverage).toBe(0.1);
	});

	it('derives main-index ranks only when every row of the table has the score', () => {
		const t = data.edition(2022)!.tables[0];
		expect(t.rows[0].derivedIndexRanks).toEqual({});
		const d = fixture();
		d.tables[2].rows.forEach((r, i) => (r.indices = { nhan_thuc_so: { score: [0.5, 0.9, 0.5][i] } }));
		const rows = buildDataset(d).edition(2023)!.tables[0].rows;
		expect(rows.map((r) => [r.unit, r.derivedIndexRanks.nhan_thuc_so])).toEqual([
			['da-nang', 1],
			['ha-noi', 2],
			['quang-nam', 2],
		]);
	});

	it('gives each unit a status per edition', () => {
		expect(data.series('da-nang-2025').map((e) => e.status)).toEqual(['not-existing', 'not-existing']);
		expect(data.series('quang-nam').map((e) => [e.year, e.status])).toEqual([
			[2022, 'assessed'],
			[2023, 'assessed'],
		]);
		const d = fixture();
		d.editions[1].tables[1].not_assessed = [{ unit: 'bo-y-te', note: 'không đánh giá' }];
		d.tables[3].rows = d.tables[3].rows.filter((r) => r.unit !== 'bo-y-te');
		expect(buildDataset(d).series('bo-y-te').map((e) => e.status)).toEqual(['assessed', 'not-assessed']);
		d.tables[3].rows = [];
		d.editions[1].tables[1].not_assessed = [];
		expect(buildDataset(d).series('bo-y-te').map((e) => e.status)).toEqual(['assessed', 'not-published']);
	});

	it('lists units with pages per edition and profiles through lineage', () => {
		expect(data.unitsInEdition(2022, 'provinces').map((u) => u.id)).toEqual(['ha-noi', 'da-nang', 'quang-nam']);
		expect(data.profileUnits('provinces').map((u) => u.id)).toContain('da-nang-2025');
	});
});
