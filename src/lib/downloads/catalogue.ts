/**
 * Every downloadable file, its bytes and its description: one CSV, XLSX and JSON per table of
 * each edition, one long CSV of everything, one long CSV per unit (the data of its history
 * chart), and the Frictionless Data descriptor `datapackage.json` of the tables and the long CSV.
 * The Astro endpoints under src/pages/du-lieu/ call these and nothing else.
 */
import type { Dataset, EditionView, TableView, Unit } from '../data/model.ts';
import { t } from '../i18n.ts';
import { formatDate, type Locale } from '../format.ts';
import { dataFiles, paths, type DataFormat } from '../url.ts';
import { toCsv } from './csv.ts';
import { citation, dataVersion, LICENCE, publishers, yearSpan, type Citation } from './meta.ts';
import { longFields, longRecords, tableData, type Field, type FileMeta, type TableData } from './records.ts';
import { toXlsx } from './xlsx.ts';
import { dataText } from '../data-text.ts';

export interface Catalogue {
	/** Language of the files' titles, names and descriptions (meta.locale). */
	locale: Locale;
	data: Dataset;
	meta: FileMeta;
	/** Absolute URL of the data page. */
	pageUrl: string;
	citation: Citation;
	tables: { view: EditionView; table: TableView }[];
}

/** The origin the files' links use when the build has no SITE_URL. */
export const NO_SITE_ORIGIN = 'https://dti.example.org';

/** The catalogue of a build in a locale; `site` is the public origin (Astro's `site`). */
export function catalogue(data: Dataset, site: URL | string, locale: Locale): Catalogue {
	const abs = (p: string) => new URL(p, site).href;
	const version = dataVersion(data);
	const pageUrl = abs(paths(locale).data());
	const meta: FileMeta = {
		locale,
		dataVersion: version,
		errataUrl: (year) => `${pageUrl}#${year === undefined ? 'dinh-chinh' : `dinh-chinh-${year}`}`,
	};
	const s = t(locale);
	return {
		locale,
		data,
		meta,
		pageUrl,
		citation: citation({
			data,
			url: pageUrl,
			author: s.siteName,
			title: s.downloads.packageTitle,
			version,
			publishers: publishers(data).map((p) => dataText(p, locale).text),
			locale,
		}),
		tables: data.editions.flatMap((view) => view.tables.map((table) => ({ view, table }))),
	};
}

/** Table data per catalogue (each locale's catalogue has its own titles and names) and table. */
const cache = new WeakMap<Catalogue, WeakMap<TableView, TableData>>();
function tableOf(c: Catalogue, view: EditionView, table: TableView): TableData {
	let mine = cache.get(c);
	if (!mine) cache.set(c, (mine = new WeakMap()));
	let d = mine.get(table);
	if (!d) mine.set(table, (d = tableData(c.data, view, table, c.meta)));
	return d;
}

/** Finds a table of the catalogue by year and table id. */
export function findTable(c: Catalogue, year: number, id: string): { view: EditionView; table: TableView } {
	const found = c.tables.find((x) => x.view.year === year && x.table.spec.id === id);
	if (!found) throw new Error(`No table "${id}" in DTI ${year}`);
	return found;
}

/** Data rows of a table file. */
export function tableRows(c: Catalogue, year: number, id: string): TableData {
	const { view, table } = findTable(c, year, id);
	return tableOf(c, view, table);
}

function jsonDoc(
	c: Catalogue,
	title: string,
	fields: Field[],
	rows: unknown[],
	extra: Record<string, unknown>,
): string {
	return (
		JSON.stringify(
			{
				title,
				...extra,
				data_version: c.meta.dataVersion,
				licence: { name: LICENCE.name, title: LICENCE.title, path: LICENCE.path },
				citation: c.citation.text,
				fields: fields.map(({ name, type, title: ft, description }) => ({
					name,
					type,
					title: ft,
					description,
				})),
				rows,
			},
			null,
			1,
		) + '\n'
	);
}

/** The bytes of one table file. */
export async function renderTable(
	c: Catalogue,
	year: number,
	id: string,
	format: DataFormat,
): Promise<string | Uint8Array<ArrayBuffer>> {
	const { view, table } = findTable(c, year, id);
	const d = tableOf(c, view, table);
	const s = t(c.locale);
	const pub = view.edition.published;
	if (format === 'csv') return toCsv(d.fields, d.records);
	if (format === 'json')
		return jsonDoc(c, table.spec.title[c.locale], d.fields, d.records, {
			edition: year,
			table: id,
			level: table.spec.level,
			as_of: table.spec.as_of,
			published: pub.date,
			publisher: dataText(pub.publisher, c.locale).text,
			errata: { url: c.meta.errataUrl(year), entries: view.edition.errata },
			sources: pub.sources,
		});
	const a = s.downloads.aboutRows;
	return toXlsx(d.fields, d.records, c.locale, {
		created: new Date(`${c.meta.dataVersion.slice(0, 10)}T00:00:00Z`),
		about: [
			[a.title, table.spec.title[c.locale]],
			[a.edition, `DTI ${year}`],
			[a.published, formatDate(pub.date, c.locale)],
			[a.publisher, dataText(pub.publisher, c.locale).text],
			[a.dataVersion, c.meta.dataVersion],
			[a.errata, c.meta.errataUrl(year)],
			[a.licence, `${LICENCE.title} (${LICENCE.name}) ${LICENCE.path}`],
			[a.citation, c.citation.text],
			[a.page, c.pageUrl],
			[a.note, s.downloads.gapsNote],
			...pub.sources.map((u, i): [string, string] => [i === 0 ? a.sources : '', u]),
		],
	});
}

/** The long CSV of every edition and table. */
export function renderLong(c: Catalogue): string {
	return toCsv(longFields(c.locale), longRecords(c.data, c.meta));
}

/** Units with a CSV of their own: every unit that some table concerns (see `longRecords`). */
export function unitsWithCsv(data: Dataset): Unit[] {
	return [...data.provinces, ...data.ministries].filter((u) =>
		data.series(u.id).some((e) => e.status !== 'not-existing'),
	);
}

/** The long CSV of one unit (the data behind its history chart). */
export function renderUnit(c: Catalogue, unitId: string): string {
	return toCsv(longFields(c.locale), longRecords(c.data, c.meta, unitId));
}

const tableSchema = (fields: Field[], primaryKey: string[]) => ({
	fields: fields.map((f) => ({
		name: f.name,
		type: f.type,
		title: f.title,
		description: f.description,
		...(f.enum ? { constraints: { enum: [...f.enum] } } : {}),
	})),
	missingValues: [''],
	primaryKey,
});

const MEDIA: Record<DataFormat, string> = {
	csv: 'text/csv',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	json: 'application/json',
};

/** The Frictionless Data Package descriptor (data-package profile; CSVs are tabular resources). */
export function dataPackage(c: Catalogue): Record<string, unknown> {
	const s = t(c.locale);
	const span = yearSpan(c.data);
	const resources: Record<string, unknown>[] = [];
	for (const { view, table } of c.tables) {
		const d = tableOf(c, view, table);
		const key = ['ma_don_vi'];
		for (const format of ['csv', 'xlsx', 'json'] as const) {
			resources.push({
				name: `dti-${view.year}-${table.spec.id}-${format}`,
				path: dataFiles.table(view.year, table.spec, format),
				...(format === 'csv' ? { profile: 'tabular-data-resource' } : { profile: 'data-resource' }),
				title: `${table.spec.title[c.locale]} (${format.toUpperCase()})`,
				description: table.spec.coverage_note?.[c.locale] ?? table.spec.title[c.locale],
				format,
				mediatype: MEDIA[format],
				...(format === 'xlsx' ? {} : { encoding: 'utf-8' }),
				...(format === 'csv' ? { dialect: { delimiter: ',', header: true, doubleQuote: true } } : {}),
				schema: tableSchema(d.fields, key),
				sources: view.edition.published.sources.map((u) => ({
					title: dataText(view.edition.published.publisher, c.locale).text,
					path: u,
				})),
			});
		}
	}
	resources.push({
		name: 'dti-tat-ca-csv',
		path: dataFiles.long(),
		profile: 'tabular-data-resource',
		title: s.downloads.longTitle,
		description: s.downloads.longDescription,
		format: 'csv',
		mediatype: MEDIA.csv,
		encoding: 'utf-8',
		dialect: { delimiter: ',', header: true, doubleQuote: true },
		schema: tableSchema(longFields(c.locale), ['ky', 'bang', 'ma_don_vi', 'chi_tieu']),
	});
	return {
		profile: 'data-package',
		name: 'dti-viet-nam',
		id: c.pageUrl,
		title: `${s.downloads.packageTitle}, DTI ${span}`,
		description: s.downloads.packageDescription,
		version: c.meta.dataVersion,
		homepage: c.pageUrl,
		created: `${c.meta.dataVersion.slice(0, 10)}T00:00:00Z`,
		keywords: ['DTI', 'chuyển đổi số', 'digital transformation', 'Việt Nam', 'tỉnh', 'bộ'],
		licenses: [{ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path }],
		contributors: [{ title: s.siteName, role: 'author', path: c.pageUrl }],
		sources: publishers(c.data).map((p) => ({
			title: dataText(p, c.locale).text,
			path: new URL(paths(c.locale).sources(), c.pageUrl).href,
		})),
		resources,
	};
}
