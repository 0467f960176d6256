import { describe, expect, it } from 'vitest';
import { formatIssue, importResultsCsv, matchUnit, parseNumber } from '../../../src/lib/import/results.ts';
import { fixture } from '../../fixtures/dataset.ts';

const units = fixture().provinces;
const opts = (extra = {}) => ({
	file: 'in/tinh.csv',
	edition: 2022,
	table: 'provinces',
	level: 'provinces' as const,
	units,
	asOf: '2022-12-31',
	pillarKeys: ['chinh_quyen_so'],
	indexKeys: ['nhan_thuc_so'],
	scale: { min: 0, max: 1 },
	sourceKeys: new Set(['S1']),
	...extra,
});

describe('matchUnit()', () => {
	it('resolves printed forms with prefixes and hyphens', () => {
		expect(matchUnit('TP. Hà Nội', units, '2022-12-31')).toEqual({ id: 'ha-noi' });
	});
	it('uses the table date to tell the old unit from its same-named successor', () => {
		expect(matchUnit('TP. Đà Nẵng', units, '2024-12-31')).toEqual({ id: 'da-nang' });
		expect(matchUnit('TP. Đà Nẵng', units, '2025-07-01')).toEqual({ id: 'da-nang-2025' });
	});
	it('explains a name that matches nothing, or a unit that did not exist yet', () => {
		expect(matchUnit('Hà Tây', units, '2022-12-31')).toEqual({
			error:
				'"Hà Tây" matches no unit valid on 2022-12-31; add the printed form to the unit\'s aliases in data/units/',
		});
		expect(matchUnit('Quảng Nam', units, '2025-07-01')).toEqual({
			error: '"Quảng Nam" is quang-nam, which did not exist on 2025-07-01 (valid 2008-08-01 to 2025-06-30)',
		});
	});
});

describe('parseNumber()', () => {
	it('reads decimal points and Vietnamese decimal commas', () => {
		expect(parseNumber('0.8002')).toBe(0.8002);
		expect(parseNumber('0,8002')).toBe(0.8002);
		expect(parseNumber('')).toBeUndefined();
		expect(parseNumber('—')).toBeUndefined();
		expect(parseNumber('0.8x')).toBe('invalid');
	});
});

describe('importResultsCsv()', () => {
	it('converts a clean spreadsheet, keeping ties, gaps and the printed precision', () => {
		const csv = [
			'rank,name,total,chinh_quyen_so,chinh_quyen_so_rank,nhan_thuc_so,rank_basis,sources,note',
			'1,TP. Đà Nẵng,"0,8002",,1,1.0000,published,S1,',
			'2,TP. Hà Nội,0.71,,,,published,S1,rounded',
			',Quảng Nam,,,,,not_found,,',
		].join('\n');
		const { table, issues } = importResultsCsv(csv, opts());
		expect(issues).toEqual([]);
		expect(table.rows).toEqual([
			{
				unit: 'da-nang',
				published_name: 'TP. Đà Nẵng',
				rank: 1,
				rank_basis: 'published',
				total: 0.8002,
				pillars: { chinh_quyen_so: { rank: 1 } },
				indices: { nhan_thuc_so: { score: 1 } },
				sources: ['S1'],
			},
			{
				unit: 'ha-noi',
				published_name: 'TP. Hà Nội',
				rank: 2,
				rank_basis: 'published',
				total: 0.71,
				pillars: {},
				indices: {},
				sources: ['S1'],
				precision: { total: 2 },
				note: 'rounded',
			},
			{
				unit: 'quang-nam',
				published_name: 'Quảng Nam',
				rank_basis: 'not_found',
				pillars: {},
				indices: {},
				sources: [],
			},
		]);
	});

	it('names file, line, unit and field for every bad cell, and lists them all', () => {
		const csv = [
			'rank,name,total,nhan_thuc_so,rank_basis,sources,smart_city',
			'1,TP. Đà Nẵng,80.02,0.9,published,S1,',
			'x,Hà Nội,0.7,,guessed,S9,',
			'3,Hà Tây,0.5,,published,S1,0.4',
		].join('\n');
		const { issues } = importResultsCsv(csv, opts());
		expect(issues.map(formatIssue)).toEqual([
			'in/tinh.csv:1 field "smart_city": column 7 is not part of edition 2022\'s framework (it has values from line 4); expected "Xếp hạng", "Tỉnh, thành phố" or "Tên đơn vị", "Chỉ số DTI", "chinh_quyen_so", "nhan_thuc_so", each with "Điểm" / "Xếp hạng", "Nhóm", "Nguồn", "Ghi chú"',
			'in/tinh.csv:2 (TP. Đà Nẵng) field "total": 80.02 is outside the edition\'s scale 0–1',
			'in/tinh.csv:3 (Hà Nội) field "rank": "x" is not a rank (a whole number from 1)',
			'in/tinh.csv:3 (Hà Nội) field "rank_basis": "guessed" is not one of published, position, listed_order, bottom_position_stated, rank_unknown, not_found',
			'in/tinh.csv:3 (Hà Nội) field "sources": source key "S9" is not in data/sources.json',
			'in/tinh.csv:4 (Hà Tây) field "name": "Hà Tây" matches no unit valid on 2022-12-31; add the printed form to the unit\'s aliases in data/units/',
		]);
	});

	it('requires a known group on ministry rows', () => {
		const csv = 'group,rank,name,total\nabc,1,Bộ Tài chính,0.5\n';
		const { issues } = importResultsCsv(
			csv,
			opts({ level: 'ministries', units: fixture().ministries, table: 'ministries' }),
		);
		expect(issues.map(formatIssue)).toEqual([
			'in/tinh.csv:2 (Bộ Tài chính) field "group": "abc" is not a ministry group (public-services or no-public-services)',
		]);
	});

	it('stores a printed name only when it is a printed form of the unit (item 4 of issue 9)', () => {
		const nfd = 'TP. Đà Nẵng'.normalize('NFD');
		const csv = `rank,name,total\n1,${nfd},0.8\n2,Ha Noi,0.7\n3,THÀNH PHỐ HÀ NỘI,0.6\n`;
		const existing = { edition: 2022, table: 'provinces', rows: [] };
		const { table, issues, notes } = importResultsCsv(csv, opts({ existing }));
		expect(issues).toEqual([]);
		// NFD input is stored precomposed; "Ha Noi" is no printed form: the official name is stored.
		expect(table.rows.map((r) => r.published_name)).toEqual(['TP. Đà Nẵng', 'Hà Nội', 'THÀNH PHỐ HÀ NỘI']);
		expect(table.rows[0].published_name).toBe('TP. Đà Nẵng'.normalize('NFC'));
		expect(notes.map(formatIssue)).toEqual([
			'in/tinh.csv:3 (Ha Noi) field "name": "Ha Noi" is not a printed form of ha-noi; stored as "Hà Nội"',
		]);
	});

	it('lists the candidates of a name that fits several units, and guesses none', () => {
		const units = fixture().provinces.map((u) =>
			u.id === 'quang-nam' ? { ...u, aliases: [...u.aliases, 'Đà Nẵng'] } : u,
		);
		const { table, issues } = importResultsCsv('rank,name,total\n1,Đà Nẵng,0.8\n', opts({ units }));
		expect(table.rows).toEqual([]);
		expect(issues.map(formatIssue)).toEqual([
			'in/tinh.csv:2 (Đà Nẵng) field "name": "Đà Nẵng" matches several units: da-nang (Tỉnh Đà Nẵng), quang-nam (Tỉnh Quảng Nam); write the unit id in a "unit" column to choose',
		]);
	});
});
