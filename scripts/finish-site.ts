/**
 * What a built site needs after Astro: the social cards (scripts/cards.ts) and the search index
 * (scripts/search-index.ts). scripts/build.ts runs it on the staging folder, so if either fails
 * the build fails and the previous site stays in place. Prints one line per step; `npm run bench`
 * reads them.
 *
 * The two steps run at the same time: the index is built by Pagefind's own process while the
 * cards render in worker threads, and neither reads what the other writes (cards go to og/, the
 * index to pagefind/; both read the pages).
 */
import { relative } from 'node:path';
import { renderCards } from './cards.ts';
import { ROOT } from './lib.ts';
import { buildSearchIndex } from './search-index.ts';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function finishSite(siteDir: string): Promise<void> {
	const [cards, search] = await Promise.allSettled([renderCards(siteDir), buildSearchIndex(siteDir)]);
	// Both have finished (nothing is still writing into the folder) before a failure is reported.
	if (cards.status === 'rejected') throw cards.reason;
	if (search.status === 'rejected') throw search.reason;
	const c = cards.value;
	const cache = relative(ROOT, c.cacheDir).startsWith('..') ? c.cacheDir : relative(ROOT, c.cacheDir);
	console.log(
		`Social cards: ${c.cards} cards, ${c.rendered} rendered, ${c.reused} from the cache (${cache}) in ${c.seconds.toFixed(1)} s.${c.renderedEarly ? ` ${c.renderedEarly} of them rendered while Astro was building.` : ''}${c.threads > 1 ? ` The rest in ${c.threads} threads.` : ''}`,
	);
	const s = search.value;
	console.log(
		`Search index: ${s.pages} pages, index ${kb(s.indexBytes)} (${kb(s.bytes)} with the search scripts) in ${s.seconds.toFixed(1)} s.${s.fromCache ? ' From the cache: the indexed pages did not change.' : ''}`,
	);
}
