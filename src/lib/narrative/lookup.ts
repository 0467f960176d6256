/**
 * Figures quoted in narrative prose, looked up in the dataset model so that a data correction
 * flows into the text. Every lookup either returns a published value or throws a
 * `NarrativeDataError` naming the tag, the edition, the unit and what is missing: an article
 * cannot quote a number the data does not hold.
 */
import { DEFAULT_LOCALE } from '../i18n.ts';
import type { Dataset } from '../data/model.ts';
import { resolver } from '../data/find.ts';
import type { Level, MinistryGroup } from '../data/schema.ts';
import {
	describeRankChange,
	formatInt,
	formatRank,
	formatScore,
	formatScoreDelta,
	type Locale,
} from '../format.ts';
import { dataText } from '../data-text.ts';
import { t } from '../i18n.ts';

export class NarrativeDataError extends Error {
	override name = 'NarrativeDataError';
}

/** Fields `<Value>` can quote. `pillar.<key>` / `index.<key>` read a sub-score, `pillarRank.<key>` its rank. */
export type ValueField =
	| 'total'
	| 'rank'
	| 'totalChange'
	| 'rankChange'
	| 'diffAverage'
	| 'diffLeader'
	| `pillar.${string}`
	| `pillarRank.${string}`
	| `index.${string}`;

export interface Quoted {
	/** Text to print. */
	text: string;
	/** Raw value (for data attributes and tests). */
	value: number;
	/** Longer description for a `title` attribute. */
	title: string;
}

/** The one resolver of the model (src/lib/data/find.ts), failing as this tag. */
const lookup = (data: Dataset, tag: string) => resolver(data, tag, NarrativeDataError);

function missing(tag: string, what: string, unitId: string, year: number): never {
	throw new NarrativeDataError(
		`${tag}: the ${what} of "${unitId}" in DTI ${year} is not published in data/editions/${year}; write around the gap instead of quoting it`,
	);
}

export interface ValueQuery {
	edition: number;
	unit: string;
	field?: ValueField;
	table?: string;
	locale?: Locale;
	/** Print the magnitude only (for prose that carries the direction in words). */
	abs?: boolean;
}

/** A unit's published figure in an edition, formatted for prose. */
export function quoteValue(data: Dataset, q: ValueQuery): Quoted {
	const quoted = quoteSigned(data, q);
	if (!q.abs) return quoted;
	const magnitude = Math.abs(quoted.value);
	const field = q.field ?? 'total';
	const text =
		field === 'rankChange' || field.startsWith('pillarRank') || field === 'rank'
			? formatInt(magnitude, q.locale ?? DEFAULT_LOCALE)
			: formatScore(magnitude, q.locale ?? DEFAULT_LOCALE, 4);
	return { ...quoted, text };
}

function quoteSigned(data: Dataset, q: ValueQuery): Quoted {
	const field = q.field ?? 'total';
	const locale = q.locale ?? 'vi';
	const tag = `<Value edition={${q.edition}} unit="${q.unit}" field="${field}">`;
	const r = lookup(data, tag);
	const view = r.edition(q.edition);
	const unit = r.unit(q.unit);
	const table = r.table(view, unit.level, { id: q.table, holding: unit.id });
	const row = r.row(table, unit.id);
	const [kind, key] = field.includes('.') ? (field.split('.', 2) as [string, string]) : [field, ''];
	const known = (items: { key: string }[]) => items.map((i) => i.key);
	switch (kind) {
		case 'total':
			if (row.total === undefined) missing(tag, 'total', unit.id, q.edition);
			return {
				text: formatScore(row.total, locale, row.precision?.total),
				value: row.total,
				title: `DTI ${q.edition}`,
			};
		case 'rank':
			if (row.rank === undefined) missing(tag, 'rank', unit.id, q.edition);
			return {
				text: formatRank(row.rank, row.tied, locale),
				value: row.rank,
				title: row.outOf ? `${row.rank}/${row.outOf}` : String(row.rank),
			};
		case 'totalChange':
			if (row.totalChange === undefined) missing(tag, 'change of total', unit.id, q.edition);
			return {
				text: formatScoreDelta(row.totalChange, locale),
				value: row.totalChange,
				title: `DTI ${q.edition} − DTI ${row.previous?.year}`,
			};
		case 'rankChange':
			if (row.rankChange === undefined) missing(tag, 'rank change', unit.id, q.edition);
			return {
				text: describeRankChange(row.rankChange, locale),
				value: row.rankChange,
				title: `${row.previous?.rank} → ${row.rank}`,
			};
		case 'diffAverage':
			if (row.diffAverage === undefined) missing(tag, 'difference to the average', unit.id, q.edition);
			return {
				text: formatScoreDelta(row.diffAverage, locale),
				value: row.diffAverage,
				title: `${row.total} − ${row.average}`,
			};
		case 'diffLeader':
			if (row.diffLeader === undefined) missing(tag, 'difference to the leader', unit.id, q.edition);
			return {
				text: formatScoreDelta(row.diffLeader, locale),
				value: row.diffLeader,
				title: `${row.total} − ${row.leaderTotal}`,
			};
		case 'pillar':
		case 'pillarRank':
		case 'index': {
			const items = kind === 'index' ? view.edition.framework.indices : view.edition.framework.pillars;
			if (!known(items).includes(key))
				throw new NarrativeDataError(
					`${tag}: DTI ${q.edition} has no ${kind === 'index' ? 'main index' : 'pillar'} "${key}" (known: ${known(items).join(', ')})`,
				);
			const sub = (kind === 'index' ? row.indices : row.pillars)[key];
			const name = items.find((i) => i.key === key)!.name[locale];
			if (kind === 'pillarRank') {
				if (sub?.rank === undefined) missing(tag, `rank in pillar "${key}"`, unit.id, q.edition);
				return { text: formatInt(sub.rank, locale), value: sub.rank, title: name };
			}
			if (sub?.score === undefined) missing(tag, `score of "${key}"`, unit.id, q.edition);
			const digits = row.precision?.[`${kind === 'index' ? 'indices' : 'pillars'}.${key}.score`];
			return { text: formatScore(sub.score, locale, digits), value: sub.score, title: name };
		}
		default:
			throw new NarrativeDataError(
				`${tag}: unknown field "${field}" (use total, rank, totalChange, rankChange, diffAverage, diffLeader, pillar.<key>, pillarRank.<key>, index.<key>)`,
			);
	}
}

/** The national DTI of an edition. */
export function quoteNational(data: Dataset, edition: number, locale: Locale = 'vi'): Quoted {
	const tag = `<National edition={${edition}}>`;
	const view = lookup(data, tag).edition(edition);
	const national = view.edition.national;
	if (!national)
		throw new NarrativeDataError(
			`${tag}: the national DTI ${edition} is not published in data/editions/${edition}/edition.json`,
		);
	return {
		text: formatScore(national.value, locale, national.digits),
		value: national.value,
		title: national.note ? dataText(national.note, locale).text : `DTI ${edition}`,
	};
}

export type AverageGroup = 'provinces' | MinistryGroup;

/** A published group average (or provincial pillar average). */
export function quoteAverage(
	data: Dataset,
	edition: number,
	group: AverageGroup,
	pillar?: string,
	locale: Locale = 'vi',
): Quoted {
	const tag = `<Average edition={${edition}} group="${group}"${pillar ? ` pillar="${pillar}"` : ''}>`;
	const view = lookup(data, tag).edition(edition);
	const sourced = pillar ? view.edition.pillar_averages[pillar] : view.edition.averages[group];
	if (pillar && group !== 'provinces')
		throw new NarrativeDataError(`${tag}: pillar averages exist for provinces only`);
	if (!sourced)
		throw new NarrativeDataError(
			`${tag}: this average is not published in data/editions/${edition}/edition.json`,
		);
	return {
		text: formatScore(sourced.value, locale, sourced.digits),
		value: sourced.value,
		title: sourced.note ? dataText(sourced.note, locale).text : `DTI ${edition}`,
	};
}

/** Number of units ranked in a table (or a ministry group), as the edition states it. */
export function quoteSize(
	data: Dataset,
	edition: number,
	level: Level,
	opts: { table?: string; group?: MinistryGroup; locale?: Locale } = {},
): Quoted {
	const tag = `<Size edition={${edition}} level="${level}"${opts.table ? ` table="${opts.table}"` : ''}${opts.group ? ` group="${opts.group}"` : ''}>`;
	const r = lookup(data, tag);
	const table = r.table(r.edition(edition), level, { id: opts.table });
	const size = opts.group ? table.spec.group_sizes?.[opts.group] : table.spec.size;
	if (size === undefined)
		throw new NarrativeDataError(
			`${tag}: the size of this table is not stated in data/editions/${edition}/edition.json`,
		);
	return {
		text: formatInt(size, opts.locale ?? DEFAULT_LOCALE),
		value: size,
		title: table.spec.title[opts.locale ?? 'vi'],
	};
}

/**
 * Arithmetic mean of the published totals of a table, computed here (not a published figure);
 * only when every ranked unit of the table has a total, so a partial table never yields a mean.
 */
export function quoteMean(
	data: Dataset,
	edition: number,
	level: Level = 'provinces',
	opts: { table?: string; locale?: Locale } = {},
): Quoted {
	const tag = `<Mean edition={${edition}} level="${level}">`;
	const r = lookup(data, tag);
	const table = r.table(r.edition(edition), level, { id: opts.table });
	const totals = table.rows.map((r) => r.total);
	if (!table.spec.size || totals.length !== table.spec.size || totals.some((v) => v === undefined))
		throw new NarrativeDataError(
			`${tag}: the table "${table.spec.id}" does not publish a total for every unit, so no mean is computed`,
		);
	const mean = (totals as number[]).reduce((a, b) => a + b, 0) / totals.length;
	const value = Number(mean.toFixed(4));
	return {
		text: formatScore(value, opts.locale ?? DEFAULT_LOCALE, 4),
		value,
		title: t(opts.locale ?? 'vi').computedMean(totals.length),
	};
}

/** Counts from an edition's framework: main indices, pillars, component indicators. */
export function quoteFramework(
	data: Dataset,
	edition: number,
	field: 'indices' | 'pillars' | 'components',
	locale: Locale = 'vi',
): Quoted {
	const tag = `<Framework edition={${edition}} field="${field}">`;
	const fw = lookup(data, tag).edition(edition).edition.framework;
	const value = field === 'components' ? fw.components : fw[field].length;
	if (value === undefined)
		throw new NarrativeDataError(
			`${tag}: the number of component indicators is not stated for DTI ${edition}`,
		);
	return { text: formatInt(value, locale), value, title: dataText(fw.basis, locale).text };
}
