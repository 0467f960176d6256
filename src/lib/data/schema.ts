/**
 * Zod schemas for everything in `data/`. They are the single description of the data model:
 * `src/lib/data/load.ts` validates data/ with them for the content collections, the config, the
 * CLI scripts and the tests; `src/content.config.ts` types the collections with them.
 * No Astro imports beyond `astro/zod`, so plain Node and Vitest can load this file.
 */
import { z } from 'astro/zod';

/** ASCII slug used in URLs: lower-case letters, digits and single hyphens. */
export const unitId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be an ASCII slug such as "da-nang"' });

const isoDate = z.iso.date();

/**
 * A web address the site may link to: http: or https: only, so a `javascript:` or `data:` URL
 * in the data can never become a clickable link.
 */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** A name the unit was known by, with the last day it was in official use. */
const formerName = z.strictObject({ name: z.string().min(1), until: isoDate });

const unitBase = z.strictObject({
	id: unitId,
	/** Official short Vietnamese name in current (or last) use, with diacritics: "Đà Nẵng". */
	name: z.string().min(1),
	/** Full official name: "Thành phố Đà Nẵng", "Bộ Tài chính". */
	name_full: z.string().min(1),
	/** English name. */
	name_en: z.string().min(1),
	/** Every form in which DTI publications print the name ("TP. Đà Nẵng", "Thừa Thiên - Huế"). */
	aliases: z.array(z.string().min(1)).default([]),
	former_names: z.array(formerName).default([]),
	/**
	 * Informal names and abbreviations readers type into the search box but DTI does not print
	 * ("Sài Gòn", "TP.HCM", "Bộ TT&TT"). Used only by search, never to match published rows.
	 */
	search_terms: z.array(z.string().min(1)).default([]),
	/** First day the unit existed in this form; null when it predates the DTI. */
	valid_from: isoDate.nullable(),
	/** Last day the unit existed in this form; null while it still exists. */
	valid_to: isoDate.nullable(),
	/** Units this one was merged into or became (2025 reorganisations). */
	successors: z.array(unitId).default([]),
	/** Units merged into this one. */
	predecessors: z.array(unitId).default([]),
	/** How the successor relation came about, in Vietnamese and English. */
	succession_note: z.string().optional(),
	succession_note_en: z.string().optional(),
	/** Legal basis of the change (resolution, decree), in Vietnamese; English pages show `succession_basis_en`, or this through data-text.ts. */
	succession_basis: z.string().optional(),
	succession_basis_en: z.string().optional(),
	note: z.string().optional(),
});

export const regionCode = z.enum(['TDMNPB', 'DBSH', 'BTB_DHMT', 'TN', 'DNB', 'DBSCL']);

export const provinceSchema = unitBase.extend({
	/** GSO code (2 digits) of the official list in force while the unit existed. */
	code: z.string().regex(/^\d{2}$/, { error: 'must be a two-digit GSO code' }),
	type: z.enum(['city', 'province']),
	/** GSO socio-economic region; absent where predecessors span several regions. */
	region: regionCode.optional(),
});

export const ministrySchema = unitBase.extend({
	/** Short code used by the registry this project started from (mof, mpi, …). */
	code: z.string().regex(/^[a-z]+$/),
	agency_type: z.enum(['ministry', 'ministry-level', 'government-agency']),
});

export const levelSchema = z.enum(['provinces', 'ministries']);
export const ministryGroup = z.enum(['public-services', 'no-public-services']);

const bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

const frameworkItem = z.strictObject({
	key: z.string().regex(/^[a-z_]+$/),
	name: bilingual,
	/** Points out of the framework total, where the framework documents them. */
	weight: z.number().positive().optional(),
	note: z.string().optional(),
});

/** Decimals a source printed, where fewer than the scale's four (0.71 → 2). */
const digits = z.int().min(0).max(3);

const sourcedValue = z.strictObject({
	value: z.number(),
	digits: digits.optional(),
	/** Free-text caveat shown next to the value. */
	note: z.string().optional(),
	sources: z.array(webUrl).min(1),
});

/**
 * What kind of publication a source is, in the order pages list them: the publisher's own
 * tables and decisions (dti.gov.vn, the ministry) first, then other state bodies' portals, the
 * press, and last copies or compilations made by others (aggregators, reposts, scraped files).
 */
export const sourceKind = z.enum(['official', 'government', 'press', 'secondary']);

/** A publication date as the source states it: a day, or only the month or the year. */
export const partialDate = z
	.string()
	.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
		error: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
	});

export const sourceSchema = z.strictObject({
	/** Source key cited by result rows ("P22", "A20_VIETJO"). Internal: never shown to readers. */
	id: z.string().regex(/^[A-Z0-9_]+$/),
	kind: sourceKind,
	/** Who published it, in Vietnamese: "Bộ Thông tin và Truyền thông", "Báo Lao Động". */
	publisher: z.string().min(1),
	/** Title as published, in its own language. */
	title: z.string().min(1),
	/** Language of the title where it is not Vietnamese (English and Japanese sources). */
	lang: z.enum(['en', 'ja']).optional(),
	/** Publication date where the source states it; never estimated. */
	date: partialDate.optional(),
	url: webUrl,
	/** One Vietnamese sentence a reader needs to judge the source ("Bản sao … do … trích xuất"). */
	remark: z.string().min(1).optional(),
	/** Research note (English) from data/raw/dti/SOURCES.md: how a value was read or checked. Never shown on reader pages. */
	note: z.string().min(1).optional(),
});

/**
 * data/row-notes.json: the Vietnamese text readers see for each research note of a result row
 * (`note`, as recorded in English); `vi: null` keeps a note off reader pages.
 */
export const rowNotesSchema = z.array(z.strictObject({ note: z.string().min(1), vi: z.string().min(1).nullable() }));

const tableSchema = z.strictObject({
	/** Table id, also the results file name without `.json`: "provinces", "provinces-63", "ministries". */
	id: z.string().regex(/^[a-z0-9-]+$/),
	level: levelSchema,
	/** Geography the table ranks (for provinces: which map of units). */
	geography: z.enum(['vn-63', 'vn-34', 'ministries']),
	/** Date at which every unit of the table must be valid. */
	as_of: isoDate,
	/** The edition's headline table for this level. */
	primary: z.boolean(),
	title: bilingual,
	/** Number of units ranked in the official table, where stated. */
	size: z.int().positive().optional(),
	/** Sizes per ministry group. */
	group_sizes: z.partialRecord(ministryGroup, z.int().positive()).optional(),
	/** What of this table the published record lacks, shown on the ranking page. */
	coverage_note: bilingual.optional(),
	/**
	 * false when the edition published no results for this level (ministries in DTI 2024): the
	 * table then has no rows, and the site says "not published" instead of showing an empty table.
	 */
	results_published: z.boolean().optional(),
	/**
	 * Parts of the table the publisher gave no values for (DTI 2024: "pillars"; its 63-province
	 * table: "pillars" and "indices"). A missing value there reads "không công bố"; any other
	 * missing value of a published table was published but is not in the record ("chưa có trong
	 * dữ liệu"). See src/lib/data/gaps.ts.
	 */
	unreleased: z.array(z.enum(['rank', 'total', 'pillars', 'indices'])).default([]),
	/** Units known to have been left out of the assessment. */
	not_assessed: z.array(z.strictObject({ unit: unitId, note: z.string() })).default([]),
});

export const editionSchema = z.strictObject({
	year: z.int().min(2019).max(2100),
	title: z.string().min(1),
	published: z.strictObject({
		date: isoDate,
		time: z.string().optional(),
		event: z.string().min(1),
		theme: z.string().optional(),
		publisher: z.string().min(1),
		sources: z.array(webUrl).min(1),
	}),
	scale: z.strictObject({ min: z.number(), max: z.number() }),
	framework: z.strictObject({
		/** Frameworks with the same id measure the same indices, so their sub-scores compare. */
		id: z.string().min(1),
		basis: z.string().min(1),
		summary: bilingual,
		pillars: z.array(frameworkItem),
		indices: z.array(frameworkItem),
		/** Whether the total is built from the pillars (2020) or the main indices (2021 on). */
		total_from: z.enum(['pillars', 'indices']),
		components: z.int().positive().optional(),
	}),
	national: sourcedValue.optional(),
	national_note: z.string().optional(),
	averages: z
		.strictObject({
			provinces: sourcedValue.optional(),
			'public-services': sourcedValue.optional(),
			'no-public-services': sourcedValue.optional(),
		})
		.default({}),
	/** Provincial pillar averages where published. */
	pillar_averages: z.record(z.string(), sourcedValue).default({}),
	tables: z.array(tableSchema).min(1),
	/** What is missing from the published record of this edition. */
	gaps: z.array(bilingual).default([]),
	errata: z.array(z.strictObject({ date: isoDate, text: z.string().min(1) })).default([]),
});

const score = z.number();
const rank = z.int().positive();

/** A pillar or main-index result: score and/or rank, each optional (sources are partial). */
const subResult = z.strictObject({ score: score.optional(), rank: rank.optional() });

export const rankBasis = z.enum([
	'published',
	'position',
	'listed_order',
	'bottom_position_stated',
	'rank_unknown',
	'not_found',
]);

export const resultRowSchema = z.strictObject({
	unit: unitId,
	/** The unit's name exactly as the source printed it. */
	published_name: z.string().min(1),
	group: ministryGroup.optional(),
	rank: rank.optional(),
	rank_basis: rankBasis,
	total: score.optional(),
	pillars: z.record(z.string(), subResult).default({}),
	indices: z.record(z.string(), subResult).default({}),
	sources: z.array(z.string().regex(/^[A-Z0-9_]+$/)).default([]),
	/** Values printed with fewer than four decimals, by field ("total", "pillars.kinh_te_so.score"). */
	precision: z.record(z.string(), digits).optional(),
	note: z.string().optional(),
});

export const resultTableSchema = z.strictObject({
	edition: z.int(),
	table: z.string().regex(/^[a-z0-9-]+$/),
	rows: z.array(resultRowSchema),
});

export type Province = z.output<typeof provinceSchema>;
export type Ministry = z.output<typeof ministrySchema>;
export type Edition = z.output<typeof editionSchema>;
export type EditionTable = Edition['tables'][number];
export type ResultRow = z.output<typeof resultRowSchema>;
export type ResultTable = z.output<typeof resultTableSchema>;
export type Source = z.output<typeof sourceSchema>;
export type SourceKind = z.output<typeof sourceKind>;
export type Level = z.output<typeof levelSchema>;
export type MinistryGroup = z.output<typeof ministryGroup>;
export type FrameworkItem = Edition['framework']['pillars'][number];
