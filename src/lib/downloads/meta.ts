/**
 * What travels with every download: the data version, the licence, where corrections are
 * listed, and the citation in three forms (text, BibTeX, CSL-JSON).
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/model.ts';
import type { Locale } from '../format.ts';
import { t } from '../i18n.ts';

export const LICENCE = {
	name: 'CC-BY-4.0',
	label: 'CC BY 4.0',
	title: 'Creative Commons Attribution 4.0 International',
	path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const BOUNDARY_LICENCE = {
	name: 'CC-BY-SA-4.0',
	label: 'CC BY-SA 4.0',
	title: 'Creative Commons Attribution-ShareAlike 4.0 International',
	path: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;

/**
 * The data version: the latest publication or correction date of any edition, then the first
 * eight hex digits of a SHA-256 over the published record ("2025-10-21+3f9a2c1b"). The date
 * tells a reader how recent the record is; the hash changes whenever any value changes (a value
 * found later, a correction) and stays the same for the same data, so builds are reproducible.
 */
export function dataVersion(data: Dataset): string {
	const dates = data.editions.flatMap((v) => [
		v.edition.published.date,
		...v.edition.errata.map((e) => e.date),
	]);
	const latest = dates.sort().at(-1) ?? '0000-00-00';
	const record = data.editions.map((v) => ({
		edition: v.edition,
		tables: v.tables.map((t) => ({
			id: t.spec.id,
			rows: t.rows.map(
				({ unit, published_name, group, rank, rank_basis, total, pillars, indices, sources, note }) => ({
					unit,
					published_name,
					group,
					rank,
					rank_basis,
					total,
					pillars,
					indices,
					sources,
					note,
				}),
			),
		})),
	}));
	const hash = createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 8);
	return `${latest}+${hash}`;
}

/** Editions covered, "2020–2024". */
export function yearSpan(data: Dataset): string {
	return `${data.editions[0].year}–${data.latest.year}`;
}

export interface Citation {
	text: string;
	bibtex: string;
	csl: Record<string, unknown>;
}

/**
 * How to cite the compiled dataset. `url` is the absolute address of the data page; `author`
 * the site name (the compiling project), `publishers` the bodies that published the figures.
 */
export function citation(opts: {
	data: Dataset;
	url: string;
	author: string;
	title: string;
	version: string;
	publishers: string[];
	/** Language of the citation's words (the publishers are given in it too). */
	locale: Locale;
}): Citation {
	const { data, url, author, title, version, publishers, locale } = opts;
	const w = t(locale).downloads.cite;
	const span = yearSpan(data);
	const year = version.slice(0, 4);
	const fullTitle = `${title}, DTI ${span}`;
	const text = `${author} (${year}). ${fullTitle} ${w.dataset}, ${w.version} ${version}. ${w.sources}: ${publishers.join('; ')}. ${w.licence} CC BY 4.0. ${url}`;
	const esc = (s: string) => s.replace(/[{}\\]/g, (c) => `\\${c}`);
	const bibtex = [
		`@misc{dti_${span.replace('–', '_')},`,
		`  author       = {{${esc(author)}}},`,
		`  title        = {${esc(fullTitle)}},`,
		`  year         = {${year}},`,
		`  version      = {${esc(version)}},`,
		`  howpublished = {\\url{${url}}},`,
		`  note         = {${w.sources}: ${esc(publishers.join('; '))}. ${w.licence} CC BY 4.0},`,
		`  language     = {${w.language}}`,
		`}`,
	].join('\n');
	const csl = {
		id: `dti-${span}`,
		type: 'dataset',
		title: fullTitle,
		author: [{ literal: author }],
		issued: { 'date-parts': [[Number(year)]] },
		version,
		URL: url,
		language: locale,
		note: `${w.sources}: ${publishers.join('; ')}. ${w.licence} CC BY 4.0.`,
	};
	return { text, bibtex, csl };
}

/** Bodies that published the editions, in order of first edition ("Bộ Thông tin và Truyền thông"). */
export function publishers(data: Dataset): string[] {
	return [...new Set(data.editions.map((v) => v.edition.published.publisher))];
}
