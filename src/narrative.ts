/**
 * The narrative counterpart of `src/data.ts`: reads the overviews and articles once per build
 * and indexes which units and editions each one is about. Drafts are left out of every list.
 *
 * Languages: a Vietnamese text is `content/<kind>/<slug>.mdx`, its English version
 * `content/<kind>/en/<slug>.mdx` (same slug, frontmatter `lang: en`), so the two are twins by
 * name and share one address pattern (`/bai-viet/<slug>/`, `/en/bai-viet/<slug>/`). The
 * narrative of a locale holds the texts written in it and, for articles not yet translated,
 * the Vietnamese original, marked by its own `data.lang` so pages can say so and link to it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getDataset } from './data.ts';
import { toItem, type NarrativeItem } from './lib/narrative/index.ts';
import { assertKnownUnits } from './lib/narrative/schema.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './lib/i18n.ts';
import { entryId, entryLocale } from './lib/narrative/locale.ts';

export interface Narrative {
	articles: NarrativeItem[];
	overviews: Map<number, NarrativeItem>;
}

type Entry = CollectionEntry<'articles'> | CollectionEntry<'overviews'>;

function checkLang(e: Entry): void {
	const { locale } = entryLocale(e.id);
	if (e.data.lang !== locale)
		throw new Error(
			`${e.filePath ?? e.id}: frontmatter lang is "${e.data.lang}" but the file is in the ${locale === DEFAULT_LOCALE ? 'Vietnamese folder' : `"${locale}/" folder`}; set lang: ${locale}`,
		);
}

let cached: Promise<Map<Locale, Narrative>> | undefined;

async function load(): Promise<Map<Locale, Narrative>> {
	const [data, articles, overviews] = await Promise.all([
		getDataset(),
		getCollection('articles'),
		getCollection('overviews'),
	]);
	const units = [...data.units.values()];
	for (const e of [...articles, ...overviews]) {
		assertKnownUnits(e.filePath ?? e.id, e.data.units, data.units);
		checkLang(e);
	}
	for (const o of overviews) {
		if (String(o.data.editions[0]) !== entryLocale(o.id).slug)
			throw new Error(
				`${o.filePath}: an edition overview must be named after its edition (${o.data.editions[0]}.mdx)`,
			);
		if (!data.edition(o.data.editions[0]))
			throw new Error(`${o.filePath}: there is no DTI edition ${o.data.editions[0]} in data/editions`);
	}
	const viSlugs = new Set(
		articles.filter((a) => entryLocale(a.id).locale === DEFAULT_LOCALE).map((a) => a.id),
	);
	for (const a of articles) {
		const { locale, slug } = entryLocale(a.id);
		if (locale !== DEFAULT_LOCALE && !viSlugs.has(slug))
			throw new Error(
				`${a.filePath}: no Vietnamese original content/articles/${slug}.mdx; a translation keeps the slug of its original`,
			);
	}
	const item = (e: Entry, kind: NarrativeItem['kind']) =>
		toItem({ ...e, id: entryLocale(e.id).slug }, kind, units);
	const byLocale = new Map<Locale, Narrative>();
	for (const locale of LOCALES) {
		const own = articles.filter((a) => !a.data.draft && entryLocale(a.id).locale === locale);
		const ownSlugs = new Set(own.map((a) => entryLocale(a.id).slug));
		// Articles not yet translated stay listed in their original language.
		const originals = articles.filter(
			(a) => !a.data.draft && entryLocale(a.id).locale === DEFAULT_LOCALE && !ownSlugs.has(a.id),
		);
		byLocale.set(locale, {
			articles: [...own, ...originals].map((a) => item(a, 'article')),
			overviews: new Map(
				overviews
					.filter((o) => entryLocale(o.id).locale === locale)
					.map((o) => [o.data.editions[0], item(o, 'overview')]),
			),
		});
	}
	return byLocale;
}

/** Overviews and articles of this build in a locale (loaded once). */
export async function getNarrative(locale: Locale = DEFAULT_LOCALE): Promise<Narrative> {
	cached ??= load();
	return (await cached).get(locale)!;
}

/**
 * The collection entry of an article in a locale (draft or not), else its Vietnamese original;
 * undefined when there is neither.
 */
export async function articleEntry(
	slug: string,
	locale: Locale,
): Promise<CollectionEntry<'articles'> | undefined> {
	const all = await getCollection('articles');
	return all.find((a) => a.id === entryId(slug, locale)) ?? all.find((a) => a.id === slug);
}

/** Slugs of every article (the Vietnamese originals: every locale builds a page for each). */
export async function articleSlugs(): Promise<string[]> {
	return (await getCollection('articles'))
		.map((a) => a.id)
		.filter((id) => entryLocale(id).locale === DEFAULT_LOCALE);
}

/** The overview of an edition in a locale, if written. */
export async function overviewEntry(
	year: number,
	locale: Locale,
): Promise<CollectionEntry<'overviews'> | undefined> {
	return (await getCollection('overviews')).find((o) => o.id === entryId(String(year), locale));
}
