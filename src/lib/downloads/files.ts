/**
 * Every open-data file of one locale, by its path below that locale's data page (/du-lieu/,
 * /en/du-lieu/), with the function that makes its bytes. The download endpoints under
 * src/pages/[...lang]/du-lieu/ serve these in `astro dev`; `npm run build` writes them beside
 * the Astro build, on the other core (scripts/open-data-files.ts), from this same list.
 */
import { dataFiles } from '../url.ts';
import {
	dataPackage,
	renderLong,
	renderTable,
	renderUnit,
	unitsWithCsv,
	type Catalogue,
} from './catalogue.ts';

export interface OpenDataFile {
	/** Path below the locale's /du-lieu/ (dataFiles). */
	file: string;
	render: () => Promise<string | Uint8Array> | string | Uint8Array;
}

/** The Data Package descriptor as the file holds it. */
export function dataPackageJson(c: Catalogue): string {
	return `${JSON.stringify(dataPackage(c), null, 1)}\n`;
}

export function openDataFiles(c: Catalogue): OpenDataFile[] {
	const files: OpenDataFile[] = [];
	for (const { view, table } of c.tables)
		for (const format of ['csv', 'json', 'xlsx'] as const)
			files.push({
				file: dataFiles.table(view.year, table.spec, format),
				render: () => renderTable(c, view.year, table.spec.id, format),
			});
	files.push({ file: dataFiles.long(), render: () => renderLong(c) });
	for (const u of unitsWithCsv(c.data))
		files.push({ file: dataFiles.unit(u.level, u.id), render: () => renderUnit(c, u.id) });
	files.push({ file: dataFiles.package(), render: () => dataPackageJson(c) });
	return files;
}
