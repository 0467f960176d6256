/**
 * Why a value is there or not: `value` (present), or one of the four kinds of gap of
 * src/lib/data/gaps.ts, decided there for the site and the files alike: `not_published` (the
 * publisher gave no value: no results for the level, or a part of the table listed in the
 * table's `unreleased`), `not_in_record` (published, but not found in any stored source),
 * `not_comparable` (no change can be computed: first edition, a new unit, another set of units
 * or group), `not_assessed` (the edition says the unit was left out). No imports: the locale
 * tables use the type.
 */
export const STATUSES = [
	'value',
	'not_published',
	'not_in_record',
	'not_comparable',
	'not_assessed',
] as const;
export type Status = (typeof STATUSES)[number];
