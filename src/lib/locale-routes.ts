/**
 * Every page type is one route file under `src/pages/[...lang]/` that builds its pages in every
 * locale: the optional first segment is empty for Vietnamese (`/2022/tinh/`) and the locale code
 * otherwise (`/en/2022/tinh/`). Pages read their locale back with `localeOf(Astro)`, so a route
 * file needs only to list its paths once and wrap them:
 *
 *   export const getStaticPaths = (async () => withLocales(await pathsOfThisPage())) satisfies GetStaticPaths;
 *   export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;  // one page per locale
 *
 * A page added outside `[...lang]/` exists in Vietnamese only, and test/build/english.test.ts
 * lists it as an orphan.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n.ts';
import { pageCacheKey, type TextUse } from './page-cache.ts';
import { href, localeFromPath, localePath } from './url.ts';

/** The `lang` route parameter of a locale: undefined (no segment) for Vietnamese, else its code. */
export function langParam(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * The locale of a route's `lang` parameter (the reverse of `langParam`). Endpoints use it: their
 * request URL may lack the base, so the address cannot tell the locale the way `localeOf` does.
 */
export function localeOfParams(params: { lang?: string }): Locale {
	return (LOCALES as readonly string[]).includes(params.lang ?? '')
		? (params.lang as Locale)
		: DEFAULT_LOCALE;
}

/** How a route's pages use content/ (src/lib/page-cache.ts): 'texts' unless the route renders none. */
export interface RouteOptions {
	texts?: TextUse;
}

/** What every path carries besides its params: the incremental build's key (src/lib/page-cache.ts). */
function cached(use: TextUse = 'texts'): { cacheKey?: string } {
	const cacheKey = pageCacheKey(use);
	return cacheKey === undefined ? {} : { cacheKey };
}

/** One path per locale, for pages without other parameters. */
export function localeParams(
	options: RouteOptions = {},
): { params: { lang: string | undefined }; cacheKey?: string }[] {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, ...cached(options.texts) }));
}

/**
 * Every path of a page in every locale: the same params and props, plus `lang`. A route that
 * renders no narrative text says so with `{ texts: 'facts' }` (its pages are then kept when only
 * a text's wording changes); test/build/incremental.test.ts checks the result against a full build.
 */
export function withLocales<P extends Record<string, string | number | undefined>, T>(
	list: readonly { params: P; props?: T }[],
	options: RouteOptions = {},
): { params: P & { lang: string | undefined }; props: T; cacheKey?: string }[] {
	const key = cached(options.texts);
	return LOCALES.flatMap((locale) =>
		list.map((p) => ({ params: { ...p.params, lang: langParam(locale) }, props: p.props as T, ...key })),
	);
}

/**
 * The address of the same page in another locale, from the page's pathname (with the base):
 * ("/dti/en/2022/tinh/", "vi") → "/dti/2022/tinh/"; ("/dti/404.html", "en") → "/dti/en/404.html".
 * Every page has a twin by construction (one route file builds all locales).
 */
export function twinPath(pathname: string, locale: Locale): string {
	const root = href('');
	const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
	const current = localeFromPath(pathname);
	const route = current === DEFAULT_LOCALE ? rest : rest.slice(current.length + 1);
	return localePath(locale, route);
}
