/** Display names of units, with a qualifier where a same-named successor exists. */
import type { Locale } from './format.ts';

interface Named {
	name: string;
	name_en: string;
	valid_to: string | null;
}

/**
 * The unit's name in the locale. When `asOf` (e.g. the publication date of the page's edition)
 * is after the unit ceased to exist, it is marked as former: "Đà Nẵng (cũ)", so the 63 old
 * provinces read apart from the 34 merged units of the same names.
 */
export function unitName(u: Named, locale: Locale = 'vi', asOf?: string): string {
	const base = locale === 'vi' ? u.name : u.name_en;
	if (asOf && u.valid_to && asOf > u.valid_to) return locale === 'vi' ? `${base} (cũ)` : `${base} (former)`;
	return base;
}
