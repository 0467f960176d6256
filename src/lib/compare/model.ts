/**
 * The static JSON behind the compare page (/so-sanh/tinh.json, /so-sanh/bo.json): every unit of
 * a level with a profile, and for each edition its rank, total, pillars and main indices as
 * display text, taken from the dataset model (ranks, ties and sizes as the model has them). The
 * page script only lays these strings out side by side.
 */
import type { Dataset, UnitEditionEntry } from '../data/model.ts';
import type { Level } from '../data/schema.ts';
import { formatRank, formatScore, type Locale } from '../format.ts';
import { t } from '../i18n.ts';
import { absence, unitName } from '../names.ts';
import { GAP_MARKS, valueGap } from '../data/gaps.ts';
import { LEVEL_SEGMENT, paths } from '../url.ts';

export interface CompareEdition {
	year: number;
	label: string;
	/** Row labels of the side-by-side table: rank, total, (group,) pillars, main indices. */
	rows: string[];
}

export interface CompareUnit {
	id: string;
	name: string;
	/** Still exists (false for units merged in 2025 or reorganised ministries). */
	current: boolean;
	href: string;
	/**
	 * Per edition year: `c` the cells aligned with the edition's rows and `h` the one-line summary
	 * for the history table, or `n` the reason there is no result (not assessed, not published,
	 * not yet formed…). A missing value is the mark of its kind of gap (src/lib/data/gaps.ts:
	 * "—", "…"), which the page script speaks and explains in a legend.
	 */
	years: Record<string, { c: string[]; h: string } | { n: string }>;
}

export interface CompareData {
	level: 'tinh' | 'bo';
	editions: CompareEdition[];
	units: CompareUnit[];
}

const collator = new Intl.Collator('vi');

/** Rank with the table's size and tie mark: "3/63", "15/63 (đồng hạng)". */
export function rankText(
	rank: number | undefined,
	outOf: number | undefined,
	tied: boolean,
	locale: Locale = 'vi',
): string {
	if (rank === undefined) return '—';
	const n = formatRank(rank, false, locale);
	const s = t(locale);
	return `${outOf ? `${n}/${outOf}` : n}${tied ? ` (${s.tie})` : ''}`;
}

function cells(
	data: Dataset,
	e: UnitEditionEntry,
	level: Level,
	locale: Locale,
): { c: string[]; h: string } | { n: string } {
	const s = t(locale);
	if (e.status !== 'assessed') return { n: s.statuses[e.status] };
	const { row, table } = e.results[0];
	const fw = data.edition(e.year)!.edition.framework;
	const mark = (part: 'rank' | 'total' | 'pillars' | 'indices') => GAP_MARKS[valueGap(table.spec, part)];
	const score = (v: number | undefined, part: 'total' | 'pillars' | 'indices', digits?: number) =>
		v === undefined ? mark(part) : formatScore(v, locale, digits);
	const rank = row.rank === undefined ? mark('rank') : rankText(row.rank, row.outOf, row.tied, locale);
	const c = [
		rank,
		score(row.total, 'total', row.precision?.total),
		...(level === 'ministries' ? [row.group ? s.groups[row.group] : mark('rank')] : []),
		...fw.pillars.map((p) =>
			score(row.pillars[p.key]?.score, 'pillars', row.precision?.[`pillars.${p.key}.score`]),
		),
		...fw.indices.map((i) => score(row.indices[i.key]?.score, 'indices')),
	];
	const total = score(row.total, 'total', row.precision?.total);
	return { c, h: row.rank === undefined ? total : `${total} · ${s.rank.toLowerCase()} ${rank}` };
}

/** The compare data of a level. */
export function compareData(data: Dataset, level: Level, locale: Locale = 'vi'): CompareData {
	const s = t(locale);
	const editions = data.editions.map((v) => ({
		year: v.year,
		label: s.editionOf(v.year),
		rows: [
			s.rank,
			s.total,
			...(level === 'ministries' ? [s.compare.group] : []),
			...v.edition.framework.pillars.map((p) => `${p.name[locale]} (${s.pillars.toLowerCase()})`),
			...v.edition.framework.indices.map((i) => i.name[locale]),
		],
	}));
	const units = [...data.profileUnits(level)]
		.sort(
			(a, b) => Number(b.valid_to === null) - Number(a.valid_to === null) || collator.compare(a.name, b.name),
		)
		.map((u): CompareUnit => {
			const years: CompareUnit['years'] = {};
			for (const e of data.series(u.id))
				years[e.year] =
					e.status === 'not-existing'
						? { n: absence(u, e.year) === 'notYet' ? s.absence.notYet : s.absence[level] }
						: cells(data, e, level, locale);
			return {
				id: u.id,
				name: unitName(u, locale, '9999-12-31'),
				current: u.valid_to === null,
				href: paths(locale).profile(level, u.id),
				years,
			};
		});
	return { level: LEVEL_SEGMENT[level] as 'tinh' | 'bo', editions, units };
}
