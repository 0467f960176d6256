/**
 * Why a value is there or not: `value` (present), `not_published` (the unit was ranked but no
 * stored source publishes the value, or the edition published no results for the level),
 * `not_in_record` (results were published without this unit), `not_comparable` (no change can
 * be computed: first edition, another set of units or group), `not_assessed` (the edition says
 * the unit was left out). No imports: the locale tables use the type.
 */
export const STATUSES = [
	'value',
	'not_published',
	'not_in_record',
	'not_comparable',
	'not_assessed',
] as const;
export type Status = (typeof STATUSES)[number];
