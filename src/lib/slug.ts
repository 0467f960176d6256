/**
 * Vietnamese-aware slugs and name keys. `đ`/`Đ` are letters of their own in Unicode (not `d`
 * plus a mark), so NFD decomposition alone leaves them in place; they are mapped explicitly.
 */

/** Removes every diacritic, including đ/Đ → d/D, keeping the case of the base letter. */
export function stripDiacritics(input: string): string {
	return input
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D');
}

/** ASCII URL slug: "TP. Hồ Chí Minh" → "tp-ho-chi-minh", "Đắk Lắk" → "dak-lak". */
export function slugify(input: string): string {
	return stripDiacritics(input)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Key for comparing names as sources print them: drops "TP."/"Thành phố"/"Tỉnh" prefixes,
 * hyphens, punctuation, case and diacritics, so "Thừa Thiên - Huế", "Thừa Thiên Huế" and
 * "THỪA THIÊN HUẾ" share one key. Also folds old/new tone-mark placement ("Hoà" = "Hòa").
 */
export function nameKey(input: string): string {
	const plain = stripDiacritics(input.normalize('NFC')).toLowerCase();
	return plain
		.replace(/^\s*(tp\.?|thanh pho|tinh)\s+/, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
