/**
 * Folders kept between builds under a key (the search index, scripts/search-index.ts; the
 * open-data files, scripts/open-data-cache.ts). An entry is complete or absent: it is written into
 * a temporary folder (`tempEntry`) and renamed into place (`commitEntry`). A hit is marked as used
 * (its mtime), and only the entries used last are kept (`keepNewest`).
 */
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

const touch = (path: string) => {
	const now = new Date();
	utimesSync(path, now, now);
};

/** The complete entry for `key`, if the cache holds one (marked as used now). */
export function usedEntry(cacheDir: string, key: string): string | undefined {
	const entry = join(cacheDir, key);
	if (!existsSync(entry)) return undefined;
	touch(entry);
	return entry;
}

/** A fresh temporary folder for this process to fill the entry of `key` in (dot-named: never an entry). */
export function tempEntry(cacheDir: string, key: string): string {
	const tmp = join(cacheDir, `.${key}-${process.pid}`);
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });
	return tmp;
}

/**
 * Makes the filled temporary folder the entry of `key`. Another build with the same key may have
 * committed it meanwhile: the same content, so that one is kept (marked as used) and `tmp` goes.
 */
export function commitEntry(cacheDir: string, key: string, tmp: string): string {
	const entry = join(cacheDir, key);
	if (existsSync(entry)) {
		rmSync(tmp, { recursive: true, force: true });
		touch(entry);
	} else renameSync(tmp, entry);
	return entry;
}

/** Removes all but the `keep` entries used last (`isEntry` tells entries from other names). */
export function keepNewest(cacheDir: string, keep: number, isEntry: (name: string) => boolean): void {
	const entries = readdirSync(cacheDir)
		.filter((e) => !e.startsWith('.') && isEntry(e))
		.map((e) => ({ e, used: statSync(join(cacheDir, e)).mtimeMs }))
		.sort((a, b) => b.used - a.used);
	for (const { e } of entries.slice(keep)) rmSync(join(cacheDir, e), { recursive: true, force: true });
}

/** Puts a cached file into a site folder: a hard link, or a copy where links are not possible. */
export function linkOrCopy(from: string, to: string): void {
	mkdirSync(dirname(to), { recursive: true });
	rmSync(to, { force: true });
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}
