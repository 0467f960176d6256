/**
 * Pieces of the English edition that need no build: ordinals for English prose, the locale of a
 * narrative collection id, the address of a page's twin, English for data strings recorded in
 * Vietnamese, and the marking of Vietnamese words inside English text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatOrdinal } from '../../src/lib/format.ts';
import { entryId, entryLocale } from '../../src/lib/narrative/locale.ts';
import { langParam, localeParams, twinPath, withLocales } from '../../src/lib/locale-routes.ts';
import { setBase } from '../../src/lib/url.ts';
import { dataText, legalReferenceEn, splitVietnamese } from '../../src/lib/data-text.ts';
import { unmarkedVietnamese } from '../lib/lang-text.ts';

afterEach(() => setBase('/'));

describe('formatOrdinal', () => {
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[22, '22nd'],
		[63, '63rd'],
	])('%i → %s in English', (n, text) => expect(formatOrdinal(n, 'en')).toBe(text));
	it('Vietnamese keeps the number (the prose says "thứ 24")', () =>
		expect(formatOrdinal(24, 'vi')).toBe('24'));
});

describe('entryLocale / entryId', () => {
	it.each([
		['2022', 'vi', '2022'],
		['en/2022', 'en', '2022'],
		['en/sau-bai-hoc-tu-dti-2020', 'en', 'sau-bai-hoc-tu-dti-2020'],
	] as const)('%s → %s, %s and back', (id, locale, slug) => {
		expect(entryLocale(id)).toEqual({ locale, slug });
		expect(entryId(slug, locale)).toBe(id);
	});
	it('a folder that is not a locale is part of the slug', () =>
		expect(entryLocale('xx/2022')).toEqual({ locale: 'vi', slug: 'xx/2022' }));
});

describe('routes in both locales', () => {
	it('Vietnamese has no lang segment, English "en"', () => {
		expect(langParam('vi')).toBeUndefined();
		expect(localeParams()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }]);
	});
	it('withLocales repeats every path with the same props in each locale', () => {
		const out = withLocales([{ params: { year: '2022' }, props: { year: 2022 } }]);
		expect(out).toEqual([
			{ params: { year: '2022', lang: undefined }, props: { year: 2022 } },
			{ params: { year: '2022', lang: 'en' }, props: { year: 2022 } },
		]);
	});
	it.each([
		['/', '/2022/tinh/', 'en', '/en/2022/tinh/'],
		['/', '/en/2022/tinh/', 'vi', '/2022/tinh/'],
		['/', '/', 'en', '/en/'],
		['/', '/en/', 'vi', '/'],
		['/dti/', '/dti/', 'en', '/dti/en/'],
		['/dti/', '/dti/en/tinh/da-nang/', 'vi', '/dti/tinh/da-nang/'],
		['/dti/', '/dti/404.html', 'en', '/dti/en/404.html'],
		['/dti/', '/dti/en/404.html', 'vi', '/dti/404.html'],
		['/dti/', '/dti/en/2022/', 'en', '/dti/en/2022/'],
	] as const)('base %s: twin of %s in %s is %s', (base, path, locale, twin) => {
		setBase(base);
		expect(twinPath(path, locale)).toBe(twin);
	});
});

describe('data text on English pages', () => {
	it('translates known strings and keeps Vietnamese pages unchanged', () => {
		expect(dataText('Bộ Thông tin và Truyền thông', 'en')).toEqual({
			text: 'Ministry of Information and Communications',
		});
		expect(dataText('Bộ Thông tin và Truyền thông', 'vi')).toEqual({ text: 'Bộ Thông tin và Truyền thông' });
	});
	it('writes legal references as official English versions do', () => {
		expect(legalReferenceEn('Quyết định 922/QĐ-BTTTT (20/05/2022)')).toBe(
			'Decision 922/QD-BTTTT (20 May 2022)',
		);
		expect(legalReferenceEn('Nghị định 29/2025/NĐ-CP (24/02/2025)')).toBe(
			'Decree 29/2025/ND-CP (24 February 2025)',
		);
	});
	it('marks what it cannot translate as Vietnamese', () =>
		expect(dataText('Một ghi chú chưa dịch.', 'en')).toEqual({ text: 'Một ghi chú chưa dịch.', lang: 'vi' }));
	it('splits an English text into English and Vietnamese pieces (names, quoted titles)', () => {
		expect(splitVietnamese('Pillar scores for Bắc Ninh and Sóc Trăng only')).toEqual([
			{ text: 'Pillar scores for ', vi: false },
			{ text: 'Bắc Ninh', vi: true },
			{ text: ' and ', vi: false },
			{ text: 'Sóc Trăng', vi: true },
			{ text: ' only', vi: false },
		]);
		expect(splitVietnamese('page "BÁO CÁO XẾP HẠNG" here').map((p) => p.vi)).toEqual([false, true, false]);
	});
});

describe('the rule for Vietnamese on English pages', () => {
	it('flags Vietnamese text and attributes outside lang="vi", and nothing inside', () => {
		const html =
			'<html lang="en"><body><p>Da Nang <span lang="vi">Đà Nẵng</span></p><p>Điểm</p><a title="Nguồn">x</a><img alt="Bản đồ"><script>"Việt"</script></body></html>';
		expect(unmarkedVietnamese(html).map((r) => r.text)).toEqual(['Điểm', 'Nguồn', 'Bản đồ']);
	});
});
