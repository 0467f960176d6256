/**
 * The lock around Astro's page cache (one build at a time, only builds that finish) and where the
 * cache lives. Kept apart from src/lib/page-cache.ts (the cache key), which loads the narrative
 * code: scripts/build.ts takes the lock before it starts Astro and loads nothing else first.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where Astro keeps its caches (`cacheDir` in astro.config.mjs), below the project root. Not the
 * default node_modules/.astro: copies of the project that link node_modules (tests, the bench)
 * must not share page caches, which (unlike the card and search caches) are not keyed by their
 * content.
 */
export const ASTRO_CACHE_DIR = '.cache/astro';
const MANIFEST = 'incremental-build.json';
const LOCK = 'build-lock';

/** Whether process `pid` runs (a lock, or a work folder, whose owner is gone is stale). */
export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Astro's page cache is safe for one build at a time, and only for builds that finish: Astro
 * rewrites cached pages during a build and records them in its manifest at the end, so a build
 * that stops half-way (a render error, Ctrl-C, a killed process) leaves pages of new data under
 * the old manifest, and two builds at once (another base path, other data) write over each
 * other's pages. So scripts/build.ts takes a lock (an atomic mkdir) before Astro starts:
 * - free: this build uses the cache;
 * - held by a build that is gone (it did not finish): the manifest is dropped, so every page is
 *   rendered again, and the lock is taken over;
 * - held by a running build: this build renders every page without the cache
 *   (`DTI_NO_PAGE_CACHE=1` turns Astro's incremental build off) and leaves the cache alone.
 * `closePageCache` drops the manifest when the build failed and releases the lock.
 */
export function openPageCache(root: string): { use: boolean; dropped: boolean } {
	const dir = join(root, ASTRO_CACHE_DIR);
	const lock = join(dir, LOCK);
	mkdirSync(dir, { recursive: true });
	let dropped = false;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			return { use: true, dropped };
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
		const owner = Number(existsSync(join(lock, 'pid')) ? readFileSync(join(lock, 'pid'), 'utf8') : NaN);
		// A lock without its pid yet belongs to a build taking it this instant: treat it as running.
		if (!Number.isInteger(owner) || alive(owner)) return { use: false, dropped };
		dropped = existsSync(join(dir, MANIFEST));
		rmSync(join(dir, MANIFEST), { force: true });
		rmSync(lock, { recursive: true, force: true });
	}
	return { use: false, dropped };
}

/** After Astro: a failed build's manifest is dropped; the lock is released (only by its owner). */
export function closePageCache(root: string, finished: boolean): void {
	const dir = join(root, ASTRO_CACHE_DIR);
	const pidFile = join(dir, LOCK, 'pid');
	if (!existsSync(pidFile) || readFileSync(pidFile, 'utf8') !== String(process.pid)) return;
	if (!finished) rmSync(join(dir, MANIFEST), { force: true });
	rmSync(join(dir, LOCK), { recursive: true, force: true });
}
