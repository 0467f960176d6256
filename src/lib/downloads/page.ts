/**
 * What the data page /du-lieu/ lists, from the catalogue: the files of each table, the column
 * dictionary (common columns, then the pillar and main-index keys of every framework), and the
 * change log of each edition.
 */
import type { Catalogue } from './catalogue.ts';
import { tableRows } from './catalogue.ts';
import type { Field } from './records.ts';
import { longFields } from './records.ts';
import { downloadHref, paths, type DataFormat } from '../url.ts';

export interface FileRow {
	year: number;
	title: string;
	/** Records in the files (units with a row, left out, or without a row). */
	records: number;
	/** Units with a published row. */
	published: number;
	links: Record<DataFormat, string>;
}

export function fileRows(c: Catalogue): FileRow[] {
	const order = [...c.tables].sort((a, b) => b.view.year - a.view.year);
	return order.map(({ view, table }) => ({
		year: view.year,
		title: table.spec.title[c.locale],
		records: tableRows(c, view.year, table.spec.id).records.length,
		published: table.rows.length,
		links: {
			csv: downloadHref(view.year, table.spec, 'csv', c.locale),
			xlsx: downloadHref(view.year, table.spec, 'xlsx', c.locale),
			json: downloadHref(view.year, table.spec, 'json', c.locale),
		},
	}));
}

/** A dictionary row: a field, and whether it has a `_trang_thai` companion. */
export interface DictRow {
	field: Field;
	withStatus: boolean;
}

const dictRows = (fields: Field[], skip: (f: Field) => boolean): DictRow[] =>
	fields
		.filter((f) => !f.statusOf && !skip(f))
		.map((field) => ({ field, withStatus: Boolean(field.status) }));

/** Columns common to the table files (pillar and main-index columns are listed by key). */
export function tableDictionary(c: Catalogue): DictRow[] {
	const keys = new Set(measureKeys(c).flatMap((m) => [`${m.key}_diem`, `${m.key}_hang`]));
	// Union of the tables' fields, each new one placed after the field it follows in its table.
	const out: Field[] = [];
	for (const { view, table } of c.tables) {
		const fields = tableRows(c, view.year, table.spec.id).fields;
		fields.forEach((f, i) => {
			if (out.some((o) => o.name === f.name)) return;
			const after = out.findIndex((o) => o.name === fields[i - 1]?.name);
			out.splice(after + 1, 0, f);
		});
	}
	return dictRows(out, (f) => keys.has(f.name));
}

export function longDictionary(c: Catalogue): DictRow[] {
	return dictRows(longFields(c.locale), () => false);
}

export interface MeasureKey {
	key: string;
	name: string;
	kind: 'pillars' | 'indices';
	years: number[];
}

/** Every pillar and main-index key used by some edition, with its name and editions. */
export function measureKeys(c: Catalogue): MeasureKey[] {
	const out = new Map<string, MeasureKey>();
	for (const view of c.data.editions)
		for (const kind of ['pillars', 'indices'] as const)
			for (const it of view.edition.framework[kind]) {
				const m = out.get(it.key) ?? { key: it.key, name: it.name[c.locale], kind, years: [] };
				m.years.push(view.year);
				out.set(it.key, m);
			}
	return [...out.values()];
}

export interface ChangeEntry {
	year: number;
	id: string;
	published: string;
	errata: { date: string; text: string }[];
	href: string;
}

/** The change log, newest edition first; `id` is the anchor the files' errata address points to. */
export function changeLog(c: Catalogue): ChangeEntry[] {
	return [...c.data.editions].reverse().map((v) => ({
		year: v.year,
		id: `dinh-chinh-${v.year}`,
		published: v.edition.published.date,
		errata: [...v.edition.errata].sort((a, b) => b.date.localeCompare(a.date)),
		href: paths(c.locale).edition(v.year),
	}));
}
