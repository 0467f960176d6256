/**
 * Addresses of the standalone chart pages under /nhung/ (for iframes), built from the page
 * routes of `url.ts` (so base and locale apply as everywhere else), and the embed snippet
 * readers copy.
 */
import type { Level } from '../data/schema.ts';
import type { Locale } from '../i18n.ts';
import { localePath, routes, type TableRef } from '../url.ts';

/** Slug of a chart kind's embed page ("ban-do", "lich-su"…): each kind declares it in `registry.ts`. */
export type EmbedKind = string;

/** Routes of the embed pages, without base or locale: "nhung/2023/tinh/ban-do". */
export const embedRoutes = {
	/** A chart of a ranking page: nhung/2023/tinh/ban-do. */
	ranking: (year: number, table: TableRef, kind: EmbedKind) =>
		routes.embed(routes.ranking(year, table), kind),
	/** A chart of a unit-in-edition page: nhung/2023/tinh/da-nang/ho-so. */
	unitInEdition: (year: number, level: Level, id: string, kind: EmbedKind) =>
		routes.embed(routes.unitInEdition(year, level, id), kind),
	/** A chart of a profile page: nhung/tinh/da-nang/lich-su. */
	profile: (level: Level, id: string, kind: EmbedKind = 'lich-su') =>
		routes.embed(routes.profile(level, id), kind),
};

/** Embed URLs of a locale, with the base: embedPaths("vi").profile(...) → "/dti/nhung/tinh/da-nang/lich-su/". */
export function embedPaths(locale: Locale) {
	return {
		ranking: (year: number, table: TableRef, kind: EmbedKind) =>
			localePath(locale, embedRoutes.ranking(year, table, kind)),
		unitInEdition: (year: number, level: Level, id: string, kind: EmbedKind) =>
			localePath(locale, embedRoutes.unitInEdition(year, level, id, kind)),
		profile: (level: Level, id: string, kind?: EmbedKind) =>
			localePath(locale, embedRoutes.profile(level, id, kind)),
	};
}

/** The `<iframe>` snippet for an embed page at an absolute URL. */
export function embedSnippet(url: string, title: string, height = 640): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(url)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;max-width:40rem" loading="lazy"></iframe>`;
}
