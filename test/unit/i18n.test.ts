import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, isLocale, LOCALES, t, type Locale } from '../../src/lib/i18n.ts';

type Tree = { [key: string]: unknown };

/** Every leaf of a locale table as "path → kind": "nav.home → string", "unitCount → function/1". */
function leaves(table: unknown, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(table as Tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'function') out.set(path, `function/${value.length}`);
		else if (value && typeof value === 'object') for (const [p, k] of leaves(value, path)) out.set(p, k);
		else out.set(path, typeof value);
	}
	return out;
}

/**
 * A sample argument for any parameter of a message function: a list of names that also reads as
 * the number 3 and the string "3", so `${n} đơn vị`, `n > 1`, `names.join(', ')` all work.
 */
const SAMPLE = Object.assign(['An Giang', 'Bình Định'], { valueOf: () => 3, toString: () => '3' });

/** A leaf's value for a locale; functions are called with sample arguments. */
function sample(locale: Locale, path: string): string {
	let node: unknown = t(locale);
	for (const key of path.split('.')) node = (node as Tree)[key];
	if (typeof node === 'function') return String(node(...Array.from({ length: node.length }, () => SAMPLE)));
	return String(node);
}

const reference = leaves(t(DEFAULT_LOCALE));
const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** Strings that are the same in every language: names, codes and "DTI 2022". */
const SAME_IN_EVERY_LOCALE = new Set([
	'editionOf',
	'brandMark',
	'languageNames.en',
	'methodology.frameworkHeading',
	'methodology.tableCaption',
	// File formats and the status-column suffix of the downloads: names, not words.
	'downloads.csv',
	'downloads.xlsx',
	'downloads.json',
	'dataPage.withStatus',
	'dataPage.citeBibtex',
	'dataPage.citeCsl',
]);

describe('the locale tables', () => {
	it('list Vietnamese first, served at the site root', () => {
		expect(LOCALES[0]).toBe('vi');
		expect(DEFAULT_LOCALE).toBe('vi');
		expect(LOCALES.length).toBeGreaterThan(1);
	});

	it.each(others)('give %s exactly the keys of the Vietnamese table, no more and no fewer', (locale) => {
		const keys = leaves(t(locale));
		const missing = [...reference.keys()].filter((k) => !keys.has(k));
		const extra = [...keys.keys()].filter((k) => !reference.has(k));
		expect({ missing, extra }).toEqual({ missing: [], extra: [] });
	});

	it.each(others)(
		'give %s a string where Vietnamese has a string, a function of the same arity where it has a function',
		(locale) => {
			const keys = leaves(t(locale));
			const mismatched = [...reference].filter(([k, kind]) => keys.has(k) && keys.get(k) !== kind);
			expect(mismatched).toEqual([]);
		},
	);

	it.each(LOCALES)('leave no %s string empty', (locale) => {
		const empty = [...reference.keys()].filter((k) => sample(locale, k).trim() === '');
		expect(empty).toEqual([]);
	});

	it.each(others)('translate every %s string rather than copying the Vietnamese one', (locale) => {
		const copied = [...reference.keys()].filter(
			(k) => !SAME_IN_EVERY_LOCALE.has(k) && sample(locale, k) === sample(DEFAULT_LOCALE, k),
		);
		expect(copied).toEqual([]);
	});
});

describe('t()', () => {
	it('returns the table of the locale asked for', () => {
		expect(t('vi').nav.home).toBe('Trang chủ');
		expect(t('en').nav.home).toBe('Home');
	});
	it('refuses an unknown locale instead of falling back to Vietnamese', () => {
		expect(() => t('fr' as Locale)).toThrow(/unknown locale "fr"/);
	});
});

describe('isLocale()', () => {
	it('accepts the codes of the site and nothing else', () => {
		expect(isLocale('vi')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('fr')).toBe(false);
		expect(isLocale('toString')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});

describe('the type checker', () => {
	it('accepts every locale table as a Messages (a missing or mistyped key is a type error)', async () => {
		const ts = (await import('typescript')).default;
		const root = new URL('../../', import.meta.url).pathname;
		const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
		const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
		const program = ts.createProgram([`${root}src/lib/i18n.ts`], { ...options, noEmit: true });
		const problems = ts
			.getPreEmitDiagnostics(program)
			.filter((d) => d.file?.fileName.includes('/src/lib/'))
			.map(
				(d) =>
					`${d.file?.fileName.replace(root, '')}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
			);
		expect(problems).toEqual([]);
	}, 30_000);
});

describe('the locale of a page', () => {
	const root = new URL('../../', import.meta.url).pathname;
	const files = (dir: string, ext: string): string[] =>
		readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
		);
	it('is never hard-coded in a component or page: they read it from the route (localeOf)', () => {
		const offenders = files('src', '.astro').filter((f) =>
			/locale\s*(=|\?\?)\s*['"]vi['"]|\bt\(\s*['"]vi['"]\s*\)|chartStrings\(\s*['"]vi['"]\s*\)/.test(
				readFileSync(join(root, f), 'utf8'),
			),
		);
		expect(offenders).toEqual([]);
	});
	it('is a required argument of every formatter, so a forgotten locale cannot print Vietnamese', () => {
		const modules = ['src/lib/format.ts', 'src/lib/names.ts', 'src/lib/charts/strings.ts', 'src/lib/url.ts'];
		const defaults = modules.filter((f) =>
			/locale\??:\s*Locale\s*=/.test(readFileSync(join(root, f), 'utf8')),
		);
		expect(defaults).toEqual([]);
	});
});
