/**
 * What a built site needs after Astro: the social cards (scripts/cards.ts) and the search index
 * (scripts/search-index.ts). scripts/build.ts runs it on the staging folder, so if either fails
 * the build fails and the previous site stays in place. Prints one line per step; `npm run bench`
 * reads them.
 */
import { relative } from 'node:path';
import { renderCards } from './cards.ts';
import { ROOT } from './lib.ts';
import { buildSearchIndex } from './search-index.ts';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function finishSite(siteDir: string): Promise<void> {
	const c = await renderCards(siteDir);
	const cache = relative(ROOT, c.cacheDir).startsWith('..') ? c.cacheDir : relative(ROOT, c.cacheDir);
	console.log(
		`Social cards: ${c.cards} cards, ${c.rendered} rendered, ${c.reused} from the cache (${cache}) in ${c.seconds.toFixed(1)} s.`,
	);
	const s = await buildSearchIndex(siteDir);
	console.log(
		`Search index: ${s.pages} pages, index ${kb(s.indexBytes)} (${kb(s.bytes)} with the search scripts) in ${s.seconds.toFixed(1)} s.`,
	);
}
