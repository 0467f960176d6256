import { afterEach, describe, expect, it } from 'vitest';
import { href, joinBase, paths, setBase, tableSegment } from '../../src/lib/url.ts';

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

describe('paths', () => {
	afterEach(() => setBase('/'));
	it('builds every page kind under the current base with one trailing-slash policy', () => {
		setBase('/dti/');
		expect(paths('vi').home()).toBe('/dti/');
		expect(paths('vi').edition(2022)).toBe('/dti/2022/');
		expect(paths('vi').ranking(2022, { id: 'provinces', level: 'provinces', primary: true })).toBe(
			'/dti/2022/tinh/',
		);
		expect(paths('vi').ranking(2024, { id: 'provinces-63', level: 'provinces', primary: false })).toBe(
			'/dti/2024/tinh-63/',
		);
		expect(paths('vi').ranking(2023, { id: 'ministries', level: 'ministries', primary: true })).toBe(
			'/dti/2023/bo/',
		);
		expect(paths('vi').unitInEdition(2022, 'provinces', 'da-nang')).toBe('/dti/2022/tinh/da-nang/');
		expect(paths('vi').profile('ministries', 'bo-tai-chinh')).toBe('/dti/bo/bo-tai-chinh/');
		expect(href('favicon.svg')).toBe('/dti/favicon.svg');
	});
	it('uses the level segment for primary tables only', () => {
		expect(tableSegment({ id: 'provinces', level: 'provinces', primary: true })).toBe('tinh');
		expect(tableSegment({ id: 'provinces-63', level: 'provinces', primary: false })).toBe('tinh-63');
	});
});
