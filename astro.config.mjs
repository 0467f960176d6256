// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import remarkLinkUnits from './src/lib/remark/link-units.ts';

/**
 * Hosting anywhere: `BASE_PATH=/dti/ npm run build` serves the site under a sub-path;
 * `SITE_URL` is the public origin used for canonical links, the sitemap and the feed.
 * Directory pages with trailing slashes are the most portable across static hosts.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://dti.example.org';

/**
 * Narrative MDX (content/) runs through the unified processor so the remark plugin that links
 * unit names can run; its names come from the committed registry (data/units).
 */
const registry = ['provinces', 'ministries'].flatMap((level) =>
	JSON.parse(readFileSync(new URL(`./data/units/${level}.json`, import.meta.url), 'utf8')).map(
		(/** @type {any} */ u) => ({ ...u, level }),
	),
);
/** Units with a profile page: in some result table (or listed as not assessed), or linked by lineage to one. */
const readJson = (/** @type {string} */ path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const inResults = new Set(
	readdirSync(new URL('./data/editions/', import.meta.url)).flatMap((year) =>
		readdirSync(new URL(`./data/editions/${year}/`, import.meta.url)).flatMap((file) => {
			const json = readJson(`./data/editions/${year}/${file}`);
			if (file === 'edition.json') return json.tables.flatMap((/** @type {any} */ t) => (t.not_assessed ?? []).map((/** @type {any} */ n) => n.unit));
			return json.rows.map((/** @type {any} */ r) => r.unit);
		}),
	),
);
const withPage = new Set(
	registry
		.filter((u) => inResults.has(u.id) || [...(u.successors ?? []), ...(u.predecessors ?? [])].some((id) => inResults.has(id)))
		.map((u) => u.id),
);
const markdownProcessor = unified({
	remarkPlugins: [[remarkLinkUnits, { units: registry, base, hasPage: (/** @type {string} */ id) => withPage.has(id) }]],
});

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	outDir: process.env.DTI_OUT_DIR || './dist',
	integrations: [mdx({ processor: markdownProcessor }), sitemap()],
	devToolbar: { enabled: false },
});
