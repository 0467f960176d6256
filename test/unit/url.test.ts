import { afterEach, describe, expect, it } from 'vitest';
import {
	href,
	joinBase,
	localeFromPath,
	localeOf,
	localePath,
	localePrefix,
	paths,
	routes,
	setBase,
	tableSegment,
} from '../../src/lib/url.ts';

describe('joinBase() across bases and path forms', () => {
	const bases = ['/', '', '/dti/', '/dti', 'dti/', '/a/b/'];
	const prefix = (b: string) => (b.replace(/^\/+|\/+$/g, '') ? `/${b.replace(/^\/+|\/+$/g, '')}/` : '/');
	describe.each(bases)('base %j', (base) => {
		it.each([
			['', ''],
			['/', ''],
			['2022/tinh', '2022/tinh/'],
			['/2022/tinh/', '2022/tinh/'],
			['2022/tinh/da-nang', '2022/tinh/da-nang/'],
			['rss.xml', 'rss.xml'],
			['/favicon.svg', 'favicon.svg'],
			['phuong-phap#khung-2024', 'phuong-phap/#khung-2024'],
			['bai-viet?nam=2022', 'bai-viet/?nam=2022'],
		])('%j → base + %j', (path, expected) => {
			expect(joinBase(base, path)).toBe(`${prefix(base)}${expected}`);
		});
	});
	it('never produces a double slash', () => {
		for (const b of bases)
			for (const p of ['', '/', '//x//', 'a/']) expect(joinBase(b, p)).not.toMatch(/\/\//);
	});
});

const provinces = { id: 'provinces', level: 'provinces', primary: true } as const;

describe('paths()', () => {
	afterEach(() => setBase('/'));
	it('builds every Vietnamese page at the site root, under the base, with one trailing-slash policy', () => {
		setBase('/dti/');
		const p = paths('vi');
		expect(p.home()).toBe('/dti/');
		expect(p.edition(2022)).toBe('/dti/2022/');
		expect(p.ranking(2022, provinces)).toBe('/dti/2022/tinh/');
		expect(p.ranking(2024, { id: 'provinces-63', level: 'provinces', primary: false })).toBe(
			'/dti/2024/tinh-63/',
		);
		expect(p.ranking(2023, { id: 'ministries', level: 'ministries', primary: true })).toBe('/dti/2023/bo/');
		expect(p.unitInEdition(2022, 'provinces', 'da-nang')).toBe('/dti/2022/tinh/da-nang/');
		expect(p.profile('ministries', 'bo-tai-chinh')).toBe('/dti/bo/bo-tai-chinh/');
		expect(p.units('provinces')).toBe('/dti/tinh/');
		expect(p.methodology()).toBe('/dti/phuong-phap/');
		expect(p.sources()).toBe('/dti/nguon/');
		expect(p.articles()).toBe('/dti/bai-viet/');
		expect(p.article('sau-bai-hoc')).toBe('/dti/bai-viet/sau-bai-hoc/');
		expect(p.feed()).toBe('/dti/rss.xml');
		expect(p.notFound()).toBe('/dti/404.html');
	});
	it('puts every other locale under its code, with the same route segments', () => {
		setBase('/dti/');
		const p = paths('en');
		expect(p.home()).toBe('/dti/en/');
		expect(p.ranking(2022, provinces)).toBe('/dti/en/2022/tinh/');
		expect(p.profile('provinces', 'da-nang')).toBe('/dti/en/tinh/da-nang/');
		expect(p.methodology()).toBe('/dti/en/phuong-phap/');
		expect(p.feed()).toBe('/dti/en/rss.xml');
	});
	it('has a builder for every route and nothing else (no page without a route)', () => {
		expect(Object.keys(paths('vi')).sort()).toEqual(Object.keys(routes).sort());
		expect(Object.keys(paths('vi'))).not.toContain('about');
	});
	it('takes an explicit base, as the remark plugin running in the config does', () => {
		expect(paths('vi', '/other/').profile('provinces', 'da-nang')).toBe('/other/tinh/da-nang/');
		expect(paths('en', '/').edition(2024)).toBe('/en/2024/');
	});
	it('follows a change of base', () => {
		setBase('/a/');
		expect(paths('vi').home()).toBe('/a/');
		setBase('/b/');
		expect(paths('vi').home()).toBe('/b/');
	});
	it('keeps files that are the same in every locale at the root', () => {
		setBase('/dti/');
		expect(href('favicon.svg')).toBe('/dti/favicon.svg');
	});
});

describe('locales in URLs', () => {
	afterEach(() => setBase('/'));
	it('give Vietnamese no prefix and every other locale its code', () => {
		expect(localePrefix('vi')).toBe('');
		expect(localePrefix('en')).toBe('en/');
		expect(localePath('en', '2022/tinh', '/dti/')).toBe('/dti/en/2022/tinh/');
		expect(localePath('vi', '', '/dti/')).toBe('/dti/');
	});
	it('are read back from a pathname, under any base', () => {
		expect(localeFromPath('/dti/en/2022/', '/dti/')).toBe('en');
		expect(localeFromPath('/dti/en/', '/dti/')).toBe('en');
		expect(localeFromPath('/dti/2022/tinh/', '/dti/')).toBe('vi');
		expect(localeFromPath('/dti/', '/dti/')).toBe('vi');
		expect(localeFromPath('/en/tinh/da-nang/', '/')).toBe('en');
	});
	it('count only a first segment that is a locale code', () => {
		expect(localeFromPath('/dti/tinh/en/', '/dti/')).toBe('vi');
		expect(localeFromPath('/dti/english/', '/dti/')).toBe('vi');
		expect(localeFromPath('/dti/vi/', '/dti/')).toBe('vi');
		expect(localeFromPath('/dti/fr/', '/dti/')).toBe('vi');
	});
	it('round-trip: the locale of every built URL is the locale it was built for', () => {
		setBase('/dti/');
		for (const locale of ['vi', 'en'] as const) {
			const p = paths(locale);
			for (const url of [
				p.home(),
				p.edition(2022),
				p.ranking(2022, provinces),
				p.profile('ministries', 'bo-noi-vu'),
			])
				expect(localeOf({ url: new URL(url, 'https://example.gov.vn') })).toBe(locale);
		}
	});
});

describe('tableSegment()', () => {
	it('uses the level segment for primary tables only', () => {
		expect(tableSegment(provinces)).toBe('tinh');
		expect(tableSegment({ id: 'provinces-63', level: 'provinces', primary: false })).toBe('tinh-63');
		expect(tableSegment({ id: 'ministries', level: 'ministries', primary: true })).toBe('bo');
	});
});
