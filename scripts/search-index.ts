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
 *
 * Cache: a finished index is kept under the SHA-256 of the pages handed over, Pagefind's version
 * and these settings, in node_modules/.cache/dti-search/ (or DTI_SEARCH_CACHE), the newest few
 * only. A build whose indexed pages did not change copies it instead of running Pagefind.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './check-site.ts';
import { commitEntry, keepNewest, tempEntry, usedEntry } from './folder-cache.ts';
import { ROOT } from './lib.ts';

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
	/** Copied from the cache: the same pages were indexed before. */
	fromCache: boolean;
}

/**
/** Where finished indexes are kept, by the hash of what went into them (as the cards are). */
export const SEARCH_CACHE = process.env.DTI_SEARCH_CACHE ?? join(ROOT, 'node_modules/.cache/dti-search');
/** Indexes kept in the cache (the newest; one per site and base path a publisher builds is enough). */
const CACHE_KEEP = 8;

/**
 * The pages Pagefind is handed: those that mark what to index (`data-pagefind-body`). Pagefind
 * leaves the others out anyway once one page has the mark, but reading and parsing them (embeds,
 * unit-in-edition pages: most of the site) took most of its time. `marked` is false when no page
 * has the mark: then the whole folder is indexed, as Pagefind would.
 */
function pagesToIndex(siteDir: string): { files: string[]; marked: boolean } {
	const html = listFiles(siteDir).filter((f) => f.endsWith('.html'));
	// Searched in the bytes: decoding ~100 MB of HTML to text took most of this step's time.
	const mark = Buffer.from('data-pagefind-body');
	const files = html.filter((f) => readFileSync(join(siteDir, f)).includes(mark));
	return files.length ? { files, marked: true } : { files: html, marked: false };
}

/** Cache key of an index: Pagefind's version, this step's settings, and every page handed over. */
function indexKey(siteDir: string, files: string[]): string {
	// pagefind's package.json is not in its exports: read it from the install.
	const pkg = join(ROOT, 'node_modules/pagefind/package.json');
	const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
	const hash = createHash('sha256').update(
		JSON.stringify({ version, EXCLUDE_SELECTORS, unused: String(UNUSED) }),
	);
	for (const f of files) hash.update(`\0${f}\0`).update(readFileSync(join(siteDir, f)));
	return hash.digest('hex').slice(0, 32);
}

async function addPages(
	index: pagefind.PagefindIndex,
	siteDir: string,
	files: string[],
	marked: boolean,
): Promise<number> {
	if (!marked) {
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		return added.page_count;
	}
	const queue = [...files];
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
	return files.length;
}

type IndexFigures = Omit<SearchIndexStats, 'seconds' | 'fromCache'>;

/** Stores a finished index under its key (whole or not at all), keeping the newest few. */
function storeIndex(cacheDir: string, key: string, out: string, figures: IndexFigures): void {
	const tmp = tempEntry(cacheDir, key);
	try {
		cpSync(out, join(tmp, 'pagefind'), { recursive: true });
		writeFileSync(join(tmp, 'figures.json'), JSON.stringify(figures));
		commitEntry(cacheDir, key, tmp);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	keepNewest(cacheDir, CACHE_KEEP, (d) => /^[0-9a-f]{32}$/.test(d));
}

/**
 * Indexes the HTML of `siteDir` into `siteDir/pagefind/`; throws with Pagefind's messages on
 * failure. An index made before from exactly the same pages is copied from the cache instead.
 */
export async function buildSearchIndex(siteDir: string, cacheDir = SEARCH_CACHE): Promise<SearchIndexStats> {
	const started = performance.now();
	const out = join(siteDir, 'pagefind');
	rmSync(out, { recursive: true, force: true });
	const { files, marked } = pagesToIndex(siteDir);
	if (files.length === 0) throw new Error(`Pagefind found no page to index in ${siteDir}.`);
	const key = indexKey(siteDir, files);
	const hit = usedEntry(cacheDir, key);
	if (hit && existsSync(join(hit, 'figures.json'))) {
		cpSync(join(hit, 'pagefind'), out, { recursive: true });
		const figures = JSON.parse(readFileSync(join(hit, 'figures.json'), 'utf8')) as IndexFigures;
		return { ...figures, seconds: (performance.now() - started) / 1000, fromCache: true };
	}
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
		if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const pages = await addPages(index, siteDir, files, marked);
		if (pages === 0) throw new Error(`Pagefind found no page to index in ${siteDir}.`);
		const written = await index.writeFiles({ outputPath: out });
		if (written.errors.length)
			throw new Error(`Pagefind could not write ${out}: ${written.errors.join('; ')}`);
		for (const f of readdirSync(out)) if (UNUSED.test(f)) rmSync(join(out, f));
		// Sizes from the files written (asking Pagefind for them too, getFiles, built the index twice).
		const made = listFiles(out).map((path) => ({ path, bytes: statSync(join(out, path)).size }));
		const size = (keep: (p: string) => boolean) =>
			made.filter((f) => keep(f.path)).reduce((s, f) => s + f.bytes, 0);
		const figures: IndexFigures = {
			pages,
			bytes: size(() => true),
			indexBytes: size((p) => /^(index|fragment|filter)\//.test(p) || p.endsWith('.pf_meta')),
		};
		storeIndex(cacheDir, key, out, figures);
		return { ...figures, seconds: (performance.now() - started) / 1000, fromCache: false };
	} finally {
		await pagefind.close();
	}
}
