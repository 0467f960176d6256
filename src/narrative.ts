/**
 * The narrative counterpart of `src/data.ts`: reads the overviews and articles once per build
 * and indexes which units and editions each one is about. Drafts are left out of every list.
 */
import { getCollection } from 'astro:content';
import { getDataset } from './data.ts';
import { toItem, type NarrativeItem } from './lib/narrative/index.ts';
import { assertKnownUnits } from './lib/narrative/schema.ts';

export interface Narrative {
	articles: NarrativeItem[];
	overviews: Map<number, NarrativeItem>;
}

let cached: Promise<Narrative> | undefined;

async function load(): Promise<Narrative> {
	const [ds, articles, overviews] = await Promise.all([
		getDataset(),
		getCollection('articles'),
		getCollection('overviews'),
	]);
	const units = [...ds.units.values()];
	for (const e of [...articles, ...overviews]) assertKnownUnits(e.filePath ?? e.id, e.data.units, ds.units);
	for (const o of overviews) {
		if (String(o.data.editions[0]) !== o.id)
			throw new Error(
				`${o.filePath}: an edition overview must be named after its edition (${o.data.editions[0]}.mdx)`,
			);
		if (!ds.edition(o.data.editions[0]))
			throw new Error(`${o.filePath}: there is no DTI edition ${o.data.editions[0]} in data/editions`);
	}
	return {
		articles: articles.filter((a) => !a.data.draft).map((a) => toItem(a, 'article', units)),
		overviews: new Map(overviews.map((o) => [o.data.editions[0], toItem(o, 'overview', units)])),
	};
}

/** Overviews and articles of this build (loaded once). */
export function getNarrative(): Promise<Narrative> {
	cached ??= load();
	return cached;
}
