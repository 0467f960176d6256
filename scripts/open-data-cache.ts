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
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** How many entries the cache keeps (the ones used last). */
export const KEEP = 4;

/** What the files are made from, relative to the project root (folders are read whole). */
export const OPEN_DATA_INPUTS = [
	'data',
	'src/lib',
	'scripts/open-data-files.ts',
	'package-lock.json',
] as const;

/** Every file below `dir` (or `dir` itself), sorted, "/" separators, relative to `root`. */
function filesOf(root: string, path: string): string[] {
	const full = join(root, path);
	if (!existsSync(full)) return [];
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile()) out.push(relative(root, p).split('\\').join('/'));
		}
	};
	if (statSync(full).isDirectory()) walk(full);
	else out.push(path);
	return out.sort();
}

/** The cache key: SHA-256 of the inputs' paths and bytes, the base path and the origin (16 hex digits). */
export function openDataKey(root: string, base: string, site: string | undefined): string {
	const hash = createHash('sha256');
	hash.update(`base\0${base}\0site\0${site ?? ''}\0`);
	for (const input of OPEN_DATA_INPUTS)
		for (const file of filesOf(root, input)) {
			hash.update(`${file}\0`);
			hash.update(readFileSync(join(root, file)));
			hash.update('\0');
		}
	return hash.digest('hex').slice(0, 16);
}

/** The complete entry for `key`, if the cache holds one (marked as used now). */
export function cachedOpenData(cacheDir: string, key: string): string | undefined {
	const dir = join(cacheDir, key);
	if (!existsSync(dir)) return undefined;
	const now = new Date();
	utimesSync(dir, now, now);
	return dir;
}

/**
 * Fills the entry for `key` with `write(folder)` (which returns how many files it wrote) and
 * makes it the only entry. A failed write leaves no entry.
 */
export async function fillOpenData(
	cacheDir: string,
	key: string,
	write: (dir: string) => Promise<number>,
): Promise<{ dir: string; files: number }> {
	mkdirSync(cacheDir, { recursive: true });
	const tmp = join(cacheDir, `.${key}-${process.pid}`);
	rmSync(tmp, { recursive: true, force: true });
	let files: number;
	try {
		files = await write(tmp);
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
	const dir = join(cacheDir, key);
	// Another build with the same key may have filled it meanwhile: the same files, keep those.
	if (existsSync(dir)) rmSync(tmp, { recursive: true, force: true });
	else renameSync(tmp, dir);
	const entries = readdirSync(cacheDir)
		.filter((e) => !e.startsWith('.'))
		.map((e) => ({ e, used: statSync(join(cacheDir, e)).mtimeMs }))
		.sort((a, b) => b.used - a.used);
	for (const { e } of entries.slice(KEEP))
		if (e !== key) rmSync(join(cacheDir, e), { recursive: true, force: true });
	return { dir, files };
}

/** Puts every file of an entry into the site folder (hard links, else copies); returns how many. */
export function placeOpenData(entry: string, site: string): number {
	let n = 0;
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const from = join(d, e.name);
			if (e.isDirectory()) {
				walk(from);
				continue;
			}
			const to = join(site, relative(entry, from));
			mkdirSync(dirname(to), { recursive: true });
			rmSync(to, { force: true });
			try {
				linkSync(from, to);
			} catch {
				copyFileSync(from, to);
			}
			n++;
		}
	};
	walk(entry);
	return n;
}
