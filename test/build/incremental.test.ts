/**
 * Astro's incremental build as scripts/build.ts runs it (src/lib/page-cache.ts), on a copy of the
 * project (node_modules linked, its own page cache): a build with nothing changed copies every
 * page from the cache and writes the same bytes; a build after a change in data/ renders every
 * page again, so the change is on the pages, and none is copied from the cache; a build after
 * narrative texts are reworded renders only the pages of routes that show texts and writes
 * exactly what a full build writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/check-site.ts';
import { cleanEnv } from '../global-setup.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'dti-incremental-'));

const build = (out: string, ...extra: string[]) => {
	// No colours in the log (NO_COLOR): the lines are matched as text.
	const env: NodeJS.ProcessEnv = { ...cleanEnv(), BASE_PATH: '/dti/', NO_COLOR: '1' };
	delete env.SITE_URL;
	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', join(copy, out), ...extra], {
		cwd: copy,
		encoding: 'utf8',
		env,
	});
	if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
	return r.stdout;
};
const cachedLine = (log: string) => /(\d+) of (\d+) pages and files were unchanged/.exec(log);
const read = (out: string, file: string) => readFileSync(join(copy, out, file));
/** Pages and files Astro rendered (not copied from its cache), from a build's log. */
const renderedIn = (log: string) =>
	log
		.replace(/\d\d:\d\d:\d\d /g, '\n') // lines of pages rendered at once can run together
		.split('\n')
		.map((l) => /[├└]─ (\S+)(.*)/.exec(l))
		.filter((x) => x && !/\((?:restored|cached)\)/.test(x[2]))
		.map((x) => x![1]);

let first: string;
beforeAll(() => {
	for (const d of ['scripts', 'src', 'data', 'content', 'public'])
		cpSync(join(ROOT, d), join(copy, d), { recursive: true });
	for (const f of ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json'])
		cpSync(join(ROOT, f), join(copy, f));
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
	first = build('one');
}, 240_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }), 120_000);

describe('incremental builds', () => {
	it('render every page the first time', () => {
		expect(cachedLine(first)).toBeNull();
	});

	it('copy every page of an unchanged project from the cache, byte for byte', () => {
		const log = build('two');
		const m = cachedLine(log);
		expect(m).not.toBeNull();
		expect(Number(m![1])).toBeGreaterThan(1000);
		// Rendered again: only the pages without getStaticPaths (no key), the 404 pages.
		const rendered = renderedIn(log);
		expect(rendered.length).toBe(Number(m![2]) - Number(m![1]));
		expect(rendered.filter((p) => !/(^|\/)404(\.html|\/index\.html)$/.test(p))).toEqual([]);
		const files = listFiles(join(copy, 'one'));
		expect(listFiles(join(copy, 'two'))).toEqual(files);
		const differ = files.filter((f) => !read('one', f).equals(read('two', f)));
		expect(differ).toEqual([]);
	}, 240_000);

	it('render every page again after a change in data/, and show it', () => {
		const file = join(copy, 'data/sources.json');
		const sources = JSON.parse(readFileSync(file, 'utf8')) as { id: string; title: string }[];
		const title = `${sources[0].title} (bản sửa để kiểm tra)`;
		sources[0].title = title;
		writeFileSync(file, `${JSON.stringify(sources, null, '\t')}\n`);
		const log = build('three');
		expect(cachedLine(log)).toBeNull();
		expect(log).not.toMatch(/\((?:restored|cached)\)/);
		expect(read('three', 'nguon/index.html').toString('utf8')).toContain(title);
		expect(read('two', 'nguon/index.html').toString('utf8')).not.toContain(title);
	}, 240_000);

	it('after texts are reworded, render only the pages of routes that show texts, and write what a full build writes', () => {
		// One word for another (no unit named or dropped, the same reading time) in an article
		// without an English translation (its English page shows the original), an edition
		// overview and the methodology.
		const texts = [
			'content/articles/bac-giang-hanh-trinh-chuyen-doi-so.mdx',
			'content/editions/2024.mdx',
			'content/pages/phuong-phap.mdx',
		];
		for (const t of texts) {
			const file = join(copy, t);
			const text = readFileSync(file, 'utf8');
			const body = text.indexOf('\n---', 4) + 4;
			const at = text.indexOf(' và ', body);
			expect(at, t).toBeGreaterThan(body);
			writeFileSync(file, `${text.slice(0, at)} cùng ${text.slice(at + 4)}`);
		}
		const log = build('four');
		expect(cachedLine(log)).not.toBeNull();
		const rendered = renderedIn(log);
		// The routes that render no text (unit pages, profiles, rankings, embeds) were copied.
		const textless = /^\/(?:en\/)?(?:nhung\/|(?:tinh|bo)\/[^/]+\/|\d{4}\/(?:tinh|tinh-63|bo)\/)/;
		expect(rendered.filter((p) => textless.test(p))).toEqual([]);
		for (const page of [
			'/bai-viet/bac-giang-hanh-trinh-chuyen-doi-so/',
			'/en/bai-viet/bac-giang-hanh-trinh-chuyen-doi-so/',
			'/2024/',
			'/phuong-phap/',
		])
			expect(rendered, page).toContain(`${page}index.html`);
		// The same files, byte for byte, as a build that renders every page.
		build('five', '--force');
		const files = listFiles(join(copy, 'five'));
		expect(listFiles(join(copy, 'four'))).toEqual(files);
		expect(files.filter((f) => !read('four', f).equals(read('five', f)))).toEqual([]);
	}, 480_000);
});
