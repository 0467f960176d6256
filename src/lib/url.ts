/**
 * Every internal URL of the site is built here, so the site works at `/` or under any `base`
 * (e.g. `/dti/`) and in every locale. Policy: directory-style pages with a trailing slash
 * (`/2022/tinh/`); files keep their extension (`/rss.xml`, `/fonts/x.woff2`).
 *
 * Locales: Vietnamese pages are at the root of the site, every other locale under its code
 * (`/en/2022/tinh/`). Route segments are identifiers, the same in every locale (`tinh`, `bo`,
 * unit ids such as `da-nang`), so a page's address in another language is its address with
 * the locale prefix. `localeOf(Astro)` reads the locale back from the page being rendered.
 */
import type { Level } from './data/schema.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n.ts';

/**
 * Results of `joinBase` and `localeFromPath` so far: a build asks for the same few thousand
 * addresses again and again (every page's header, footer and links), each a handful of regular
 * expressions to work out.
 */
const joined = new Map<string, string>();
const locales = new Map<string, Locale>();
function remembered<T>(memo: Map<string, T>, key: string, make: () => T): T {
	let value = memo.get(key);
	if (value === undefined) {
		if (memo.size >= 50_000) memo.clear();
		memo.set(key, (value = make()));
	}
	return value;
}

/** Joins `base` and a site path: ("/dti/", "2022/tinh") → "/dti/2022/tinh/"; files keep no slash. */
export function joinBase(base: string, path: string): string {
	return remembered(joined, `${base}\n${path}`, () => join(base, path));
}
function join(base: string, path: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	const prefix = trimmed ? `/${trimmed}/` : '/';
	const cut = path.search(/[?#]/);
	const pathname = (cut < 0 ? path : path.slice(0, cut)).replace(/\/{2,}/g, '/').replace(/^\/+/, '');
	const suffix = cut < 0 ? '' : path.slice(cut);
	const isFile = /\.[a-z0-9]+$/i.test(pathname);
	const normal = pathname === '' || isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
	return `${prefix}${normal}${suffix}`;
}

/** Base of the build: Vite replaces `import.meta.env.BASE_URL` statically; plain Node has no env. */
function buildBase(): string {
	try {
		return import.meta.env.BASE_URL ?? '/';
	} catch {
		return '/';
	}
}

/** Base path of the current build, overridable in tests and scripts. */
let currentBase: string = buildBase();

/** For tests and scripts: set the base used by `href()` and `paths()`. */
export function setBase(base: string): void {
	currentBase = base;
	cache.clear();
}

/**
 * Site-relative path with the build's base, for files that are the same in every locale
 * (favicon, fonts, sitemap): href("favicon.svg") → "/dti/favicon.svg". Pages use `paths()`.
 */
export function href(path = ''): string {
	return joinBase(currentBase, path);
}

/** Path prefix of a locale inside the site: "" for Vietnamese, "en/" for English. */
export function localePrefix(locale: Locale): string {
	return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** A route of `routes` in a locale, with the base: ("en", "2022/tinh") → "/dti/en/2022/tinh/". */
export function localePath(locale: Locale, route: string, base: string = currentBase): string {
	return joinBase(base, localePrefix(locale) + route);
}

/**
 * Locale of a page from its pathname: "/dti/en/2022/" → "en"; "/dti/2022/", "/dti/" or a path
 * outside the base → "vi". Only a first segment that is a locale code counts.
 */
export function localeFromPath(pathname: string, base = currentBase): Locale {
	return remembered(locales, `${base}\n${pathname}`, () => readLocale(pathname, base));
}
function readLocale(pathname: string, base: string): Locale {
	const root = joinBase(base, '');
	const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
	const first = rest.split('/')[0];
	return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The locale of the page being rendered: `localeOf(Astro)` in any page or component. */
export function localeOf(page: { url: URL }): Locale {
	return localeFromPath(page.url.pathname);
}

/** URL segment of a level: provinces → "tinh", ministries → "bo". */
export const LEVEL_SEGMENT: Record<Level, string> = { provinces: 'tinh', ministries: 'bo' };

/** What a ranking table's address is made of. */
export type TableRef = { id: string; level: Level; primary: boolean };

/** Path segment of a ranking table: the primary table of a level uses the level segment. */
export function tableSegment(table: TableRef): string {
	if (table.primary) return LEVEL_SEGMENT[table.level];
	return `${LEVEL_SEGMENT[table.level]}-${table.id.replace(/^[a-z]+-/, '')}`;
}

/**
 * Route of every page inside a locale, without base or locale prefix: routes.ranking(2022,
 * table) → "2022/tinh". Route files' `getStaticPaths` and `paths()` both use these.
 */
export const routes = {
	home: () => '',
	edition: (year: number) => `${year}`,
	ranking: (year: number, table: TableRef) => `${year}/${tableSegment(table)}`,
	unitInEdition: (year: number, level: Level, id: string) => `${year}/${LEVEL_SEGMENT[level]}/${id}`,
	profile: (level: Level, id: string) => `${LEVEL_SEGMENT[level]}/${id}`,
	units: (level: Level) => LEVEL_SEGMENT[level],
	methodology: () => 'phuong-phap',
	sources: () => 'nguon',
	articles: () => 'bai-viet',
	article: (slug: string) => `bai-viet/${slug}`,
	feed: () => 'rss.xml',
	notFound: () => '404.html',
	/** The standalone page of a chart (for iframes): its page's route under "nhung/", then the chart's slug. */
	embed: (page: string, chart: string) => `nhung/${page}/${chart}`,
	/** The search page (src/pages/tim-kiem.astro). */
	search: () => 'tim-kiem',
	/** The open-data page (downloads, dictionary, licence, citation, errata). */
	data: () => 'du-lieu',
	/** The compare page, with a selection query ("?cap=tinh&dv=da-nang,ha-noi"). */
	compare: (query = '') => `so-sanh${query}`,
};

type Routes = typeof routes;
/** The URL builders of one locale: the routes with base and locale prefix applied. */
export type Paths = { [K in keyof Routes]: (...args: Parameters<Routes[K]>) => string };

const cache = new Map<string, Paths>();

/**
 * URL builders of a locale: paths("vi").ranking(2022, table) → "/dti/2022/tinh/",
 * paths("en").profile("provinces", "da-nang") → "/dti/en/tinh/da-nang/". `base` defaults to
 * the build's base (the remark plugin, which runs in the config, passes it).
 */
export function paths(locale: Locale, base: string = currentBase): Paths {
	const key = `${locale}|${base}`;
	let built = cache.get(key);
	if (!built) {
		const entries = Object.entries(routes).map(([name, route]) => [
			name,
			(...args: unknown[]) => localePath(locale, (route as (...a: unknown[]) => string)(...args), base),
		]);
		built = Object.fromEntries(entries) as Paths;
		cache.set(key, built);
	}
	return built;
}

/** Download formats of a ranking table. */
export type DataFormat = 'csv' | 'xlsx' | 'json';

/**
 * Files of the open data, relative to the data page /du-lieu/ (also the paths of the resources
 * in its datapackage.json, which lives there). Each locale has its own files next to its data
 * page (/en/du-lieu/…): the same columns and values, with titles, unit names and descriptions
 * in the page's language.
 */
export const dataFiles = {
	table: (year: number, table: TableRef, format: DataFormat) => `${year}/${tableSegment(table)}.${format}`,
	long: () => 'tat-ca.csv',
	unit: (level: Level, id: string) => `don-vi/${LEVEL_SEGMENT[level]}/${id}.csv`,
	package: () => 'datapackage.json',
};

/** URL of an open-data file with the base: dataHref(dataFiles.long(), "en") → "/dti/en/du-lieu/tat-ca.csv". */
export function dataHref(file: string, locale: Locale): string {
	return localePath(locale, `du-lieu/${file}`);
}

/** URL of a ranking table's download: downloadHref(2022, table, "csv", "vi") → "/dti/du-lieu/2022/tinh.csv". */
export function downloadHref(year: number, table: TableRef, format: DataFormat, locale: Locale): string {
	return dataHref(dataFiles.table(year, table, format), locale);
}

/** URL of the compare page's data of a level in a locale: "/dti/so-sanh/tinh.json", "/dti/en/so-sanh/tinh.json". */
export function compareDataHref(level: Level, locale: Locale): string {
	return localePath(locale, `so-sanh/${LEVEL_SEGMENT[level]}.json`);
}
