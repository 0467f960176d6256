/**
 * Which language a narrative text is in, from its collection id: Vietnamese texts sit at the
 * root of their folder (`content/articles/<slug>.mdx`, id "<slug>"), translations in a folder
 * per locale with the original's name (`content/articles/en/<slug>.mdx`, id "en/<slug>").
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n.ts';

/** Locale and slug of an entry from its id: "en/2022" → en, "2022"; "2022" → vi, "2022". */
export function entryLocale(id: string): { locale: Locale; slug: string } {
	const [first, ...rest] = id.split('/');
	if (rest.length && isLocale(first) && first !== DEFAULT_LOCALE)
		return { locale: first, slug: rest.join('/') };
	return { locale: DEFAULT_LOCALE, slug: id };
}

/** Collection id of a text in a locale: ("2022", "en") → "en/2022"; ("2022", "vi") → "2022". */
export function entryId(slug: string, locale: Locale): string {
	return locale === DEFAULT_LOCALE ? slug : `${locale}/${slug}`;
}
