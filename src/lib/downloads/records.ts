/**
 * The downloadable form of the dataset: flat records with typed fields, built from the dataset
 * model (ranks, ties and changes as the model computed them; nothing re-derived). Every value
 * that can be missing travels with a status field, so a gap is never an empty cell that could
 * be read as zero. Writers (CSV, XLSX, JSON) and the Data Package descriptor all take these.
 */
import type { Dataset, EditionView, RankedRow, TableView, Unit } from '../data/model.ts';
import type { FrameworkItem } from '../data/schema.ts';
import { unitName } from '../names.ts';
import { readerNote } from '../row-notes.ts';
import { t } from '../i18n.ts';
import { valueGap, type ValuePart } from '../data/gaps.ts';
import { dataText } from '../data-text.ts';
import type { Locale } from '../format.ts';

import { STATUSES, type Status } from './status.ts';

export { STATUSES, type Status };

export type FieldType = 'integer' | 'number' | 'string' | 'boolean';
export type Cell = number | string | boolean | null;
export type DataRecord = Record<string, Cell>;

export interface Field {
	/** Machine name (ASCII snake_case), the CSV/JSON header. */
	name: string;
	type: FieldType;
	/** Column title in the file's language, the XLSX header. */
	title: string;
	description: string;
	/** For a status field: the value field it qualifies. */
	statusOf?: string;
	/** For a value field that can be missing: its status field. */
	status?: string;
	/** Allowed values (status codes, ministry groups, regions). */
	enum?: readonly string[];
}

/** What every file carries: the data version and where the edition's corrections are listed. */
export interface FileMeta {
	/** Language of the titles, descriptions, unit names and notes (column names are the same in every one). */
	locale: Locale;
	dataVersion: string;
	/** Absolute URL of the change log entry of an edition (or of all editions for year undefined). */
	errataUrl: (year?: number) => string;
}

/** How a unit appears in a table. */
type EntryStatus = 'assessed' | 'not_assessed' | 'not_in_record' | 'not_published';
interface Entry {
	unit: Unit;
	row?: RankedRow;
	status: EntryStatus;
}

const STATUS_SUFFIX = '_trang_thai';
const collator = new Intl.Collator('vi');

const validOn = (u: Unit, date: string) =>
	(u.valid_from == null || u.valid_from <= date) && (u.valid_to == null || date <= u.valid_to);

/**
 * Every unit the table concerns, in the model's order: its rows, then the units the edition
 * says were left out, then units of the level that existed on the table's date without a row
 * (not in the record; not published when the table has no row at all).
 */
function entries(data: Dataset, table: TableView): Entry[] {
	const out: Entry[] = table.rows.map((row) => ({
		unit: data.units.get(row.unit)!,
		row,
		status: 'assessed',
	}));
	const seen = new Set(out.map((e) => e.unit.id));
	for (const na of table.spec.not_assessed) {
		if (seen.has(na.unit)) continue;
		seen.add(na.unit);
		out.push({ unit: data.units.get(na.unit)!, status: 'not_assessed' });
	}
	const pool = table.spec.level === 'provinces' ? data.provinces : data.ministries;
	const rest = pool
		.filter((u) => !seen.has(u.id) && validOn(u, table.spec.as_of))
		.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
	const status: EntryStatus = table.rows.length ? 'not_in_record' : 'not_published';
	for (const u of rest) out.push({ unit: u, status });
	return out;
}

/** One measure of a table: a value read from a row, with a label in the file's language. */
interface Measure {
	key: string;
	title: string;
	type: 'integer' | 'number';
	/** The part of the row it belongs to, which decides the kind of gap when it is missing. */
	part: ValuePart;
	read: (r: RankedRow) => number | undefined;
}

function measures(view: EditionView, locale: Locale): Measure[] {
	const fw = view.edition.framework;
	const s = t(locale).downloads;
	const item = (kind: 'pillars' | 'indices', it: FrameworkItem): Measure[] => [
		{
			key: `${it.key}_diem`,
			title: `${it.name[locale]} — ${s.scoreWord}`,
			type: 'number',
			part: kind,
			read: (r) => r[kind][it.key]?.score,
		},
		{
			key: `${it.key}_hang`,
			title: `${it.name[locale]} — ${s.rankWord}`,
			type: 'integer',
			part: kind,
			read: (r) => r[kind][it.key]?.rank,
		},
	];
	return [
		{ key: 'hang', title: s.fields.hang, type: 'integer', part: 'rank', read: (r) => r.rank },
		{ key: 'diem_dti', title: s.fields.diem_dti, type: 'number', part: 'total', read: (r) => r.total },
		...fw.pillars.flatMap((p) => item('pillars', p)),
		...fw.indices.flatMap((i) => item('indices', i)),
	];
}

/** A value's status: the row's gap kind for its part (src/lib/data/gaps.ts), or the unit's entry status. */
function measureStatus(e: Entry, table: TableView, part: ValuePart, value: number | undefined): Status {
	if (e.status === 'assessed') return value === undefined ? valueGap(table.spec, part) : 'value';
	return e.status;
}

const str = (name: string, title: string, description: string, extra: Partial<Field> = {}): Field => ({
	name,
	type: 'string',
	title,
	description,
	...extra,
});

/** A value field and its status field. */
function withStatus(
	name: string,
	type: 'integer' | 'number',
	title: string,
	description: string,
	locale: Locale,
): Field[] {
	const s = t(locale).downloads;
	return [
		{ name, type, title, description, status: name + STATUS_SUFFIX },
		{
			name: name + STATUS_SUFFIX,
			type: 'string',
			title: `${title} — ${s.statusWord}`,
			description: s.statusDescription(title),
			statusOf: name,
			enum: STATUSES,
		},
	];
}

function identityFields(level: 'provinces' | 'ministries', locale: Locale): Field[] {
	const s = t(locale).downloads;
	return [
		{ name: 'ky', type: 'integer', title: s.fields.ky, description: s.descriptions.ky },
		str('bang', s.fields.bang, s.descriptions.bang),
		str('ma_don_vi', s.fields.ma_don_vi, s.descriptions.ma_don_vi),
		str('ten_don_vi', s.fields.ten_don_vi, s.descriptions.ten_don_vi),
		str('ten_cong_bo', s.fields.ten_cong_bo, s.descriptions.ten_cong_bo),
		level === 'provinces'
			? str('vung', s.fields.vung, s.descriptions.vung, {
					enum: ['TDMNPB', 'DBSH', 'BTB_DHMT', 'TN', 'DNB', 'DBSCL', ''],
				})
			: str('nhom', s.fields.nhom, s.descriptions.nhom, {
					enum: ['public-services', 'no-public-services', ''],
				}),
	];
}

function trailerFields(locale: Locale): Field[] {
	const s = t(locale).downloads;
	return [
		str('nguon', s.fields.nguon, s.descriptions.nguon),
		str('ghi_chu', s.fields.ghi_chu, s.descriptions.ghi_chu),
		str('phien_ban_du_lieu', s.fields.phien_ban_du_lieu, s.descriptions.phien_ban_du_lieu),
		str('dinh_chinh', s.fields.dinh_chinh, s.descriptions.dinh_chinh),
	];
}

export interface TableData {
	year: number;
	table: TableView;
	fields: Field[];
	records: DataRecord[];
}

/** One table of one edition, one record per unit (wide: one column per measure). */
export function tableData(data: Dataset, view: EditionView, table: TableView, meta: FileMeta): TableData {
	const { locale } = meta;
	const s = t(locale).downloads;
	const level = table.spec.level;
	const ms = measures(view, locale);
	const fields: Field[] = [
		...identityFields(level, locale),
		...withStatus('hang', 'integer', s.fields.hang, s.descriptions.hang, locale),
		{ name: 'dong_hang', type: 'boolean', title: s.fields.dong_hang, description: s.descriptions.dong_hang },
		str('co_so_hang', s.fields.co_so_hang, s.descriptions.co_so_hang),
		...withStatus(
			'so_don_vi_xep_hang',
			'integer',
			s.fields.so_don_vi_xep_hang,
			s.descriptions.so_don_vi_xep_hang,
			locale,
		),
		...withStatus('diem_dti', 'number', s.fields.diem_dti, s.descriptions.diem_dti, locale),
		...withStatus('thay_doi_hang', 'integer', s.fields.thay_doi_hang, s.descriptions.thay_doi_hang, locale),
		...withStatus('thay_doi_diem', 'number', s.fields.thay_doi_diem, s.descriptions.thay_doi_diem, locale),
		...ms
			.slice(2)
			.flatMap((m) => withStatus(m.key, m.type, m.title, s.descriptions.measure(m.title), locale)),
		...trailerFields(locale),
	];
	const errata = meta.errataUrl(view.year);
	const records = entries(data, table).map((e): DataRecord => {
		const r = e.row;
		const rec: DataRecord = {
			ky: view.year,
			bang: table.spec.id,
			ma_don_vi: e.unit.id,
			ten_don_vi: unitName(e.unit, locale, view.edition.published.date),
			ten_cong_bo: r?.published_name ?? '',
		};
		if (level === 'provinces') rec.vung = ('region' in e.unit ? e.unit.region : undefined) ?? '';
		else rec.nhom = r?.group ?? '';
		const put = (name: string, value: number | undefined, status: Status) => {
			rec[name] = value ?? null;
			rec[name + STATUS_SUFFIX] = status;
		};
		put('hang', r?.rank, measureStatus(e, table, 'rank', r?.rank));
		rec.dong_hang = r?.tied ?? false;
		rec.co_so_hang = r?.rank_basis ?? '';
		put('so_don_vi_xep_hang', r?.outOf, measureStatus(e, table, 'rank', r?.outOf));
		put('diem_dti', r?.total, measureStatus(e, table, 'total', r?.total));
		put('thay_doi_hang', r?.rankChange, changeStatus(e, r, r?.rankChange, 'rank'));
		put('thay_doi_diem', r?.totalChange, changeStatus(e, r, r?.totalChange, 'total'));
		for (const m of ms.slice(2)) {
			const v = r ? m.read(r) : undefined;
			put(m.key, v, measureStatus(e, table, m.part, v));
		}
		rec.nguon = (r?.sources ?? []).map((k) => data.sources.get(k)?.url ?? k).join(' ');
		const note = r
			? (readerNote(r.note) ?? '')
			: e.status === 'not_assessed'
				? notAssessedNote(table, e.unit.id)
				: '';
		rec.ghi_chu = note && dataText(note, locale).text;
		rec.phien_ban_du_lieu = meta.dataVersion;
		rec.dinh_chinh = errata;
		return rec;
	});
	return { year: view.year, table, fields, records };
}

const notAssessedNote = (table: TableView, id: string) =>
	table.spec.not_assessed.find((n) => n.unit === id)?.note ?? '';

/** Status of a change against the previous edition: why the model could not compute it (`changeGaps`). */
function changeStatus(
	e: Entry,
	r: RankedRow | undefined,
	change: number | undefined,
	kind: 'rank' | 'total',
): Status {
	if (change !== undefined) return 'value';
	if (e.status !== 'assessed' || !r) return e.status === 'assessed' ? 'not_in_record' : e.status;
	return r.changeGaps[kind] ?? 'not_in_record';
}

/** Fields of the long format: one record per edition, table, unit and measure. */
export function longFields(locale: Locale): Field[] {
	const s = t(locale).downloads;
	return [
		{ name: 'ky', type: 'integer', title: s.fields.ky, description: s.descriptions.ky },
		str('bang', s.fields.bang, s.descriptions.bang),
		str('cap', s.fields.cap, s.descriptions.cap, { enum: ['provinces', 'ministries'] }),
		str('ma_don_vi', s.fields.ma_don_vi, s.descriptions.ma_don_vi),
		str('ten_don_vi', s.fields.ten_don_vi, s.descriptions.ten_don_vi),
		str('ten_cong_bo', s.fields.ten_cong_bo, s.descriptions.ten_cong_bo),
		str('nhom', s.fields.nhom, s.descriptions.nhom, { enum: ['public-services', 'no-public-services', ''] }),
		str('chi_tieu', s.fields.chi_tieu, s.descriptions.chi_tieu),
		str('ten_chi_tieu', s.fields.ten_chi_tieu, s.descriptions.ten_chi_tieu),
		...withStatus('gia_tri', 'number', s.fields.gia_tri, s.descriptions.gia_tri, locale),
		str('phien_ban_du_lieu', s.fields.phien_ban_du_lieu, s.descriptions.phien_ban_du_lieu),
		str('dinh_chinh', s.fields.dinh_chinh, s.descriptions.dinh_chinh),
	];
}

/** Long-format records of every edition and table (optionally of one unit only). */
export function longRecords(data: Dataset, meta: FileMeta, unitId?: string): DataRecord[] {
	const out: DataRecord[] = [];
	for (const view of data.editions) {
		const ms = measures(view, meta.locale);
		const errata = meta.errataUrl(view.year);
		for (const table of view.tables) {
			for (const e of entries(data, table)) {
				if (unitId !== undefined && e.unit.id !== unitId) continue;
				for (const m of ms) {
					const v = e.row ? m.read(e.row) : undefined;
					out.push({
						ky: view.year,
						bang: table.spec.id,
						cap: table.spec.level,
						ma_don_vi: e.unit.id,
						ten_don_vi: unitName(e.unit, meta.locale, view.edition.published.date),
						ten_cong_bo: e.row?.published_name ?? '',
						nhom: e.row?.group ?? '',
						chi_tieu: m.key,
						ten_chi_tieu: m.title,
						gia_tri: v ?? null,
						gia_tri_trang_thai: measureStatus(e, table, m.part, v),
						phien_ban_du_lieu: meta.dataVersion,
						dinh_chinh: errata,
					});
				}
			}
		}
	}
	return out;
}
