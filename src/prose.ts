/**
 * Page prose from content/pages/: the text of the methodology and sources pages, one file per
 * page and locale, so translating a page is writing a file, not editing a template. Vietnamese
 * is `content/pages/<page>.mdx`, another locale `content/pages/<locale>/<page>.mdx` (the
 * narrative's convention). A route asks for its page in the locale of its URL; a missing file
 * stops the build with the path to create.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './lib/i18n.ts';
import { entryId } from './lib/narrative/locale.ts';

/** Pages whose text lives in content/pages/. */
export type ProsePage = 'phuong-phap' | 'nguon';

/** The entry of a page in a locale. */
export async function getProse(page: ProsePage, locale: Locale): Promise<CollectionEntry<'pages'>> {
	const id = entryId(page, locale);
	const entry = (await getCollection('pages')).find((e) => e.id === id);
	if (!entry)
		throw new Error(`content/pages/${id}.mdx is missing: the ${page} page has no text in "${locale}"`);
	return entry;
}
