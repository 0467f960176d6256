/**
 * Writes the open-data files (src/lib/downloads/files.ts: CSV, XLSX and JSON of every table,
 * the long CSV, one CSV per unit, datapackage.json, in every locale) into a folder, from data/
 * read and checked the one way (src/lib/data/load.ts). scripts/build.ts runs this in a worker
 * thread while Astro renders the pages, so the files (exceljs and zip: about 1.5 s of CPU) take
 * the other core instead of Astro's; Astro's own download endpoints stay for `astro dev`.
 *
 * As a worker: workerData { root, out, base, site }, posts { files } or { error } when done.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadDataset } from '../src/lib/data/load.ts';
import { catalogue, NO_SITE_ORIGIN } from '../src/lib/downloads/catalogue.ts';
import { openDataFiles } from '../src/lib/downloads/files.ts';
import { LOCALES } from '../src/lib/i18n.ts';
import { localePrefix, setBase } from '../src/lib/url.ts';

export interface OpenDataJob {
	root: string;
	out: string;
	base: string;
	site?: string;
}

/** Writes every file below `out` (`du-lieu/…`, `en/du-lieu/…`); returns how many. */
export async function writeOpenData({ root, out, base, site }: OpenDataJob): Promise<number> {
	setBase(base);
	const data = loadDataset(root);
	let n = 0;
	for (const locale of LOCALES) {
		const c = catalogue(data, site ?? NO_SITE_ORIGIN, locale);
		for (const f of openDataFiles(c)) {
			const path = join(out, localePrefix(locale), 'du-lieu', f.file);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, await f.render());
			n++;
		}
	}
	return n;
}

if (parentPort && workerData) {
	try {
		parentPort.postMessage({ files: await writeOpenData(workerData as OpenDataJob) });
	} catch (e) {
		parentPort.postMessage({ error: (e as Error).message.split('\n')[0] });
	}
}
