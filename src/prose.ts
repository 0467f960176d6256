/**
 * Page prose from `content/pages/<page>.<locale>.mdx`: the text of the methodology and sources
 * pages, one file per page and locale, so translating a page is writing a file, not editing a
 * template. A route asks for its page in the locale of its URL; a missing file stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './lib/i18n.ts';

/** Pages whose text lives in content/pages/. */
export type ProsePage = 'phuong-phap' | 'nguon';

/** The entry of a page in a locale. */
export async function getProse(page: ProsePage, locale: Locale): Promise<CollectionEntry<'pages'>> {
	const id = `${page}.${locale}`;
	const entry = (await getCollection('pages')).find((e) => e.id === id);
	if (!entry)
		throw new Error(`content/pages/${id}.mdx is missing: the ${page} page has no text in "${locale}"`);
	return entry;
}
