import { describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../../src/lib/data/model.ts';
import type { RawDataset } from '../../../src/lib/data/invariants.ts';
import {
	catalogue,
	dataPackage,
	renderLong,
	renderTable,
	renderUnit,
	tableRows,
} from '../../../src/lib/downloads/catalogue.ts';
import { dataVersion, citation } from '../../../src/lib/downloads/meta.ts';
import { longFields, STATUSES, type DataRecord } from '../../../src/lib/downloads/records.ts';
import { toCsv } from '../../../src/lib/downloads/csv.ts';
import { changeLog, fileRows, measureKeys, tableDictionary } from '../../../src/lib/downloads/page.ts';
import { setBase } from '../../../src/lib/url.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { frictionless, parseCsv, parseXlsx, xlsxInfo } from './helpers.ts';

/**
 * The fixture with the gaps of every kind: not assessed, not in the record, not published (a
 * table without results; main indices the 2023 publisher gave no values for).
 */
function gappy(): RawDataset {
	const raw = fixture();
	raw.editions[1].tables[0].unreleased = ['indices'];
	const t23 = raw.tables.find((t) => t.edition === 2023 && t.table === 'provinces')!;
	t23.rows = t23.rows.filter((r) => r.unit === 'da-nang');
	raw.editions[1].tables[0].not_assessed = [{ unit: 'quang-nam', note: 'Không tham gia' }];
	raw.tables.find((t) => t.edition === 2023 && t.table === 'ministries')!.rows = [];
	return raw;
}

const byUnit = (records: DataRecord[]) => new Map(records.map((r) => [r.ma_don_vi, r]));

describe('table records', () => {
	setBase('/dti/');
	const c = catalogue(buildDataset(gappy()), 'https://example.org', 'vi');

	it('has one record per row, then not-assessed units, then units without a row', () => {
		const d = tableRows(c, 2023, 'provinces');
		expect(d.records.map((r) => r.ma_don_vi)).toEqual(['da-nang', 'quang-nam', 'ha-noi']);
	});

	it('gives every empty value a status of the right kind, never a bare empty cell', () => {
		const r22 = byUnit(tableRows(c, 2022, 'provinces').records);
		// Published, but not in the record: the 2022 table has no rank for it.
		expect(r22.get('quang-nam')).toMatchObject({
			hang: null,
			hang_trang_thai: 'not_in_record',
			diem_dti: null,
			diem_dti_trang_thai: 'not_in_record',
		});
		expect(r22.get('ha-noi')).toMatchObject({
			nhan_thuc_so_diem: null,
			nhan_thuc_so_diem_trang_thai: 'not_in_record',
		});
		expect(r22.get('da-nang')).toMatchObject({
			hang: 1,
			hang_trang_thai: 'value',
			diem_dti: 0.8,
			nhan_thuc_so_diem: 0.9,
			nhan_thuc_so_diem_trang_thai: 'value',
			// 2022 is the first edition: nothing to compare with.
			thay_doi_hang: null,
			thay_doi_hang_trang_thai: 'not_comparable',
		});
		const r23 = byUnit(tableRows(c, 2023, 'provinces').records);
		expect(r23.get('quang-nam')).toMatchObject({
			diem_dti: null,
			diem_dti_trang_thai: 'not_assessed',
			ghi_chu: 'Không tham gia',
		});
		expect(r23.get('ha-noi')).toMatchObject({ hang: null, hang_trang_thai: 'not_in_record' });
		expect(r23.get('da-nang')).toMatchObject({
			thay_doi_hang: 0,
			thay_doi_hang_trang_thai: 'value',
			thay_doi_diem: 0.05,
			// edition.json: the publisher gave no main-index values in 2023.
			nhan_thuc_so_diem: null,
			nhan_thuc_so_diem_trang_thai: 'not_published',
		});
		const m23 = tableRows(c, 2023, 'ministries').records;
		expect(m23.map((r) => r.hang_trang_thai)).toEqual(['not_published', 'not_published']);
		for (const d of c.tables.map((x) => tableRows(c, x.view.year, x.table.spec.id)))
			for (const rec of d.records)
				for (const f of d.fields.filter((x) => x.status)) {
					expect(STATUSES).toContain(rec[f.status!]);
					expect(rec[f.name] === null).toBe(rec[f.status!] !== 'value');
				}
	});

	it('carries the data version and the edition errata address on every record', () => {
		for (const rec of tableRows(c, 2022, 'provinces').records) {
			expect(rec.phien_ban_du_lieu).toBe(c.meta.dataVersion);
			expect(rec.dinh_chinh).toBe('https://example.org/dti/du-lieu/#dinh-chinh-2022');
		}
		// Sources as addresses a reader can open, not internal keys.
		expect(tableRows(c, 2022, 'provinces').records[0].nguon).toBe('https://example.org/s1');
	});
});

describe('CSV, XLSX and JSON parse back to exactly the records', () => {
	setBase('/');
	const c = catalogue(buildDataset(gappy()), 'https://example.org', 'vi');

	it('CSV: BOM, header of field names, typed cells equal the records', async () => {
		for (const { view, table } of c.tables) {
			const d = tableRows(c, view.year, table.spec.id);
			const csv = (await renderTable(c, view.year, table.spec.id, 'csv')) as string;
			expect(parseCsv(csv, d.fields)).toEqual(d.records);
		}
	});

	it('CSV quotes commas, quotes and line breaks', () => {
		const fields = longFields('vi').slice(0, 2);
		const recs = [{ ky: 2022, bang: 'a,"b"\nc' }];
		expect(parseCsv(toCsv(fields, recs), fields)).toEqual(recs);
	});

	it('XLSX: Vietnamese headers, numbers stored as numbers, equal the records; info sheet has version and errata', async () => {
		const d = tableRows(c, 2022, 'provinces');
		const bytes = (await renderTable(c, 2022, 'provinces', 'xlsx')) as Uint8Array;
		expect(await parseXlsx(bytes, d.fields)).toEqual(d.records);
		expect(d.fields.find((f) => f.name === 'diem_dti')?.title).toBe('Điểm DTI');
		const info = await xlsxInfo(bytes);
		expect(info.sheets).toEqual(['Dữ liệu', 'Trạng thái', 'Thông tin']);
		expect(info.about.get('Phiên bản dữ liệu')).toBe(c.meta.dataVersion);
		expect(info.about.get('Đính chính')).toBe('https://example.org/du-lieu/#dinh-chinh-2022');
	});

	it('XLSX: the same data gives the same bytes whenever it is built (entries dated with the data version)', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
			const a = (await renderTable(c, 2022, 'provinces', 'xlsx')) as Uint8Array;
			vi.setSystemTime(new Date('2032-11-12T13:14:15Z'));
			const b = (await renderTable(c, 2022, 'provinces', 'xlsx')) as Uint8Array;
			expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
			// Every entry: DOS date and time of the data version's day at 00:00 UTC.
			const v = new Date(`${c.meta.dataVersion.slice(0, 10)}T00:00:00Z`);
			const day = ((v.getUTCFullYear() - 1980) << 9) | ((v.getUTCMonth() + 1) << 5) | v.getUTCDate();
			const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
			const stamps: number[][] = [];
			for (let at = 0; at + 4 <= a.length; at++)
				if (view.getUint32(at, true) === 0x02014b50)
					stamps.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]);
			expect(stamps.length).toBeGreaterThan(5);
			expect(new Set(stamps.map((s) => s.join()))).toEqual(new Set([`0,${day}`]));
			expect(await parseXlsx(a, tableRows(c, 2022, 'provinces').fields)).toEqual(
				tableRows(c, 2022, 'provinces').records,
			);
		} finally {
			vi.useRealTimers();
		}
	});

	it('JSON: rows equal the records, with version and errata', async () => {
		const d = tableRows(c, 2023, 'provinces');
		const doc = JSON.parse((await renderTable(c, 2023, 'provinces', 'json')) as string);
		expect(doc.rows).toEqual(d.records);
		expect(doc.data_version).toBe(c.meta.dataVersion);
		expect(doc.errata.url).toBe('https://example.org/du-lieu/#dinh-chinh-2023');
		expect(doc.fields.map((f: { name: string }) => f.name)).toEqual(d.fields.map((f) => f.name));
	});

	it('long CSV: one record per edition, table, unit and measure, gaps as statuses', () => {
		const recs = parseCsv(renderLong(c), longFields('vi'));
		const dn23 = recs.filter((r) => r.ky === 2023 && r.bang === 'provinces' && r.ma_don_vi === 'da-nang');
		expect(dn23.map((r) => r.chi_tieu)).toEqual([
			'hang',
			'diem_dti',
			'chinh_quyen_so_diem',
			'chinh_quyen_so_hang',
			'nhan_thuc_so_diem',
			'nhan_thuc_so_hang',
		]);
		expect(dn23.find((r) => r.chi_tieu === 'diem_dti')).toMatchObject({
			gia_tri: 0.85,
			gia_tri_trang_thai: 'value',
		});
		const qn23 = recs.find((r) => r.ky === 2023 && r.ma_don_vi === 'quang-nam' && r.chi_tieu === 'hang');
		expect(qn23).toMatchObject({ gia_tri: null, gia_tri_trang_thai: 'not_assessed' });
		expect(
			recs
				.filter((r) => r.ky === 2023 && r.cap === 'ministries')
				.every((r) => r.gia_tri_trang_thai === 'not_published'),
		).toBe(true);
		const unit = parseCsv(renderUnit(c, 'da-nang'), longFields('vi'));
		expect(unit).toEqual(recs.filter((r) => r.ma_don_vi === 'da-nang'));
	});
});

describe('data version and citation', () => {
	it('is the latest publication or errata date plus a content hash that follows the values', () => {
		const a = dataVersion(buildDataset(fixture()));
		expect(a).toMatch(/^2024-07-01\+[0-9a-f]{8}$/);
		expect(dataVersion(buildDataset(fixture()))).toBe(a);
		const changed = fixture();
		changed.tables[0].rows[0].total = 0.81;
		expect(dataVersion(buildDataset(changed))).not.toBe(a);
		const corrected = fixture();
		corrected.editions[0].errata = [{ date: '2026-03-01', text: 'Sửa điểm' }];
		expect(dataVersion(buildDataset(corrected))).toMatch(/^2026-03-01\+/);
	});

	it('gives text, BibTeX and CSL-JSON with the version and address', () => {
		const data = buildDataset(fixture());
		const cite = citation({
			data,
			url: 'https://x.org/du-lieu/',
			author: 'DTI',
			title: 'Bộ dữ liệu',
			version: '2024-07-01+abcd1234',
			publishers: ['Bộ TT&TT'],
			locale: 'vi',
		});
		expect(cite.text).toContain('2024-07-01+abcd1234');
		expect(cite.text).toContain('[bộ dữ liệu], phiên bản 2024-07-01+abcd1234');
		expect(cite.bibtex).toMatch(/^@misc\{dti_2022_2023,/);
		expect(cite.bibtex).toContain('\\url{https://x.org/du-lieu/}');
		expect(cite.csl).toMatchObject({
			type: 'dataset',
			URL: 'https://x.org/du-lieu/',
			version: '2024-07-01+abcd1234',
		});
	});
});

describe('datapackage.json', () => {
	const c = catalogue(buildDataset(gappy()), 'https://example.org', 'vi');
	const v = frictionless();
	const pkg = dataPackage(c) as {
		resources: { path: string; profile: string; schema: { fields: { name: string }[] } }[];
	};

	it('validates against the vendored Data Package profile; CSV resources against Tabular Data Resource', () => {
		expect(v.pkg(pkg)).toEqual([]);
		const csvs = pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
		expect(csvs.length).toBe(c.tables.length + 1);
		for (const r of csvs) expect(v.tabular(r)).toEqual([]);
	});

	it('fails validation for a broken descriptor (the validator is live)', () => {
		expect(v.pkg({ ...pkg, resources: [] })).not.toEqual([]);
		expect(
			v.tabular({ ...pkg.resources[0], schema: { fields: [{ name: 'x', type: 'nonsense' }] } }),
		).not.toEqual([]);
	});

	it('describes each file with exactly the fields it has', () => {
		const r = pkg.resources.find((x) => x.path === '2022/tinh.csv')!;
		expect(r.schema.fields.map((f) => f.name)).toEqual(
			tableRows(c, 2022, 'provinces').fields.map((f) => f.name),
		);
		expect(pkg.resources.map((x) => x.path)).toContain('tat-ca.csv');
	});
});

describe('data page model', () => {
	setBase('/');
	const raw = gappy();
	raw.editions[0].errata = [
		{ date: '2023-01-05', text: 'Sửa điểm Hà Nội' },
		{ date: '2023-03-01', text: 'Sửa hạng' },
	];
	const c = catalogue(buildDataset(raw), 'https://example.org', 'vi');

	it('lists the files newest edition first, with the count of units that have a row', () => {
		const rows = fileRows(c);
		expect(rows.map((r) => [r.year, r.published])).toEqual([
			[2023, 1],
			[2023, 0],
			[2022, 3],
			[2022, 2],
		]);
		expect(rows[0].links).toEqual({
			csv: '/du-lieu/2023/tinh.csv',
			xlsx: '/du-lieu/2023/tinh.xlsx',
			json: '/du-lieu/2023/tinh.json',
		});
	});

	it('dictionary: each column once, in file order, measures listed by key, status columns folded in', () => {
		const names = tableDictionary(c).map((r) => r.field.name);
		expect(names.slice(0, 7)).toEqual([
			'ky',
			'bang',
			'ma_don_vi',
			'ten_don_vi',
			'ten_cong_bo',
			'nhom',
			'vung',
		]);
		expect(names).not.toContain('nhan_thuc_so_diem');
		expect(names.some((n) => n.endsWith('_trang_thai'))).toBe(false);
		expect(tableDictionary(c).find((r) => r.field.name === 'diem_dti')?.withStatus).toBe(true);
		expect(measureKeys(c).map((m) => [m.key, m.years])).toEqual([
			['chinh_quyen_so', [2022, 2023]],
			['nhan_thuc_so', [2022, 2023]],
		]);
	});

	it('change log: newest edition first, errata newest first, anchors the files point to', () => {
		const log = changeLog(c);
		expect(log.map((e) => e.id)).toEqual(['dinh-chinh-2023', 'dinh-chinh-2022']);
		expect(log[1].errata.map((e) => e.date)).toEqual(['2023-03-01', '2023-01-05']);
		expect(c.meta.errataUrl(2022)).toBe(`https://example.org/du-lieu/#${log[1].id}`);
	});
});

describe('English files (issue 12)', () => {
	setBase('/');
	const raw = gappy();
	raw.provinces.find((u) => u.id === 'da-nang')!.name_en = 'Da Nang';
	// One dataset for both, as in the build: each catalogue keeps its own table data.
	const data = buildDataset(raw);
	const vi = catalogue(data, 'https://example.org', 'vi');
	const en = catalogue(data, 'https://example.org', 'en');

	it('have the same columns and values; titles, unit names and descriptions in English', () => {
		const dv = tableRows(vi, 2022, 'provinces');
		const de = tableRows(en, 2022, 'provinces');
		expect(de.fields.map((f) => f.name)).toEqual(dv.fields.map((f) => f.name));
		expect(de.fields.find((f) => f.name === 'diem_dti')!.title).toBe('DTI score');
		expect(de.fields.find((f) => f.name === 'ky')!.description).toMatch(/^Assessment year/);
		const strip = (r: DataRecord) => ({ ...r, ten_don_vi: undefined, dinh_chinh: undefined });
		expect(de.records.map(strip)).toEqual(dv.records.map(strip));
		const name = (d: typeof dv) => byUnit(d.records).get('da-nang')!.ten_don_vi;
		expect([name(dv), name(de)]).toEqual(['Đà Nẵng', 'Da Nang']);
		expect(de.records[0].dinh_chinh).toBe('https://example.org/en/du-lieu/#dinh-chinh-2022');
	});

	it('XLSX: English headers and information sheet; the citation in English', async () => {
		const bytes = (await renderTable(en, 2022, 'provinces', 'xlsx')) as Uint8Array;
		const d = tableRows(en, 2022, 'provinces');
		expect(await parseXlsx(bytes, d.fields)).toEqual(d.records);
		const info = await xlsxInfo(bytes);
		expect(info.sheets).toEqual(['Data', 'Statuses', 'About']);
		expect(info.about.get('Data version')).toBe(en.meta.dataVersion);
		expect(en.citation.text).toContain('[dataset], version');
		expect(en.citation.text).not.toMatch(/bộ dữ liệu|Giấy phép/);
	});

	it('the English data package points to the English data page', () => {
		const pkg = dataPackage(en) as { homepage: string; title: string };
		expect(pkg.homepage).toBe('https://example.org/en/du-lieu/');
		expect(pkg.title).toMatch(/^Viet Nam's Digital Transformation Index/);
		expect(frictionless().pkg(pkg)).toEqual([]);
	});
});
