/**
 * A failed or interrupted build never replaces the last good site and leaves nothing behind:
 * with a defect in data/ or the narrative, `scripts/build.ts` stops before building, names the
 * file, entry and field, and leaves the output folder as it was; SIGTERM during the astro build
 * stops astro too and removes the staging folder; work folders of killed builds are removed by
 * the next build; an output folder on another filesystem (/dev/shm) works.
 * Runs on a copy of the project (node_modules linked), so the real tree is untouched.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../global-setup.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'test/fixtures/bad-input');
const copy = mkdtempSync(join(tmpdir(), 'dti-safety-'));
const out = join(copy, 'site');

beforeAll(() => {
	for (const d of ['scripts', 'src', 'data', 'content', 'public'])
		cpSync(join(ROOT, d), join(copy, d), { recursive: true });
	for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(join(ROOT, f), join(copy, f));
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** The output folder holds only the last good site, and no work folder is left next to it. */
function lastGoodSite(dir = out) {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'index.html'), 'last good site');
}
function expectUntouched(dir = out) {
	expect(readdirSync(dir)).toEqual(['index.html']);
	expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('last good site');
	const parent = resolve(dir, '..');
	expect(readdirSync(parent).filter((f) => /\.(staging|old)-\d+$/.test(f))).toEqual([]);
	expect(existsSync(join(copy, '.build-tmp'))).toBe(false);
}
/** The build as a publisher runs it, without SITE_URL or BASE_PATH. */
const build = (...args: string[]) => {
	const env = cleanEnv();
	delete env.SITE_URL;
	delete env.BASE_PATH;
	return spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: copy, encoding: 'utf8', env });
};

/** Replaces a file of the copy for one test. */
function withFile<T>(path: string, content: string | Buffer, fn: () => T): T {
	const full = join(copy, path);
	const before = existsSync(full) ? readFileSync(full) : undefined;
	writeFileSync(full, content);
	try {
		return fn();
	} finally {
		if (before) writeFileSync(full, before);
		else rmSync(full);
	}
}

describe('scripts/build.ts with bad input', () => {
	it('a score on the wrong scale: stops with file, entry and field; the previous site stays', () => {
		lastGoodSite();
		const file = 'data/editions/2022/provinces.json';
		const json = JSON.parse(readFileSync(join(copy, file), 'utf8'));
		json.rows[0].total = 80.02;
		const r = withFile(file, JSON.stringify(json), () => build('--out', out));
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(
			'Build stopped: the data has 1 problem(s). The previous site was left as it was.',
		);
		expect(r.stderr).toContain(
			'data/editions/2022/provinces.json › da-nang › field "total": 80.02 is outside the scale 0–1',
		);
		expectUntouched();
	});

	it('invalid JSON (corpus data/sources-invalid-json.json): file, line and column, no stack trace', () => {
		lastGoodSite();
		const bad = readFileSync(join(CORPUS, 'data/sources-invalid-json.json'));
		const r = withFile('data/sources.json', bad, () => build('--out', out));
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(
			"  - data/sources.json:3:2: invalid JSON: Expected ',' or ']' after array element",
		);
		expect(r.stderr).not.toMatch(/^\s+at /m);
		expectUntouched();
	});

	it('raw <script> in an article (corpus mdx/script.mdx): stops before astro, pointing to the components', () => {
		lastGoodSite();
		const bad = readFileSync(join(CORPUS, 'mdx/script.mdx'));
		const r = withFile('content/articles/script.mdx', bad, () => build('--out', out));
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(
			'Build stopped: the narrative has 1 problem(s). The previous site was left as it was.',
		);
		expect(r.stderr).toContain(
			'content/articles/script.mdx:14:1: raw <script> is not allowed in narrative text; the site adds its own scripts. For numbers use <Value>',
		);
		expectUntouched();
	});

	it('a misspelt option: one line, nothing built', () => {
		lastGoodSite();
		const r = build('--outt', out);
		expect(r.status).toBe(2);
		expect(r.stderr.trim()).toBe(
			"Build not started: Unknown option '--outt' (the options are --out DIR and --force)",
		);
		expectUntouched();
	});

	it('removes work folders left by killed builds at the next start', () => {
		lastGoodSite();
		const stale = [
			join(copy, '.site.staging-999999'),
			join(copy, '.site.old-999998'),
			join(copy, '.build-tmp/staging-999997'),
		];
		for (const d of stale) mkdirSync(join(d, '2022'), { recursive: true });
		const bad = readFileSync(join(CORPUS, 'data/sources-empty.json'));
		const r = withFile('data/sources.json', bad, () => build('--out', out));
		expect(r.stderr).toContain('data/sources.json: the file is empty; it must hold JSON');
		for (const d of stale) expect(existsSync(d)).toBe(false);
		rmSync(join(copy, '.build-tmp'), { recursive: true, force: true });
		expectUntouched();
	});
});

/** Child processes of a pid (from /proc). */
function childrenOf(pid: number): number[] {
	return readdirSync('/proc')
		.filter((d) => /^\d+$/.test(d))
		.filter((d) => {
			try {
				return readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid);
			} catch {
				return false;
			}
		})
		.map(Number);
}
const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

describe('an interrupted build', () => {
	it('SIGTERM while astro builds: astro stops, the staging folder goes, the previous site stays', async () => {
		lastGoodSite();
		const child = spawn(process.execPath, ['scripts/build.ts', '--out', out], { cwd: copy, env: cleanEnv() });
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		const staging = join(copy, `.build-tmp/staging-${child.pid}`);
		// Wait until astro runs (its process exists and the staging folder may be filling).
		let astro: number[] = [];
		for (let i = 0; i < 600 && !astro.length; i++) {
			await new Promise((r) => setTimeout(r, 100));
			astro = childrenOf(child.pid!);
		}
		expect(astro.length).toBeGreaterThan(0);
		await new Promise((r) => setTimeout(r, 1500));
		const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
		child.kill('SIGTERM');
		expect(await exited).toBe(143);
		expect(stderr).toContain(`Build interrupted (SIGTERM); the previous site in ${out} was left as it was.`);
		for (const pid of astro) expect(alive(pid)).toBe(false);
		// Nothing keeps writing after the build script is gone.
		await new Promise((r) => setTimeout(r, 1500));
		expect(existsSync(staging)).toBe(false);
		expectUntouched();
	}, 90_000);
});

describe('--out on another filesystem', () => {
	const shm = '/dev/shm';
	const other = existsSync(shm) && statSync(shm).dev !== statSync(copy).dev;
	it('builds into /dev/shm (tmpfs) and swaps the site in; without SITE_URL no origin is invented', () => {
		expect(other).toBe(true);
		const target = mkdtempSync(join(shm, 'dti-out-'));
		try {
			const site = join(target, 'site');
			lastGoodSite(site);
			const r = build('--out', site);
			expect(r.stderr).not.toContain('EXDEV');
			expect(r.status).toBe(0);
			expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('<html lang="vi"');
			expect(existsSync(join(site, '_headers'))).toBe(true);
			// Without SITE_URL: said in one line, and no invented origin anywhere.
			expect(r.stdout).toContain(
				'SITE_URL is not set: pages get no canonical link, no sitemap or RSS feed is written',
			);
			const home = readFileSync(join(site, 'index.html'), 'utf8');
			expect(home).not.toContain('rel="canonical"');
			expect(home).not.toContain('example.org');
			for (const f of ['rss.xml', 'en/rss.xml', 'sitemap-index.xml'])
				expect(existsSync(join(site, f)), f).toBe(false);
			// The previous site goes in the background once the build is done.
			const until = Date.now() + 20_000;
			while (readdirSync(target).length > 1 && Date.now() < until) spawnSync('sleep', ['0.2']);
			expect(readdirSync(target)).toEqual(['site']);
		} finally {
			rmSync(target, { recursive: true, force: true });
		}
	}, 180_000);
});
