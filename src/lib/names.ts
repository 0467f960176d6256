/** Display names of units: the name in use on a date, marked as former after the unit ended. */
import { t, type Locale } from './i18n.ts';

interface Named {
	name: string;
	name_en: string;
	valid_to: string | null;
	former_names?: { name: string; until: string }[];
}

/**
 * Display rule for Vietnamese (UI labels, headings, lists, sentences, charts): a unit is called by
 * its short official name as Vietnamese readers and the press write it: "Hà Nội", "Hải Phòng",
 * "Đà Nẵng", "Cần Thơ", "Huế" for the centrally-run cities; only Hồ Chí Minh always carries its
 * "TP." ("TP. Hồ Chí Minh"), since the bare name is the person's. Tables of results keep the name
 * as the source printed it (`published_name`), e.g. "TP. Hà Nội", "Thừa Thiên - Huế".
 */
const CITY_PREFIX = new Set(['Hồ Chí Minh']);

/** A Vietnamese short name as readers write it: "Hồ Chí Minh" → "TP. Hồ Chí Minh". */
export function readerName(name: string): string {
	return CITY_PREFIX.has(name) ? `TP. ${name}` : name;
}

/**
 * The unit's name in the locale as it was on `asOf` (e.g. an edition's publication date):
 * "Thừa Thiên Huế" for editions published before 2025, "Huế" after. When `asOf` is after the
 * unit ceased to exist it is marked as former, "Đà Nẵng (cũ)", so the 63 old provinces read
 * apart from the merged units of the same names.
 */
export function unitName(u: Named, locale: Locale, asOf?: string): string {
	let base = locale === 'vi' ? readerName(u.name) : u.name_en;
	if (asOf && locale === 'vi') {
		const former = [...(u.former_names ?? [])]
			.sort((a, b) => a.until.localeCompare(b.until))
			.find((f) => asOf <= f.until);
		if (former) base = former.name;
	}
	if (asOf && u.valid_to && asOf > u.valid_to) return t(locale).formats.former(base);
	return base;
}

/**
 * Why a unit has no result in an edition because it did not exist then: not yet formed (units of
 * July 2025 before the 2025 tables) or ended (merged, or reorganised for ministries).
 */
export function absence(u: { valid_from: string | null }, year: number): 'notYet' | 'ended' {
	return u.valid_from != null && u.valid_from > `${year}-12-31` ? 'notYet' : 'ended';
}
