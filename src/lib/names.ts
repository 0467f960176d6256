/** Display names of units: the name in use on a date, marked as former after the unit ended. */
import { t, type Locale } from './i18n.ts';

interface Named {
	name: string;
	name_en: string;
	valid_to: string | null;
	former_names?: { name: string; until: string }[];
}

/**
 * The unit's name in the locale as it was on `asOf` (e.g. an edition's publication date):
 * "Thừa Thiên Huế" for editions published before 2025, "Huế" after. When `asOf` is after the
 * unit ceased to exist it is marked as former, "Đà Nẵng (cũ)", so the 63 old provinces read
 * apart from the merged units of the same names.
 */
export function unitName(u: Named, locale: Locale, asOf?: string): string {
	let base = locale === 'vi' ? u.name : u.name_en;
	if (asOf && locale === 'vi') {
		const former = [...(u.former_names ?? [])]
			.sort((a, b) => a.until.localeCompare(b.until))
			.find((f) => asOf <= f.until);
		if (former) base = former.name;
	}
	if (asOf && u.valid_to && asOf > u.valid_to) return t(locale).formats.former(base);
	return base;
}
