/**
 * Builds the site safely: checks data/ and the narrative first (clear messages, nothing built),
 * builds into a staging folder, runs the post-build steps on it, and only then swaps it into
 * place (wherever `--out` points, another filesystem included). A failed or interrupted build never replaces the last good site and leaves no
 * staging folder behind (a build killed outright leaves one, which the next build removes).
 *
 *   npm run build                      → dist/
 *   BASE_PATH=/dti/ npm run build      → dist/ for hosting under /dti/
 *   SITE_URL=https://… npm run build   → with canonical links, sitemap and RSS feed
 *   npm run build -- --out some/dir    → another output folder (any filesystem)
 *   npm run build -- --force           → render every page (ignore Astro's incremental cache;
 *                                        unchanged pages are otherwise copied from it)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
// Loaded before Astro starts: only what starting it needs (the lock on its page cache). The rest
// is imported once it runs: loaded first, it made Astro start 0.12–0.17 s later in every build.
import { alive, ASTRO_CACHE_DIR, closePageCache, openPageCache } from '../src/lib/page-cache-lock.ts';
import { ROOT } from './lib.ts';

/**
 * Steps run on the finished staging folder before it is swapped in (e.g. a search index). Each
 * gets the folder and the base path; a step that throws fails the build like astro failing.
 */
export type PostBuildStep = (dir: string, ctx: { base: string; site?: string }) => void | Promise<void>;
// The checks and the card and search steps are imported when they run (loading them takes about
// a second): the checks once astro has started, the steps once it is done.
const finishSite: PostBuildStep = async (dir) => (await import('./finish-site.ts')).finishSite(dir);
const writeHeaders: PostBuildStep = async (dir, ctx) =>
	(await import('./deploy-headers.ts')).writeHeaders(dir, ctx);
const postBuild: PostBuildStep[] = [localeNotFoundPages, writeHeaders, finishSite];

/**
 * Astro writes only the root 404 page as 404.html; the other locales' (src/pages/en/404.astro)
 * come out as <code>/404/index.html and move to <code>/404.html, where hosts that look for the
 * nearest 404.html find them.
 */
async function localeNotFoundPages(dir: string): Promise<void> {
	const { DEFAULT_LOCALE, LOCALES } = await import('../src/lib/i18n.ts');
	for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
		const built = join(dir, locale, '404', 'index.html');
		if (!existsSync(built)) continue;
		renameSync(built, join(dir, locale, '404.html'));
		rmSync(dirname(built), { recursive: true, force: true });
	}
}

let args: { out?: string; force?: boolean };
try {
	args = parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean' } } }).values;
} catch (e) {
	console.error(
		`Build not started: ${(e as Error).message.split('\n')[0]} (the options are --out DIR and --force)`,
	);
	process.exit(2);
}
const out = resolve(ROOT, args.out ?? 'dist');
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
const started = performance.now();

/**
 * Astro builds into `.build-tmp/staging-<pid>` inside the project (astro itself moves files from
 * its caches there, which only works on the project's filesystem). The finished site is then
 * renamed into place, or, when `--out` is on another filesystem, first copied next to the output
 * (`.<name>.staging-<pid>`) and renamed there, so the swap itself is always one rename.
 */
const parent = dirname(out);
const stem = `.${basename(out)}`;
const tmpRoot = resolve(ROOT, '.build-tmp');
const staging = join(tmpRoot, `staging-${process.pid}`);
/**
 * The open-data files are written beside Astro (scripts/open-data-files.ts) into their cache
 * (scripts/open-data-cache.ts: keyed by data/, the code and the URLs), or taken from it when the
 * key is unchanged, and linked into the staging folder after Astro.
 */
const OPEN_DATA_CACHE = process.env.DTI_OPEN_DATA_CACHE ?? join(ROOT, 'node_modules/.cache/dti-open-data');
const nearOut = join(parent, `${stem}.staging-${process.pid}`);
const old = join(parent, `${stem}.old-${process.pid}`);

/** Removes work folders left by builds that were killed (their process is gone). */
function removeStale() {
	const sweep = (dir: string, pattern: RegExp) => {
		if (!existsSync(dir)) return;
		for (const name of readdirSync(dir)) {
			const m = pattern.exec(name);
			if (m && Number(m[1]) !== process.pid && !alive(Number(m[1])))
				try {
					rmSync(join(dir, name), { recursive: true, force: true, maxRetries: 3 });
				} catch {
					/* being removed by the process a finished build left to delete it */
				}
		}
	};
	const esc = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	sweep(parent, new RegExp(`^${esc}\\.(?:staging|old)-(\\d+)$`));
	sweep(resolve(ROOT, '.build-tmp'), /^(?:staging|old|open-data)-(\d+)$/);
	sweep(OPEN_DATA_CACHE, /^\.[0-9a-f]+-(\d+)$/);
}

let child: ChildProcess | undefined;
let stopping = false;
function cleanUp() {
	for (const d of [staging, nearOut]) rmSync(d, { recursive: true, force: true });
	try {
		rmdirSync(tmpRoot); // only when empty (test sites of a running test suite live there too)
	} catch {
		/* not empty or absent */
	}
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		console.error(`\nBuild interrupted (${signal}); the previous site in ${out} was left as it was.`);
		const finish = () => {
			closePageCache(ROOT, false);
			cleanUp();
			process.exit(signal === 'SIGINT' ? 130 : 143);
		};
		if (child && child.exitCode === null && child.signalCode === null) {
			const force = setTimeout(() => child?.kill('SIGKILL'), 5000);
			child.once('exit', () => {
				clearTimeout(force);
				finish();
			});
			child.kill('SIGTERM');
		} else finish();
	});
}

removeStale();

/**
 * Astro's heap is capped (2,048 MB unless DTI_BUILD_HEAP_MB or NODE_OPTIONS says otherwise): V8
 * otherwise lets garbage grow towards its multi-GB default before collecting. The cap was 768 MB
 * while the site had ~1,000 pages; with 2,070 pages in two languages that cap made V8 collect so
 * often that a build rendering every page took ~1 s (and 2–2.7 s of CPU) more than with 2,048 MB,
 * in four paired runs, for 40–80 MB less peak memory. Lower it on a machine short of memory.
 */
const heapMb = Number(process.env.DTI_BUILD_HEAP_MB ?? 2048);
const nodeOptions = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')
	? process.env.NODE_OPTIONS
	: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim();

/**
 * Files Astro wrote (one "├─ path" line each) and those of them it copied from its incremental
 * cache instead of rendering ("(restored)" or "(cached)" after the path), read from its log.
 */
const written = { files: 0, cached: 0 };
let tail = '';
function countCached(chunk: Buffer) {
	const text = tail + chunk.toString('utf8');
	// A line cut between two chunks is counted with the next one.
	const cut = text.lastIndexOf('\n');
	tail = text.slice(cut + 1);
	const lines = text.slice(0, cut + 1);
	written.files += lines.match(/[├└]─ /g)?.length ?? 0;
	written.cached += lines.match(/\((?:restored|cached)\)/g)?.length ?? 0;
}

/**
 * Starts `astro build` into the staging folder. Its output is held back until `release()` (the
 * checks below run meanwhile), then passed through as it comes; `discard()` drops it.
 */
function astroBuild() {
	mkdirSync(tmpRoot, { recursive: true });
	rmSync(staging, { recursive: true, force: true });
	const astro = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
	const color = process.stdout.isTTY && !('NO_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
	const blocking = pathToFileURL(resolve(ROOT, 'scripts/blocking-stdio.ts')).href;
	child = spawn(
		process.execPath,
		['--import', blocking, astro, 'build', ...(args.force ? ['--force'] : [])],
		{
			cwd: ROOT,
			stdio: ['inherit', 'pipe', 'pipe'],
			env: {
				...color,
				...process.env,
				NODE_OPTIONS: nodeOptions,
				DTI_OUT_DIR: staging,
				// The download endpoints list no path: the files come from writeOpenDataBeside().
				DTI_OPEN_DATA_FILES: 'script',
				...(pageCache.use ? {} : { DTI_NO_PAGE_CACHE: '1' }),
				ASTRO_TELEMETRY_DISABLED: '1',
			},
		},
	);
	let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
	for (const [from, to] of [
		[child.stdout!, process.stdout],
		[child.stderr!, process.stderr],
	] as const)
		from.on('data', (d: Buffer) => {
			if (from === child!.stdout) countCached(d);
			return held ? held.push([to, d]) : to.write(d);
		});
	const exited = new Promise<number | null>((done) => {
		child!.on('close', (code) => done(code));
		child!.on('error', () => done(1));
	});
	return {
		exited,
		release() {
			for (const [to, d] of held ?? []) to.write(d);
			held = undefined;
		},
		discard() {
			held = [];
			child!.stdout!.removeAllListeners('data').resume();
			child!.stderr!.removeAllListeners('data').resume();
		},
	};
}

/**
 * The open-data files (CSV, XLSX, JSON; scripts/open-data-files.ts): from their cache when their
 * inputs are unchanged, else written in a worker thread while Astro builds (they take the core
 * Astro does not use). Resolves to the cache entry holding them, or rejects.
 */
async function writeOpenDataBeside(): Promise<{ dir: string; cached: boolean }> {
	const { cachedOpenData, fillOpenData, openDataKey } = await import('./open-data-cache.ts');
	const key = openDataKey(ROOT, base, site);
	const hit = cachedOpenData(OPEN_DATA_CACHE, key);
	if (hit) return { dir: hit, cached: true };
	const done = fillOpenData(
		OPEN_DATA_CACHE,
		key,
		(dir) =>
			new Promise<number>((ok, fail) => {
				const worker = new Worker(new URL('./open-data-files.ts', import.meta.url), {
					workerData: { root: ROOT, out: dir, base, site },
				});
				worker.once('message', (m: { files?: number; error?: string }) =>
					m.error ? fail(new Error(`open-data files: ${m.error}`)) : ok(m.files ?? 0),
				);
				worker.once('error', fail);
				worker.once('exit', (code) =>
					fail(new Error(`open-data files: the worker stopped (exit code ${code})`)),
				);
			}),
	).then(({ dir }) => ({ dir, cached: false }));
	return done;
}

/** Stops astro (when it still runs) and removes the staging folder, then exits with `code`. */
async function stopBuild(build: ReturnType<typeof astroBuild>, code: number): Promise<never> {
	build.discard();
	if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	await build.exited;
	closePageCache(ROOT, false);
	cleanUp();
	process.exit(code);
}

// Astro starts at once and the checks of data/ and the narrative run beside it (the same checks
// run inside the build, which would fail on them with less readable messages): with a problem,
// astro is stopped and its output dropped, nothing is built, and each problem is one line.
// Astro's page cache, one build at a time (src/lib/page-cache.ts).
const pageCache = openPageCache(ROOT);
if (pageCache.dropped)
	console.log(
		'The last build did not finish: every page is rendered again (its cached pages may be half-updated).',
	);
if (!pageCache.use)
	console.log(
		'Another build is running in this project: this one renders every page and leaves the page cache alone.',
	);
const build = astroBuild();
const openDataFiles = writeOpenDataBeside();
// A rejection is read after Astro; until then it must not count as unhandled.
openDataFiles.catch(() => {});
const { checkDataDir } = await import('../src/lib/data/load.ts');
const { formatDataIssue } = await import('../src/lib/data/invariants.ts');
const issues = checkDataDir(ROOT);
if (issues.length) {
	console.error(
		`Build stopped: the data has ${issues.length} problem(s). The previous site was left as it was.`,
	);
	for (const i of issues) console.error(`  - ${formatDataIssue(i)}`);
	await stopBuild(build, 1);
}
const { checkNarrative } = await import('../src/lib/narrative/safety.ts');
const narrative = checkNarrative(ROOT);
if (narrative.length) {
	console.error(
		`Build stopped: the narrative has ${narrative.length} problem(s). The previous site was left as it was.`,
	);
	for (const line of narrative) console.error(`  - ${line}`);
	await stopBuild(build, 1);
}
if (!site)
	console.log(
		'SITE_URL is not set: pages get no canonical link, no sitemap or RSS feed is written and embed codes show paths only (they need the public address). Set SITE_URL=https://… to add them.',
	);
build.release();
// Social cards start rendering on the idle core (scripts/cards.ts): those of the units' and the
// rankings' pages at once, from the dataset (src/lib/cards/pages.ts), the others as Astro writes
// their pages.
(await import('./cards.ts')).startCardsDuringBuild(staging, {
	expected: async () => {
		const [{ loadDataset }, { siteCards }] = await Promise.all([
			import('../src/lib/data/load.ts'),
			import('../src/lib/cards/pages.ts'),
		]);
		return siteCards(loadDataset(ROOT), base);
	},
});

const status = await build.exited;
if (stopping) await new Promise(() => {}); // the signal handler exits
closePageCache(ROOT, status === 0);
if (status !== 0) {
	cleanUp();
	console.error(
		`Build failed (astro exited with ${status}). The previous site in ${out} was left as it was.`,
	);
	process.exit(1);
}
try {
	const files = await openDataFiles;
	const placed = (await import('./open-data-cache.ts')).placeOpenData(files.dir, staging);
	if (files.cached)
		console.log(
			`Open-data files: ${placed} from the cache (${relative(ROOT, OPEN_DATA_CACHE)}): data and code unchanged.`,
		);
} catch (e) {
	cleanUp();
	console.error(
		`Build failed: ${(e as Error).message.split('\n')[0]}. The previous site in ${out} was left as it was.`,
	);
	process.exit(1);
}
// Without an origin a feed has no valid links: no feed in any language (the root one and /<locale>/rss.xml).
if (!site) {
	const { DEFAULT_LOCALE, LOCALES } = await import('../src/lib/i18n.ts');
	for (const locale of LOCALES)
		rmSync(join(staging, locale === DEFAULT_LOCALE ? '' : locale, 'rss.xml'), { force: true });
}
try {
	for (const step of postBuild) await step(staging, { base, site });
} catch (e) {
	cleanUp();
	console.error(
		`Build failed after astro: ${(e as Error).message.split('\n')[0]}. The previous site in ${out} was left as it was.`,
	);
	process.exit(1);
}

mkdirSync(parent, { recursive: true });
let ready = staging;
if (statSync(parent).dev !== statSync(tmpRoot).dev) {
	cpSync(staging, nearOut, { recursive: true });
	ready = nearOut;
}
const hadOld = existsSync(out);
if (hadOld) renameSync(out, old);
renameSync(ready, out);
// The previous site is deleted by a detached process, after this one is done (deleting a few
// thousand files took 0.2 s of every build); if that process dies, the next build removes it.
if (hadOld)
	spawn(
		process.execPath,
		['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', old],
		{ detached: true, stdio: 'ignore' },
	).unref();
cleanUp();
(await import('./build-record.ts')).recordBuild(out, { base, site });
countCached(Buffer.from('\n'));
if (written.cached)
	console.log(
		`${written.cached} of ${written.files} pages and files were unchanged and copied from Astro's cache (${ASTRO_CACHE_DIR}); \`npm run build -- --force\` renders every page.`,
	);
console.log(`Site written to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
