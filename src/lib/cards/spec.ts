/**
 * Social cards (Open Graph / Twitter images): what a card says, and where its PNG lives. Pages
 * describe their card in words (a `CardSpec`, through BaseLayout); scripts/cards.ts renders the
 * specs it finds in the built HTML after the Astro build. A page's card is at
 * og/<page path>.png; pages without a card of their own share og/site.png.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardSpec {
	/** Small line above the title: "DTI 2022 · Tỉnh, thành phố". */
	kicker: string;
	/** The unit's name, the table's or the article's title. */
	title: string;
	/** Up to three short figures: "Hạng 3/63", "Điểm 0,6234". */
	facts: string[];
	/** Site name, printed at the foot. */
	site: string;
	/** Locale of the text (for the renderer's line breaking). */
	lang: string;
}

/** A spec as written into the page (the meta tag's data-card): the spec and its file in the site. */
export interface PageCard extends CardSpec {
	file: string;
}

/** Site file of a page's card: "/dti/2022/tinh/da-nang/" under base "/dti/" → "og/2022/tinh/da-nang.png". */
export function cardFile(pathname: string, base: string): string {
	const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const rest = (pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, ''))
		.replace(/index\.html$/, '')
		.replace(/\.html$/, '')
		.replace(/\/+$/, '');
	if (/[^a-z0-9/_-]/i.test(rest)) throw new Error(`No card file for the page path "${pathname}".`);
	return `og/${rest || 'index'}.png`;
}

/** The shared card of pages without one of their own. */
export const SITE_CARD_FILE = 'og/site.png';
