/**
 * The compare page's selection in its URL: `?cap=tinh&dv=da-nang,ha-noi&ky=2023`. Shared by the
 * page script (src/scripts/compare.ts) and the tests; no imports, so it ships as a few lines.
 */
export interface Selection {
	/** Level segment: "tinh" or "bo". */
	level: 'tinh' | 'bo';
	/** 0–4 unit ids, in order, without repeats. */
	units: string[];
	/** Edition shown in the side-by-side table; undefined = the newest with a result. */
	year?: number;
}

export const MAX_UNITS = 4;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a query string ("?cap=bo&dv=a,b"); unknown or malformed parts are dropped. */
export function parseSelection(search: string): Selection {
	const q = new URLSearchParams(search);
	const level = q.get('cap') === 'bo' ? 'bo' : 'tinh';
	const units = [...new Set((q.get('dv') ?? '').split(',').filter((id) => ID.test(id)))].slice(0, MAX_UNITS);
	const y = Number(q.get('ky'));
	return { level, units, ...(Number.isInteger(y) && y >= 2000 && y <= 2100 ? { year: y } : {}) };
}

/** The query string of a selection ("?cap=tinh&dv=da-nang,ha-noi&ky=2023"). */
export function formatSelection(sel: Selection): string {
	const parts = [`cap=${sel.level}`];
	const units = [...new Set(sel.units)].filter((id) => ID.test(id)).slice(0, MAX_UNITS);
	if (units.length) parts.push(`dv=${units.join(',')}`);
	if (sel.year !== undefined) parts.push(`ky=${sel.year}`);
	return `?${parts.join('&')}`;
}
