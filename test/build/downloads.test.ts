/**
 * The open data of the real build at /dti/: every table's CSV, XLSX and JSON parse back (with
 * csv-parse and exceljs) to exactly the records of the dataset, agree value by value with the
 * committed data/editions files, show gaps as statuses, carry the data version and errata
 * address; datapackage.json validates against the vendored Frictionless profiles and names only
 * files that exist; every ranking page with a table links its three files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { catalogue, tableRows } from '../../src/lib/downloads/catalogue.ts';
import { longFields, longRecords } from '../../src/lib/downloads/records.ts';
import { setBase, tableSegment } from '../../src/lib/url.ts';
import { frictionless, parseCsv, parseXlsx, xlsxInfo } from '../unit/downloads/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const site = inject('siteDir');
const base = inject('siteBase');
setBase(base);
const c = catalogue(loadDataset(ROOT), 'https://dti.example.org', 'vi');
const file = (p: string) => join(site, 'du-lieu', p);
const raw = (year: number, table: string) =>
	JSON.parse(readFileSync(join(ROOT, 'data/editions', String(year), `${table}.json`), 'utf8')) as {
		rows: {
			unit: string;
			rank?: number;
			total?: number;
			pillars: Record<string, { score?: number; rank?: number }>;
			indices: Record<string, { score?: number; rank?: number }>;
		}[];
	};

describe('table downloads parse back to exactly the data', () => {
	for (const { view, table } of c.tables) {
		const seg = `${view.year}/${tableSegment(table.spec)}`;
		it(`${seg}: CSV, XLSX and JSON equal the records; values equal data/editions`, async () => {
			const d = tableRows(c, view.year, table.spec.id);
			const csv = parseCsv(readFileSync(file(`${seg}.csv`)), d.fields);
			expect(csv).toEqual(d.records);
			expect(await parseXlsx(readFileSync(file(`${seg}.xlsx`)), d.fields)).toEqual(d.records);
			const json = JSON.parse(readFileSync(file(`${seg}.json`), 'utf8'));
			expect(json.rows).toEqual(d.records);
			expect(json.data_version).toBe(c.meta.dataVersion);

			// Independently of the model: every committed row is in the CSV with its values.
			const rows = raw(view.year, table.spec.id).rows;
			const byUnit = new Map(csv.map((r) => [r.ma_don_vi, r]));
			for (const r of rows) {
				const rec = byUnit.get(r.unit)!;
				expect(rec, r.unit).toBeDefined();
				// A missing value is "not published" only where edition.json says the publisher gave none.
				const gap = (part: string) =>
					table.spec.results_published === false || table.spec.unreleased.includes(part as 'rank')
						? 'not_published'
						: 'not_in_record';
				expect([rec.hang, rec.hang_trang_thai]).toEqual(
					r.rank === undefined ? [null, gap('rank')] : [r.rank, 'value'],
				);
				expect([rec.diem_dti, rec.diem_dti_trang_thai]).toEqual(
					r.total === undefined ? [null, gap('total')] : [r.total, 'value'],
				);
				for (const kind of ['pillars', 'indices'] as const)
					for (const [key, v] of Object.entries(r[kind])) {
						if (v.score !== undefined)
							expect([rec[`${key}_diem`], rec[`${key}_diem_trang_thai`]]).toEqual([v.score, 'value']);
						if (v.rank !== undefined)
							expect([rec[`${key}_hang`], rec[`${key}_hang_trang_thai`]]).toEqual([v.rank, 'value']);
					}
			}
			// Units without a row are there with a gap status, never with a number.
			for (const rec of csv.filter((x) => !rows.some((r) => r.unit === x.ma_don_vi))) {
				expect(['not_in_record', 'not_assessed', 'not_published']).toContain(rec.diem_dti_trang_thai);
				expect(rec.diem_dti).toBeNull();
			}
			for (const rec of csv) {
				expect(rec.phien_ban_du_lieu).toBe(c.meta.dataVersion);
				expect(rec.dinh_chinh).toBe(`https://dti.example.org${base}du-lieu/#dinh-chinh-${view.year}`);
			}
			const info = await xlsxInfo(readFileSync(file(`${seg}.xlsx`)));
			expect(info.about.get('Phiên bản dữ liệu')).toBe(c.meta.dataVersion);
		});
	}

	it('the long CSV holds every edition and level, equal to the records', () => {
		const recs = parseCsv(readFileSync(file('tat-ca.csv')), longFields('vi'));
		expect(recs).toEqual(longRecords(c.data, c.meta));
		expect(new Set(recs.map((r) => r.ky))).toEqual(new Set(c.data.editions.map((v) => v.year)));
		expect(new Set(recs.map((r) => r.cap))).toEqual(new Set(['provinces', 'ministries']));
	});

	it('the errata address of every file leads to an anchor of the data page', () => {
		const html = readFileSync(file('index.html'), 'utf8');
		for (const v of c.data.editions) expect(html).toContain(`id="dinh-chinh-${v.year}"`);
	});
});

describe('datapackage.json', () => {
	const pkg = JSON.parse(readFileSync(file('datapackage.json'), 'utf8'));
	const v = frictionless();

	it('validates against the Data Package profile; CSV resources against Tabular Data Resource', () => {
		expect(v.pkg(pkg)).toEqual([]);
		const tabular = pkg.resources.filter((r: { profile: string }) => r.profile === 'tabular-data-resource');
		expect(tabular.length).toBeGreaterThan(c.tables.length);
		for (const r of tabular) expect(v.tabular(r), r.path).toEqual([]);
		expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
		expect(pkg.version).toBe(c.meta.dataVersion);
	});

	it('lists every table in three formats, and every resource path exists in the build', () => {
		const paths: string[] = pkg.resources.map((r: { path: string }) => r.path);
		for (const { view, table } of c.tables)
			for (const ext of ['csv', 'xlsx', 'json'])
				expect(paths).toContain(`${view.year}/${tableSegment(table.spec)}.${ext}`);
		for (const p of paths) expect(existsSync(file(p)), p).toBe(true);
		const schemaOf = (p: string) =>
			pkg.resources
				.find((r: { path: string }) => r.path === p)
				.schema.fields.map((f: { name: string }) => f.name);
		const header = (p: string) => readFileSync(file(p), 'utf8').slice(1).split('\r\n')[0].split(',');
		for (const p of paths.filter((x) => x.endsWith('.csv'))) expect(header(p), p).toEqual(schemaOf(p));
	});
});

describe('download links', () => {
	it('every ranking page with a table links its CSV, XLSX and JSON, which exist', () => {
		let pages = 0;
		for (const { view, table } of c.tables) {
			if (!table.rows.length) continue;
			const seg = `${view.year}/${tableSegment(table.spec)}`;
			const html = readFileSync(join(site, seg, 'index.html'), 'utf8');
			for (const ext of ['csv', 'xlsx', 'json'])
				expect(html).toContain(`href="${base}du-lieu/${seg}.${ext}"`);
			pages++;
		}
		expect(pages).toBeGreaterThan(5);
	});

	it('chart CSV links on embed pages point to files that exist', () => {
		const embeds: string[] = [];
		const walk = (d: string) => {
			for (const e of readdirSync(d, { withFileTypes: true }))
				if (e.isDirectory()) walk(join(d, e.name));
				else if (e.name === 'index.html') embeds.push(join(d, e.name));
		};
		walk(join(site, 'nhung'));
		expect(embeds.length).toBeGreaterThan(10);
		for (const p of embeds) {
			const links = [
				...readFileSync(p, 'utf8').matchAll(/<a href="([^"]+\.csv)"[^>]*class="chart-csv"/g),
			].map((m) => m[1]);
			expect(links.length, p).toBeGreaterThan(0);
			for (const l of links) expect(existsSync(join(site, l.slice(base.length))), l).toBe(true);
		}
	});
});

describe('English downloads under /en/du-lieu/ (issue 12)', () => {
	const en = catalogue(loadDataset(ROOT), 'https://dti.example.org', 'en');
	const enFile = (p: string) => join(site, 'en', 'du-lieu', p);

	it('every table in three formats with English headers, names and about sheet; same values as the Vietnamese files', async () => {
		for (const { view, table } of en.tables) {
			const seg = `${view.year}/${tableSegment(table.spec)}`;
			const d = tableRows(en, view.year, table.spec.id);
			const csv = parseCsv(readFileSync(enFile(`${seg}.csv`)), d.fields);
			expect(csv).toEqual(d.records);
			const vi = parseCsv(readFileSync(file(`${seg}.csv`)), d.fields);
			const values = (r: Record<string, unknown>) => ({ ...r, ten_don_vi: 0, ghi_chu: 0, dinh_chinh: 0 });
			expect(csv.map(values)).toEqual(vi.map(values));
			expect(await parseXlsx(readFileSync(enFile(`${seg}.xlsx`)), d.fields)).toEqual(d.records);
			expect(JSON.parse(readFileSync(enFile(`${seg}.json`), 'utf8')).title).toBe(table.spec.title.en);
		}
		const info = await xlsxInfo(readFileSync(enFile('2022/tinh.xlsx')));
		expect(info.sheets).toEqual(['Data', 'Statuses', 'About']);
		expect(info.about.get('Data version')).toBe(en.meta.dataVersion);
		const d22 = tableRows(en, 2022, 'provinces');
		expect(d22.fields.find((f) => f.name === 'diem_dti')!.title).toBe('DTI score');
		const hcm = d22.records.find((r) => r.ma_don_vi === 'ho-chi-minh')!;
		expect(hcm.ten_don_vi).toMatch(/^Ho Chi Minh City$/);
	});

	it('the English data package validates and names English files that exist', () => {
		const pkg = JSON.parse(readFileSync(enFile('datapackage.json'), 'utf8'));
		expect(frictionless().pkg(pkg)).toEqual([]);
		expect(pkg.homepage).toBe(`https://dti.example.org${base}en/du-lieu/`);
		for (const r of pkg.resources as { path: string }[])
			expect(existsSync(enFile(r.path)), r.path).toBe(true);
	});

	it('English ranking pages link the English files', () => {
		const { view, table } = en.tables.find((x) => x.table.rows.length)!;
		const seg = `${view.year}/${tableSegment(table.spec)}`;
		const html = readFileSync(join(site, 'en', seg, 'index.html'), 'utf8');
		for (const ext of ['csv', 'xlsx', 'json'])
			expect(html).toContain(`href="${base}en/du-lieu/${seg}.${ext}"`);
	});
});
