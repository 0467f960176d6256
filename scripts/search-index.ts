/**
 * The search index: Pagefind, through its Node API, over a built site folder. Run by
 * scripts/finish-site.ts after the Astro build, on the staging folder, so a failed index fails
 * the build and never leaves a half-indexed site. Writes `<site>/pagefind/` (the index, pagefind.js
 * and its WebAssembly: the search page loads them from the site itself, nothing from elsewhere).
 *
 * What is indexed is what pages mark with `data-pagefind-body` (src/layouts/BaseLayout.astro):
 * headings and running text, and the hidden name forms of unit pages
 * (src/components/search/SearchTerms.astro). Charts, tables and chart data are left out: they
 * repeat every unit's name on every ranking page, and would make the index several times larger
 * for no better answer. Result URLs are site-relative; the search page adds the base (/dti/).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './check-site.ts';

/**
 * Files Pagefind writes that the site does not use: its ready-made interfaces (the search page
 * has its own few lines, src/scripts/search.ts) and its web worker (the page searches on the
 * main thread, `noWorker`). Removed so the site carries only what it loads.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./;

/** Page parts that never go into the index. */
export const EXCLUDE_SELECTORS = [
	'svg',
	'table',
	'figure',
	'details.chart-data',
	'dti-chart',
	'[data-controls]',
];

export interface SearchIndexStats {
	pages: number;
	/** Bytes of everything written under pagefind/. */
	bytes: number;
	/** Bytes of the index proper (pagefind/index, fragment, filter and the .pf_meta files). */
	indexBytes: number;
	seconds: number;
}

/**
 * Hands Pagefind the pages that mark what to index (`data-pagefind-body`), and only those: Pagefind
 * leaves the others out anyway once one page has the mark, but reading and parsing them (embeds,
 * unit-in-edition pages: most of the site) took most of its time. A site where no page has the
 * mark is indexed whole, as Pagefind would. Returns the number of pages handed over.
 */
async function addPages(index: pagefind.PagefindIndex, siteDir: string): Promise<number> {
	const html = listFiles(siteDir).filter((f) => f.endsWith('.html'));
	const marked = html.filter((f) => readFileSync(join(siteDir, f), 'utf8').includes('data-pagefind-body'));
	if (!marked.length) {
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		return added.page_count;
	}
	const queue = [...marked];
	const send = async () => {
		for (let f = queue.shift(); f; f = queue.shift()) {
			const added = await index.addHTMLFile({
				sourcePath: f,
				content: readFileSync(join(siteDir, f), 'utf8'),
			});
			if (added.errors.length) throw new Error(`Pagefind could not index ${f}: ${added.errors.join('; ')}`);
		}
	};
	// A few files in flight keep Pagefind's process busy without holding the whole site in memory.
	await Promise.all(Array.from({ length: 8 }, send));
	return marked.length;
}

/** Indexes the HTML of `siteDir` into `siteDir/pagefind/`; throws with Pagefind's messages on failure. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexStats> {
	const started = performance.now();
	const out = join(siteDir, 'pagefind');
	rmSync(out, { recursive: true, force: true });
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
		if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const pages = await addPages(index, siteDir);
		if (pages === 0) throw new Error(`Pagefind found no page to index in ${siteDir}.`);
		const { files, errors: fileErrors } = await index.getFiles();
		if (fileErrors.length) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: out });
		if (written.errors.length)
			throw new Error(`Pagefind could not write ${out}: ${written.errors.join('; ')}`);
		for (const f of readdirSync(out)) if (UNUSED.test(f)) rmSync(join(out, f));
		const size = (keep: (p: string) => boolean) =>
			files.filter((f) => !UNUSED.test(f.path) && keep(f.path)).reduce((s, f) => s + f.content.byteLength, 0);
		return {
			pages,
			bytes: size(() => true),
			indexBytes: size((p) => /^(index|fragment|filter)\//.test(p) || p.endsWith('.pf_meta')),
			seconds: (performance.now() - started) / 1000,
		};
	} finally {
		await pagefind.close();
	}
}
