// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { loadDataset } from './src/lib/data/load.ts';
import {
	satteriCitations,
	satteriCompactTables,
	satteriLinkUnits,
	satteriNoRawHtml,
} from './src/lib/remark/satteri.ts';
import { ASTRO_CACHE_DIR, contentDigest, setPageCacheKey } from './src/lib/page-cache.ts';

/**
 * Hosting anywhere: `BASE_PATH=/dti/ npm run build` serves the site under a sub-path;
 * `SITE_URL` is the public origin used for canonical links, the sitemap and the feed.
 * Directory pages with trailing slashes are the most portable across static hosts.
 */
const base = process.env.BASE_PATH || '/';
/** Without SITE_URL no origin is invented: no canonical links, sitemap or RSS feed (scripts/build.ts says so). */
const site = process.env.SITE_URL || undefined;

/**
 * Narrative MDX (content/) runs on Astro's own Markdown processor, Sätteri (Rust), with the
 * site's plugins ported to its API (src/lib/remark/satteri.ts): unit links, the raw-HTML ban,
 * numbered citations, compact tables. It replaced the remark/rehype (unified) processor, which
 * cost about 0.4 s of every build and rendered the same pages byte for byte. Names and the
 * units that have a page come from the same dataset model the pages use, read and checked from
 * the committed data/ (src/lib/data/load.ts).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const dataset = loadDataset(root);
/**
 * Incremental builds (Astro's experimental.incrementalBuild): a page whose route code, config,
 * lockfile and key are unchanged since the last build is copied from Astro's cache
 * (.cache/astro) instead of rendered. The key is the bytes of data/ and content/; routes that
 * render no narrative text take one made of data/ and what the texts say about units
 * (src/lib/page-cache.ts). `npm run build -- --force` renders every page.
 */
const registry = [...dataset.units.values()];
setPageCacheKey({
	texts: contentDigest(root),
	facts: contentDigest(root, registry, `${root}node_modules/.cache/dti-narrative-facts.json`),
});
const withPage = new Set(
	[...dataset.profileUnits('provinces'), ...dataset.profileUnits('ministries')].map((u) => u.id),
);
const markdownProcessor = satteri({
	mdastPlugins: [
		satteriLinkUnits({ units: registry, base, hasPage: (/** @type {string} */ id) => withPage.has(id) }),
		// No raw <script>, <iframe>, <style> or on* handlers in narrative (also checked before the build).
		satteriNoRawHtml(),
		satteriCitations({ sources: [...dataset.sources.values()] }),
	],
	hastPlugins: [satteriCompactTables()],
});

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Four pages rendered at once: the main thread no longer idles while a page is written
	// (issue 8 trial: −0.55 s on the 975-page build, 2 cores); output is the same.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	outDir: process.env.DTI_OUT_DIR || './dist',
	cacheDir: `./${ASTRO_CACHE_DIR}/`,
	integrations: [
		mdx({ processor: markdownProcessor }),
		// Each page lists its twin in the other language (xhtml:link hreflang): src/lib/locale-routes.ts.
		...(site ? [sitemap({ i18n: { defaultLocale: 'vi', locales: { vi: 'vi', en: 'en' } } })] : []),
	],
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// Astro 7's MDX output carries a "use astro:head-inject" directive that rolldown warns
				// about once per MDX file, 24 boxed warnings a build (withastro/astro#18087, known to
				// Astro); hiding them changes no output. Other warnings still show.
				/** @param {any} warning @param {(w: any) => void} warn */
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
					warn(warning);
				},
			},
		},
	},
	// Off for a build that runs while another holds the page cache (scripts/build.ts).
	experimental: { incrementalBuild: !process.env.DTI_NO_PAGE_CACHE },
});
