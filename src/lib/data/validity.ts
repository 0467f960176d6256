/**
 * Validity of units in time: every unit has `valid_from` / `valid_to` (ISO dates, null = open).
 * One rule for the whole project (model, invariants, charts, import, unit linking).
 */

/** A date after every validity: naming a unit "as on" this date gives its latest name. */
export const OPEN_END = '9999-12-31';

/** The fields `validOn` reads. */
export interface Validity {
	valid_from: string | null;
	valid_to: string | null;
}

/** Whether the unit existed on `date` (ISO `YYYY-MM-DD`; both ends inclusive, null = open). */
export function validOn(u: Validity, date: string): boolean {
	return (u.valid_from == null || u.valid_from <= date) && (u.valid_to == null || date <= u.valid_to);
}

/** Whether the unit still exists (no end date). */
export function isCurrent(u: Validity): boolean {
	return u.valid_to === null;
}
