/**
 * The incremental build's key and the lock around Astro's page cache (src/lib/page-cache.ts):
 * the key changes with any byte of data/ or content/ and with nothing else; paths carry it only
 * during a build; a build that did not finish, or one running beside another, never lets a later
 * build copy pages it may have half-written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localeParams, withLocales } from '../../../src/lib/locale-routes.ts';
import {
	ASTRO_CACHE_DIR,
	closePageCache,
	contentDigest,
	narrativeFacts,
	openPageCache,
	pageCacheKey,
	setPageCacheKey,
} from '../../../src/lib/page-cache.ts';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'dti-page-cache-'));
	mkdirSync(join(root, 'data/editions'), { recursive: true });
	mkdirSync(join(root, 'content/articles'), { recursive: true });
	writeFileSync(join(root, 'data/editions/2024.json'), '{"score":0.8002}');
	writeFileSync(join(root, 'content/articles/a.mdx'), '# Bài viết');
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
	setPageCacheKey(undefined);
});

describe('contentDigest', () => {
	it('is the same for the same bytes and changes with any file of data/ or content/', () => {
		const before = contentDigest(root);
		expect(contentDigest(root)).toBe(before);
		writeFileSync(join(root, 'data/editions/2024.json'), '{"score":0.8003}');
		const changed = contentDigest(root);
		expect(changed).not.toBe(before);
		writeFileSync(join(root, 'content/articles/b.mdx'), '');
		expect(contentDigest(root)).not.toBe(changed);
	});
	it('ignores files outside data/ and content/', () => {
		const before = contentDigest(root);
		writeFileSync(join(root, 'README.md'), 'x');
		mkdirSync(join(root, 'src'));
		writeFileSync(join(root, 'src/page.astro'), 'x');
		expect(contentDigest(root)).toBe(before);
	});
	it('tells a renamed file from the same bytes under another name', () => {
		const before = contentDigest(root);
		rmSync(join(root, 'content/articles/a.mdx'));
		writeFileSync(join(root, 'content/articles/c.mdx'), '# Bài viết');
		expect(contentDigest(root)).not.toBe(before);
	});
});

describe('the key of routes that render no narrative text', () => {
	const units = [
		{ id: 'da-nang', level: 'provinces' as const, name: 'Đà Nẵng', valid_from: null, valid_to: null },
		{ id: 'hue', level: 'provinces' as const, name: 'Huế', valid_from: null, valid_to: null },
	];
	const article = (body: string, title = 'Bài viết') =>
		`---\ntitle: "${title}"\nunits: [da-nang]\n---\n\n${body}\n`;
	const write = (text: string) => writeFileSync(join(root, 'content/articles/a.mdx'), text);
	it('keeps a text by its frontmatter, the units its body names or quotes, and its reading time', () => {
		write(article('Đà Nẵng dẫn đầu năm nay.'));
		const before = contentDigest(root, units);
		// Reworded, naming the same units: the same key (the whole-content key changes).
		const whole = contentDigest(root);
		write(article('Năm nay, Đà Nẵng vẫn dẫn đầu.'));
		expect(contentDigest(root, units)).toBe(before);
		expect(contentDigest(root)).not.toBe(whole);
		// Another unit named in prose, or quoted by a data tag: another key.
		write(article('Đà Nẵng dẫn đầu, Huế theo sau.'));
		expect(contentDigest(root, units)).not.toBe(before);
		write(article('Đà Nẵng dẫn đầu. <Value unit="hue" edition={2024} />'));
		expect(contentDigest(root, units)).not.toBe(before);
		// The frontmatter (title, units, dates…), or a reading time of another minute: another key.
		write(article('Đà Nẵng dẫn đầu năm nay.', 'Bài viết khác'));
		expect(contentDigest(root, units)).not.toBe(before);
		write(article(`Đà Nẵng dẫn đầu năm nay. ${'chữ '.repeat(400)}`));
		expect(contentDigest(root, units)).not.toBe(before);
		// data/ counts whole.
		write(article('Đà Nẵng dẫn đầu năm nay.'));
		expect(contentDigest(root, units)).toBe(before);
		writeFileSync(join(root, 'data/editions/2024.json'), '{"score":0.8003}');
		expect(contentDigest(root, units)).not.toBe(before);
	});
	it('keeps each text’s facts in a file between builds, for its bytes, the units and the code', () => {
		const file = join(root, 'cache/facts.json');
		write(article('Đà Nẵng dẫn đầu năm nay.'));
		const uncached = contentDigest(root, units);
		// The first build reads the text and keeps its facts; the next takes them from the file.
		expect(contentDigest(root, units, file)).toBe(uncached);
		const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string; facts: Record<string, string> };
		expect(Object.values(saved.facts)).toEqual([narrativeFacts(article('Đà Nẵng dẫn đầu năm nay.'), units)]);
		expect(contentDigest(root, units, file)).toBe(uncached);
		// Proof that the file is read: facts planted under the text's hash change the key.
		const [hash] = Object.keys(saved.facts);
		writeFileSync(file, JSON.stringify({ key: saved.key, facts: { [hash]: 'planted' } }));
		expect(contentDigest(root, units, file)).not.toBe(uncached);
		// Other units (or other code, the same way): the file no longer counts.
		writeFileSync(file, JSON.stringify({ key: saved.key, facts: { [hash]: 'planted' } }));
		const more = [
			...units,
			{ id: 'hue-2', level: 'provinces' as const, name: 'Huế 2', valid_from: null, valid_to: null },
		];
		expect(contentDigest(root, more, file)).toBe(contentDigest(root, more));
		// A changed text is read again; the file keeps only the texts of this build.
		write(article('Huế dẫn đầu.'));
		expect(contentDigest(root, units, file)).toBe(contentDigest(root, units));
		const now = JSON.parse(readFileSync(file, 'utf8')) as { facts: Record<string, string> };
		expect(Object.values(now.facts)).toEqual([narrativeFacts(article('Huế dẫn đầu.'), units)]);
	});
	it('reads the frontmatter apart from the body', () => {
		const facts = JSON.parse(narrativeFacts(article('Huế.'), units)) as Record<string, unknown>;
		expect(facts).toEqual({
			frontmatter: 'title: "Bài viết"\nunits: [da-nang]',
			tags: [],
			names: ['hue'],
			minutes: 1,
		});
	});
	it('is on the paths of routes that say they render no text, the whole key on the others', () => {
		setPageCacheKey({ texts: 'whole', facts: 'facts' });
		expect(
			withLocales([{ params: { id: 'a' } }], { texts: 'facts' }).every((p) => p.cacheKey === 'facts'),
		).toBe(true);
		expect(withLocales([{ params: { id: 'a' } }]).every((p) => p.cacheKey === 'whole')).toBe(true);
		expect(localeParams().every((p) => p.cacheKey === 'whole')).toBe(true);
	});
});

describe('paths carry the key during a build only', () => {
	it('has no key outside a build', () => {
		expect(pageCacheKey()).toBeUndefined();
		expect(localeParams().every((p) => !('cacheKey' in p))).toBe(true);
		expect(withLocales([{ params: { id: 'x' } }]).every((p) => !('cacheKey' in p))).toBe(true);
	});
	it('puts the key on every path of every locale', () => {
		setPageCacheKey('abc123');
		const paths = [...localeParams(), ...withLocales([{ params: { id: 'a' } }, { params: { id: 'b' } }])];
		expect(paths.length).toBeGreaterThan(2);
		expect(paths.every((p) => p.cacheKey === 'abc123')).toBe(true);
	});
});

describe('the lock around the page cache', () => {
	const dir = () => join(root, ASTRO_CACHE_DIR);
	const manifest = () => join(dir(), 'incremental-build.json');
	it('lets a build use the cache and keeps the manifest of a build that finished', () => {
		mkdirSync(dir(), { recursive: true });
		writeFileSync(manifest(), '{}');
		expect(openPageCache(root)).toEqual({ use: true, dropped: false });
		closePageCache(root, true);
		expect(existsSync(manifest())).toBe(true);
		expect(openPageCache(root).use).toBe(true);
	});
	it('drops the manifest of a build that failed', () => {
		openPageCache(root);
		writeFileSync(manifest(), '{}');
		closePageCache(root, false);
		expect(existsSync(manifest())).toBe(false);
	});
	it('drops the manifest left by a build that was killed, and takes its lock over', () => {
		// A process that has exited: its pid is free.
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
			encoding: 'utf8',
		}).stdout;
		mkdirSync(join(dir(), 'build-lock'), { recursive: true });
		writeFileSync(join(dir(), 'build-lock/pid'), gone);
		writeFileSync(manifest(), '{}');
		expect(openPageCache(root)).toEqual({ use: true, dropped: true });
		expect(existsSync(manifest())).toBe(false);
	});
	it('keeps a second build running at the same time away from the cache', () => {
		mkdirSync(join(dir(), 'build-lock'), { recursive: true });
		// The test runner's parent is alive: a build holding the lock.
		writeFileSync(join(dir(), 'build-lock/pid'), String(process.ppid));
		writeFileSync(manifest(), '{}');
		expect(openPageCache(root)).toEqual({ use: false, dropped: false });
		// It neither releases the other build's lock nor touches its manifest.
		closePageCache(root, false);
		expect(existsSync(join(dir(), 'build-lock/pid'))).toBe(true);
		expect(existsSync(manifest())).toBe(true);
	});
});
