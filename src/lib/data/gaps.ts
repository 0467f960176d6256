/**
 * The four kinds of gap, one vocabulary for every table, card, chart table and download:
 *
 * - `not_published` (không công bố): the publisher gave no value: the edition published no
 *   results for the level (ministries in DTI 2024), or the table's `unreleased` parts (DTI 2024
 *   published no pillar values; its 63-province table has totals only);
 * - `not_in_record` (chưa có trong dữ liệu): part of published results, but not found in any
 *   stored source (most gaps of DTI 2020–2023);
 * - `not_comparable` (không so sánh được): a change with no like-for-like previous value: the
 *   first edition, a unit that did not exist then, another set of units (63 → 34) or ministry group;
 * - `not_assessed` (không được đánh giá): the edition says the unit was left out.
 *
 * The codes are the status codes of the open-data files (src/lib/downloads/status.ts).
 */
import type { EditionTable } from './schema.ts';
import type { UnitEditionEntry } from './model.ts';

export const GAP_KINDS = ['not_published', 'not_in_record', 'not_comparable', 'not_assessed'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** The visible mark of each kind, the same in every language (the legend and hidden text name it). */
export const GAP_MARKS: Record<GapKind, string> = {
	not_published: '—',
	not_in_record: '…',
	not_comparable: '×',
	not_assessed: '○',
};

/** The parts of a result row a table can leave without values. */
export const VALUE_PARTS = ['rank', 'total', 'pillars', 'indices'] as const;
export type ValuePart = (typeof VALUE_PARTS)[number];

/** Why a value of a table's row is missing: not published by the publisher, or not in the record. */
export function valueGap(spec: Pick<EditionTable, 'results_published' | 'unreleased'>, part: ValuePart): GapKind {
	return spec.results_published === false || spec.unreleased.includes(part) ? 'not_published' : 'not_in_record';
}

/** Gap kinds in the order of the legend, without repeats. */
export function orderedKinds(kinds: Iterable<GapKind | undefined>): GapKind[] {
	const set = new Set(kinds);
	return GAP_KINDS.filter((k) => set.has(k));
}

/** Why the values of a chart row are missing, per field (`value`, `rank`, `previous`…), set only where one is. */
export type Gaps<K extends string = 'value'> = Partial<Record<K, GapKind>>;

/** The gap kind of an edition the unit has no row in (a unit that did not exist then is no gap). */
export const ENTRY_GAPS: Partial<Record<UnitEditionEntry['status'], GapKind>> = {
	'not-assessed': 'not_assessed',
	'not-published': 'not_published',
	'not-in-record': 'not_in_record',
};

/**
 * Why a unit has no value of a part in an edition: the entry's status where it has no row, else
 * the part's gap in its table; undefined where there is nothing to miss (the unit did not exist).
 */
export function entryGap(
	entry: Pick<UnitEditionEntry, 'status' | 'results'> | undefined,
	part: ValuePart,
): GapKind | undefined {
	if (!entry) return undefined;
	const table = entry.results[0]?.table;
	return entry.status === 'assessed' && table ? valueGap(table.spec, part) : ENTRY_GAPS[entry.status];
}
