/**
 * The key Astro's incremental build (`experimental.incrementalBuild`) reuses a page under.
 *
 * Astro re-renders a page when its route's code changes (it hashes the module graph, styles and
 * client scripts included), when the config or the lockfile changes, or when the page's
 * `cacheKey` differs from the last build's. A narrative text a page renders (an article, an
 * edition overview, the methodology) is a module of that page, so Astro itself renders the
 * pages showing a text again when its wording changes. What neither captures is what pages
 * read at build time through the content collections: data/ (every page shows something of the
 * whole dataset: navigation, ranks beside its own, sources) and what the other pages know of
 * each text (its frontmatter: title, date, summary, units; and what its body says about units
 * and its length: the lists "articles about this province" and reading times). One key for all
 * pages covers those: the bytes of data/, and of each text its frontmatter, the units its body
 * quotes or names, and its reading time (`narrativeFacts`).
 *
 * So there are two keys: the routes that render no text (unit pages, profiles, embeds, rankings:
 * nearly every page) take the key of data/ and the texts' facts (`TextUse` 'facts'); every other
 * route takes the key of data/ and all of content/ ('texts'). Rewording an article that names no
 * other unit renders the few pages of the second kind again and copies the rest; any other
 * change to data/ or content/ renders every page. (Astro records which content entries a page
 * renders, but not reliably: an English page showing a Vietnamese original was not rendered
 * again when the original changed. So no page relies on it.)
 *
 * astro.config.mjs computes the key once per build process and keeps it here; `withLocales`
 * and `localeParams` (src/lib/locale-routes.ts) put it on every path. Outside a build (tests,
 * `astro dev`) there is no key and every page is rendered.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyMentions } from './narrative/index.ts';
import { readingMinutes } from './narrative/schema.ts';
import type { LinkableUnit } from './remark/link-units.ts';

/** What the key covers, relative to the project root. */
export const KEYED_DIRS = ['data', 'content'] as const;

/**
 * What the pages other than a text's own know of it: its frontmatter as written, the units its
 * body quotes or names (before the frontmatter resolves them) and its reading time.
 */
export function narrativeFacts(text: string, units: LinkableUnit[]): string {
	const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	const frontmatter = m ? m[1] : '';
	const body = m ? text.slice(m[0].length) : text;
	return JSON.stringify({ frontmatter, ...bodyMentions(body, units), minutes: readingMinutes(body) });
}

/** The files below `dir`, depth first, names in code-point order (the order every key reads them in). */
function filesBelow(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...filesBelow(p));
		else if (e.isFile()) out.push(p);
	}
	return out;
}

/**
 * The `narrativeFacts` of each text, kept between builds in `file` (astro.config.mjs:
 * node_modules/.cache/dti-narrative-facts.json) under the SHA-256 of the text's bytes, and valid
 * while the units and the site's code (every file below src/lib) are the same: finding the units
 * a text names took ~0.13 s of every build's start. Without a file, nothing is kept.
 */
function factsOf(
	units: LinkableUnit[],
	file?: string,
): { facts: (text: string) => string; save: () => void } {
	if (!file) return { facts: (text) => narrativeFacts(text, units), save: () => {} };
	const code = createHash('sha256').update(JSON.stringify(units));
	const lib = fileURLToPath(new URL('.', import.meta.url));
	for (const p of filesBelow(lib))
		code
			.update(`${relative(lib, p)}\0`)
			.update(readFileSync(p))
			.update('\0');
	const key = code.digest('hex');
	let kept: Record<string, string> = {};
	try {
		const saved = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; facts?: Record<string, string> };
		if (saved.key === key && saved.facts) kept = saved.facts;
	} catch {
		/* no cache yet, or unreadable: every text is read */
	}
	const used: Record<string, string> = {};
	let worked = 0;
	return {
		facts(text) {
			const h = createHash('sha256').update(text).digest('hex');
			used[h] = kept[h] ?? (worked++, narrativeFacts(text, units));
			return used[h];
		},
		save() {
			if (worked === 0 && Object.keys(used).length === Object.keys(kept).length) return;
			// Written whole and renamed into place: a build beside this one reads one or the other.
			mkdirSync(dirname(file), { recursive: true });
			const tmp = `${file}.${process.pid}`;
			writeFileSync(tmp, JSON.stringify({ key, facts: used }));
			renameSync(tmp, file);
		},
	};
}

/**
 * SHA-256 of every file below data/ and content/ (sorted relative paths and bytes), 16 hex
 * digits. With the registry's `units`, a narrative text (.md, .mdx) counts by its
 * `narrativeFacts` instead of its bytes, kept between builds in `factsFile` when one is given.
 */
export function contentDigest(root: string, units?: LinkableUnit[], factsFile?: string): string {
	const hash = createHash('sha256');
	const known = units && factsOf(units, factsFile);
	for (const d of KEYED_DIRS)
		for (const p of existsSync(join(root, d)) ? filesBelow(join(root, d)) : []) {
			hash.update(`${relative(root, p).split('\\').join('/')}\0`);
			hash.update(known && /\.mdx?$/.test(p) ? known.facts(readFileSync(p, 'utf8')) : readFileSync(p));
			hash.update('\0');
		}
	known?.save();
	return hash.digest('hex').slice(0, 16);
}

// The config and the pages are loaded as separate module instances in one Astro process (Vite
// loads the config on its own), so the key is kept on globalThis, as src/lib/data/load.ts does.
const SLOT = Symbol.for('dti.pageCacheKey');

/**
 * What a route's pages read of content/: `texts`, the texts themselves (a page that renders an
 * article, an overview or the methodology, or might: the default), or `facts`, only what
 * `narrativeFacts` keeps (a route that renders no text, such as the unit pages and the embeds).
 */
export type TextUse = 'texts' | 'facts';
type Slot = { [SLOT]?: Record<TextUse, string> };

/**
 * Called by astro.config.mjs with `{ texts: contentDigest(root), facts: contentDigest(root, units) }`
 * (one string: the same key for both).
 */
export function setPageCacheKey(key: string | Record<TextUse, string> | undefined): void {
	(globalThis as Slot)[SLOT] = typeof key === 'string' ? { texts: key, facts: key } : key;
}

/** The key for this build's pages that make `use` of content/, or undefined (always render). */
export function pageCacheKey(use: TextUse = 'texts'): string | undefined {
	return (globalThis as Slot)[SLOT]?.[use];
}

// The lock around the cache and its folder: a module of their own, which scripts/build.ts loads
// before it starts Astro without the narrative code this one needs.
export { alive, ASTRO_CACHE_DIR, closePageCache, openPageCache } from './page-cache-lock.ts';
