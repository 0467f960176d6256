/**
 * RSS feed of the articles and edition overviews. Item links carry the site's base: `site` has
 * no base, and @astrojs/rss resolves links against it (ASTRO7-NOTES §10).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNarrative } from '../narrative.ts';
import { sortItems } from '../lib/narrative/index.ts';
import { t } from '../lib/i18n.ts';
import { paths } from '../lib/url.ts';

export async function GET(context: APIContext) {
	const { articles, overviews } = await getNarrative();
	const s = t('vi').narrative;
	const items = sortItems([...articles, ...overviews.values()]);
	return rss({
		title: s.feedTitle,
		description: s.feedDescription,
		site: context.site ?? 'https://dti.example.org',
		trailingSlash: true,
		customData: '<language>vi-VN</language>',
		items: items.map((i) => ({
			title: i.data.title,
			description: i.data.summary,
			pubDate: new Date(`${i.data.date}T00:00:00Z`),
			link: i.kind === 'overview' ? paths.edition(i.data.editions[0]) : paths.article(i.id),
			categories: i.data.editions.map((y) => `DTI ${y}`),
		})),
	});
}
