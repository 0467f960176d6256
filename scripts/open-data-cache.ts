/**
 * The open-data files (CSV, XLSX, JSON: scripts/open-data-files.ts) kept between builds. They are
 * a pure function of data/, the code that writes them (src/lib/, scripts/open-data-files.ts, the
 * locked library versions) and the site's base path and origin (links inside the files), so a
 * build whose key is unchanged takes them from the cache instead of writing ~300 files again
 * (about 2 s of CPU that would otherwise compete with Astro for the second core).
 *
 * A cache entry is one folder named by its key, complete or absent: the worker writes into a
 * temporary folder that is renamed into place when every file is written. The entries used
 * last are kept (KEEP: builds at other base paths, such as the test site at /dti/, have their
 * own), older ones are removed. Files are hard-linked into the site (copied where links are
 * not possible).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './check-site.ts';
import { commitEntry, keepNewest, linkOrCopy, tempEntry, usedEntry } from './folder-cache.ts';

/** How many entries the cache keeps (the ones used last). */
export const KEEP = 4;

/** What the files are made from, relative to the project root (folders are read whole). */
export const OPEN_DATA_INPUTS = [
	'data',
	'src/lib',
	'scripts/open-data-files.ts',
	'package-lock.json',
] as const;

/** The cache key: SHA-256 of the inputs' paths and bytes, the base path and the origin (16 hex digits). */
export function openDataKey(root: string, base: string, site: string | undefined): string {
	const hash = createHash('sha256');
	hash.update(`base\0${base}\0site\0${site ?? ''}\0`);
	for (const input of OPEN_DATA_INPUTS) {
		const full = join(root, input);
		if (!existsSync(full)) continue;
		const files = statSync(full).isDirectory() ? listFiles(full).map((f) => `${input}/${f}`) : [input];
		for (const file of files) {
			hash.update(`${file}\0`);
			hash.update(readFileSync(join(root, file)));
			hash.update('\0');
		}
	}
	return hash.digest('hex').slice(0, 16);
}

/** The complete entry for `key`, if the cache holds one (marked as used now). */
export const cachedOpenData = usedEntry;

/**
 * Fills the entry for `key` with `write(folder)` (which returns how many files it wrote), keeping
 * the KEEP entries used last. A failed write leaves no entry.
 */
export async function fillOpenData(
	cacheDir: string,
	key: string,
	write: (dir: string) => Promise<number>,
): Promise<{ dir: string; files: number }> {
	const tmp = tempEntry(cacheDir, key);
	let files: number;
	try {
		files = await write(tmp);
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
	const dir = commitEntry(cacheDir, key, tmp);
	keepNewest(cacheDir, KEEP, () => true);
	return { dir, files };
}

/** Puts every file of an entry into the site folder (hard links, else copies); returns how many. */
export function placeOpenData(entry: string, site: string): number {
	const files = listFiles(entry);
	for (const f of files) linkOrCopy(join(entry, f), join(site, f));
	return files.length;
}
