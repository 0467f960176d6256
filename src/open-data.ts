/**
 * The open-data catalogue of this build (src/lib/downloads/catalogue.ts over getDataset()),
 * made once, and the static paths the download endpoints under src/pages/du-lieu/ share.
 */
import { getDataset } from './data.ts';
import { catalogue, type Catalogue } from './lib/downloads/catalogue.ts';
import { tableSegment } from './lib/url.ts';

let cached: Promise<Catalogue> | undefined;

/** The catalogue, with absolute URLs on the build's `site`. */
export function getCatalogue(site: URL | undefined): Promise<Catalogue> {
	cached ??= getDataset().then((data) => catalogue(data, site ?? 'https://dti.example.org'));
	return cached;
}

/** One path per table of each edition: /du-lieu/2022/tinh.<ext>. */
export async function tableFilePaths() {
	const data = await getDataset();
	return data.editions.flatMap((v) =>
		v.tables.map((tb) => ({
			params: { year: String(v.year), table: tableSegment(tb.spec) },
			props: { year: v.year, id: tb.spec.id },
		})),
	);
}
