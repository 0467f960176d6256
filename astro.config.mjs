// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/**
 * Hosting anywhere: `BASE_PATH=/dti/ npm run build` serves the site under a sub-path;
 * `SITE_URL` is the public origin used for canonical links, the sitemap and the feed.
 * Directory pages with trailing slashes are the most portable across static hosts.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://dti.example.org';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	outDir: process.env.DTI_OUT_DIR || './dist',
	integrations: [mdx(), sitemap()],
	devToolbar: { enabled: false },
});
