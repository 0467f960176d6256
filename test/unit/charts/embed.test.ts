import { afterEach, describe, expect, it } from 'vitest';
import { embedPaths, embedRoutes, embedSnippet } from '../../../src/lib/charts/embed.ts';
import { setBase } from '../../../src/lib/url.ts';

const provinces = { id: 'provinces', level: 'provinces', primary: true } as const;

describe('embed URLs', () => {
	afterEach(() => setBase('/'));
	it('are the page route under nhung/ with the chart slug, in the locale asked for', () => {
		setBase('/dti/');
		expect(embedRoutes.ranking(2023, provinces, 'ban-do')).toBe('nhung/2023/tinh/ban-do');
		expect(embedPaths('vi').ranking(2023, provinces, 'ban-do')).toBe('/dti/nhung/2023/tinh/ban-do/');
		expect(embedPaths('vi').unitInEdition(2023, 'provinces', 'da-nang', 'ho-so')).toBe(
			'/dti/nhung/2023/tinh/da-nang/ho-so/',
		);
		expect(embedPaths('vi').profile('ministries', 'bo-noi-vu')).toBe('/dti/nhung/bo/bo-noi-vu/lich-su/');
		expect(embedPaths('en').profile('provinces', 'da-nang')).toBe('/dti/en/nhung/tinh/da-nang/lich-su/');
	});
});

describe('embedSnippet()', () => {
	it('is an iframe of the embed page with its title, escaped', () => {
		const html = embedSnippet(
			'https://example.gov.vn/dti/nhung/2023/tinh/ban-do/',
			'Bản đồ "DTI" <2023> & co',
		);
		expect(html).toMatch(/^<iframe src="https:\/\/example\.gov\.vn\/dti\/nhung\/2023\/tinh\/ban-do\/"/);
		expect(html).toContain('title="Bản đồ &quot;DTI&quot; &lt;2023> &amp; co"');
		expect(html).toContain('height="640"');
		expect(embedSnippet('u', 't', 400)).toContain('height="400"');
	});
});
