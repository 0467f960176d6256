/**
 * The self-hosted font (src/styles/fonts.css) carries only its Vietnamese and Latin subsets. These
 * checks read the built site (test/global-setup.ts): every Latin letter or sign its pages show is
 * in one of those subsets' ranges, so none falls back to another font mid-word.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { readSite } from '../../scripts/check-site.ts';
import { visibleText } from './page-text.ts';

const css = readFileSync(fileURLToPath(new URL('../../src/styles/fonts.css', import.meta.url)), 'utf8');

/** The code-point ranges of every `unicode-range` in fonts.css. */
function coveredRanges(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	for (const m of text.matchAll(/unicode-range:\s*([^;]+);/g))
		for (const part of m[1].split(',')) {
			const [a, b = a] = part.trim().replace(/^U\+/i, '').split('-');
			ranges.push([parseInt(a, 16), parseInt(b, 16)]);
		}
	return ranges;
}

/** Latin blocks: Basic Latin to Latin Extended-B, IPA and modifiers, Latin Extended Additional, -C, -D. */
const LATIN: [number, number][] = [
	[0x0000, 0x02ff],
	[0x1e00, 0x1eff],
	[0x2c60, 0x2c7f],
	[0xa720, 0xa7ff],
];
const within = (c: number, ranges: [number, number][]) => ranges.some(([a, b]) => c >= a && c <= b);

describe('self-hosted font subsets', () => {
	const ranges = coveredRanges(css);

	it('declare the Vietnamese letters and Đ/đ in the 400, 600 and 700 weights', () => {
		for (const c of ['Đ', 'đ', 'ư', 'ơ', 'ằ', 'ỹ']) expect(within(c.codePointAt(0)!, ranges)).toBe(true);
		expect([...css.matchAll(/font-weight:\s*(\d+)/g)].map((m) => m[1]).sort()).toEqual([
			'400',
			'400',
			'600',
			'600',
			'700',
			'700',
		]);
	});

	it('cover every Latin character on every page of the site', () => {
		const missing = new Map<string, string>();
		for (const page of readSite(inject('siteDir')).pages)
			for (const ch of visibleText(page.html)) {
				const c = ch.codePointAt(0)!;
				if (within(c, LATIN) && !within(c, ranges) && !missing.has(ch)) missing.set(ch, page.file);
			}
		const list = [...missing].map(
			([ch, file]) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase()}) on ${file}`,
		);
		// On failure: add the font's latin-ext subset back to src/styles/fonts.css.
		expect(list).toEqual([]);
	});
});
