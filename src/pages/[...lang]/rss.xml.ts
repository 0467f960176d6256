/**
 * RSS feed of the articles and edition overviews. Item links carry the site's base: `site` has
 * no base, and @astrojs/rss resolves links against it (ASTRO7-NOTES §10).
 */
import { localeParams } from '../../lib/locale-routes.ts';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNarrative } from '../../narrative.ts';
import { sortItems } from '../../lib/narrative/index.ts';
import { t } from '../../lib/i18n.ts';
import { localeOf, paths } from '../../lib/url.ts';

export async function GET(context: APIContext) {
	// A feed needs absolute links; without SITE_URL scripts/build.ts removes this placeholder.
	if (!context.site) return new Response('');
	const locale = localeOf(context);
	const { articles, overviews } = await getNarrative(locale);
	const s = t(locale).narrative;
	const items = sortItems([...articles, ...overviews.values()]).filter((i) => i.data.lang === locale);
	return rss({
		title: s.feedTitle,
		description: s.feedDescription,
		site: context.site,
		trailingSlash: true,
		customData: `<language>${t(locale).meta.bcp47}</language>`,
		items: items.map((i) => ({
			title: i.data.title,
			description: i.data.summary,
			pubDate: new Date(`${i.data.date}T00:00:00Z`),
			link: i.kind === 'overview' ? paths(locale).edition(i.data.editions[0]) : paths(locale).article(i.id),
			categories: i.data.editions.map((y) => t(locale).editionOf(y)),
		})),
	});
}

export const getStaticPaths = () => localeParams();
