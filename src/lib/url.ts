/**
 * Every internal URL of the site is built here, so the site works at `/` or under any `base`
 * (e.g. `/dti/`). Policy: directory-style pages with a trailing slash (`/2022/tinh/`); files
 * keep their extension (`/rss.xml`, `/fonts/x.woff2`).
 */
import type { Level } from './data/schema.ts';

/** Joins `base` and a site path: ("/dti/", "2022/tinh") → "/dti/2022/tinh/"; files keep no slash. */
export function joinBase(base: string, path: string): string {
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

/** For tests and scripts: set the base used by `href()`. */
export function setBase(base: string): void {
	currentBase = base;
}

/** Site-relative path with the build's base: href("2022/tinh") → "/dti/2022/tinh/". */
export function href(path = ''): string {
	return joinBase(currentBase, path);
}

/** URL segment of a level: provinces → "tinh", ministries → "bo". */
export const LEVEL_SEGMENT: Record<Level, string> = { provinces: 'tinh', ministries: 'bo' };

/** Path segment of a ranking table: the primary table of a level uses the level segment. */
export function tableSegment(table: { id: string; level: Level; primary: boolean }): string {
	if (table.primary) return LEVEL_SEGMENT[table.level];
	return `${LEVEL_SEGMENT[table.level]}-${table.id.replace(/^[a-z]+-/, '')}`;
}

export const paths = {
	home: () => href(''),
	edition: (year: number) => href(`${year}`),
	ranking: (year: number, table: { id: string; level: Level; primary: boolean }) =>
		href(`${year}/${tableSegment(table)}`),
	unitInEdition: (year: number, level: Level, id: string) => href(`${year}/${LEVEL_SEGMENT[level]}/${id}`),
	profile: (level: Level, id: string) => href(`${LEVEL_SEGMENT[level]}/${id}`),
	units: (level: Level) => href(LEVEL_SEGMENT[level]),
	methodology: () => href('phuong-phap'),
	sources: () => href('nguon'),
	about: () => href('gioi-thieu'),
	asset: (file: string) => href(file),
	articles: () => href('bai-viet'),
	article: (slug: string) => href(`bai-viet/${slug}`),
	feed: () => href('rss.xml'),
};
