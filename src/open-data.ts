/**
 * The open-data catalogue of this build (src/lib/downloads/catalogue.ts over getDataset()),
 * made once, and the static paths the download endpoints under src/pages/[...lang]/du-lieu/ share.
 */
import { getDataset } from './data.ts';
import { catalogue, NO_SITE_ORIGIN, type Catalogue } from './lib/downloads/catalogue.ts';
import type { Locale } from './lib/format.ts';
import { withLocales } from './lib/locale-routes.ts';
import { tableSegment } from './lib/url.ts';

const cached = new Map<Locale, Promise<Catalogue>>();

/** The catalogue of a locale, with absolute URLs on the build's `site`. */
export function getCatalogue(site: URL | undefined, locale: Locale): Promise<Catalogue> {
	let c = cached.get(locale);
	if (!c)
		cached.set(locale, (c = getDataset().then((data) => catalogue(data, site ?? NO_SITE_ORIGIN, locale))));
	return c;
}

/**
 * The paths of a download endpoint, or none when `npm run build` writes the open-data files
 * itself, beside Astro, from the same list (src/lib/downloads/files.ts, written by
 * scripts/open-data-files.ts; scripts/build.ts tells Astro with DTI_OPEN_DATA_FILES=script).
 * `astro dev` and a plain `astro build` use the endpoints.
 */
export async function openDataPaths<T>(paths: () => T[] | Promise<T[]>): Promise<T[]> {
	return process.env.DTI_OPEN_DATA_FILES === 'script' ? [] : paths();
}

/** One path per table of each edition and locale: /du-lieu/2022/tinh.<ext>, /en/du-lieu/2022/tinh.<ext>. */
export function tableFilePaths() {
	return openDataPaths(async () => {
		const data = await getDataset();
		return withLocales(
			data.editions.flatMap((v) =>
				v.tables.map((tb) => ({
					params: { year: String(v.year), table: tableSegment(tb.spec) },
					props: { year: v.year, id: tb.spec.id },
				})),
			),
		);
	});
}
