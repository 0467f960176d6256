/**
 * The site checker's pure parts (scripts/check-site.ts): reference extraction, URL resolution
 * against the built files under a base path, page-frame checks and link checks over a small
 * in-memory site. The build tests run the same functions over the real build.
 */
import { describe, expect, it } from 'vitest';
import {
	checkBasics,
	checkLinks,
	checkPageBasics,
	classifyRef,
	extractCssRefs,
	extractIds,
	extractRefs,
	fileToUrl,
	guessBase,
	guessSite,
	isErrorPage,
	isNoindex,
	normaliseBase,
	resolvePath,
} from '../../../scripts/check-site.ts';

const page = (body: string, head = '<title>T</title><link rel="canonical" href="https://x.org/dti/">') =>
	`<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;

describe('extractRefs', () => {
	it('finds href, src and every srcset candidate, decoding entities', () => {
		const refs = extractRefs(
			'<a href="/dti/a/?x=1&amp;y=2">a</a><img src=\'i.png\' srcset="s1.png 1x, /s2.png 2x" alt=""><use xlink:href="#g"/>',
		);
		expect(refs.map((r) => `${r.tag} ${r.attr} ${r.value}`)).toEqual([
			'a href /dti/a/?x=1&y=2',
			'img src i.png',
			'img srcset s1.png',
			'img srcset /s2.png',
			'use xlink:href #g',
		]);
	});

	it('ignores comments, script and style bodies, and a > inside a quoted attribute', () => {
		const refs = extractRefs(
			'<!-- <a href="/c/"> --><script>const s = \'<a href="/s/">\';</script><style>a[href="/t/"]{}</style><a title="1 > 0" href="/ok/">x</a>',
		);
		expect(refs.map((r) => r.value)).toEqual(['/ok/']);
	});

	it('reads data only on <object>', () => {
		expect(
			extractRefs('<div data="/no/"></div><object data="/yes.svg"></object>').map((r) => r.value),
		).toEqual(['/yes.svg']);
	});
});

describe('extractIds and extractCssRefs', () => {
	it('collects ids and <a name> targets', () => {
		expect([...extractIds('<main id="main"><a name="old">x</a><h2 id="t&amp;b">y</h2></main>')]).toEqual([
			'main',
			'old',
			't&b',
		]);
	});
	it('collects url() in any quoting, skipping comments', () => {
		expect(
			extractCssRefs(
				'/* url(/no.png) */ a{src:url("./f.woff2") format("woff2"),url(g.woff) , url( \'h.svg\' )}',
			),
		).toEqual(['./f.woff2', 'g.woff', 'h.svg']);
	});
});

describe('classifyRef', () => {
	it.each([
		['/dti/a/', undefined, 'internal'],
		['../b/', undefined, 'internal'],
		['#main', undefined, 'fragment'],
		['https://gso.gov.vn/', undefined, 'external'],
		['//cdn.example/x.js', undefined, 'external'],
		['mailto:a@b.vn', undefined, 'external'],
		['data:image/png;base64,AA', undefined, 'skip'],
		['', undefined, 'skip'],
		['https://dti.example.org/dti/x/', 'https://dti.example.org', 'internal'],
		['https://other.org/dti/x/', 'https://dti.example.org', 'external'],
	] as const)('%s (site %s) is %s', (value, site, expected) => {
		expect(classifyRef(value, site)).toBe(expected);
	});
});

describe('paths', () => {
	it.each([
		['/', '/'],
		['dti', '/dti/'],
		['/dti/', '/dti/'],
		['//a/b//', '/a/b/'],
	])('normaliseBase(%s) = %s', (input, expected) => expect(normaliseBase(input)).toBe(expected));

	it.each([
		['index.html', '/dti/', '/dti/'],
		['2024/tinh/index.html', '/dti/', '/dti/2024/tinh/'],
		['404.html', '/dti/', '/dti/404.html'],
		['_astro/a.css', '/', '/_astro/a.css'],
	])('fileToUrl(%s, %s) = %s', (file, base, expected) => expect(fileToUrl(file, base)).toBe(expected));

	it('recognises error pages', () => {
		expect(isErrorPage('404.html')).toBe(true);
		expect(isErrorPage('2024/404.html')).toBe(false);
		expect(isErrorPage('index.html')).toBe(false);
	});
});

describe('resolvePath', () => {
	const files = new Set([
		'index.html',
		'2024/tinh/index.html',
		'_astro/a.css',
		'rss.xml',
		'bai-viet/bài/index.html',
	]);
	it.each([
		['/dti/', { ok: true, file: 'index.html' }],
		['/dti/2024/tinh/', { ok: true, file: '2024/tinh/index.html' }],
		['/dti/_astro/a.css', { ok: true, file: '_astro/a.css' }],
		['/dti/rss.xml', { ok: true, file: 'rss.xml' }],
		['/dti/bai-viet/b%C3%A0i/', { ok: true, file: 'bai-viet/bài/index.html' }],
		['/dti/2024/tinh', { ok: false, reason: 'lacks the trailing slash of a directory page' }],
		['/dti', { ok: false, reason: 'lacks the trailing slash of a directory page' }],
		['/2024/tinh/', { ok: false, reason: 'is outside the base path /dti/' }],
		['/dti/2024/bo/', { ok: false, reason: 'points to a page that does not exist' }],
		['/dti/_astro/b.css', { ok: false, reason: 'points to a file that does not exist' }],
		['/dti/%E0%A4%A/', { ok: false, reason: 'is not a valid percent-encoded path' }],
	])('%s', (path, expected) => expect(resolvePath(path, '/dti/', files)).toEqual(expected));

	it('accepts every path at the root base', () => {
		expect(resolvePath('/2024/tinh/', '/', files)).toEqual({ ok: true, file: '2024/tinh/index.html' });
	});
});

describe('checkPageBasics', () => {
	it('accepts a complete page', () => {
		expect(checkPageBasics(page('<h1>A</h1>'), { url: '/dti/', site: 'https://x.org' })).toEqual([]);
	});
	it('accepts whitespace and comments after </html>', () => {
		expect(checkPageBasics(`${page('<h1>A</h1>')}\n<!-- built -->\n`, { url: '/dti/' })).toEqual([]);
	});
	it('ignores <title> inside inline SVG and an <h1> inside a script string', () => {
		const body = '<h1>A</h1><svg role="img"><title>Chart</title></svg><script>"<h1>"</script>';
		expect(checkPageBasics(page(body), { url: '/dti/' })).toEqual([]);
	});
	it.each([
		['no lang', page('<h1>A</h1>').replace(' lang="vi"', ''), 'has no lang attribute on <html>'],
		['empty lang', page('<h1>A</h1>').replace('lang="vi"', 'lang=""'), 'has no lang attribute on <html>'],
		['no title', page('<h1>A</h1>', '<link rel="canonical" href="https://x.org/dti/">'), 'has no <title>'],
		[
			'empty title',
			page('<h1>A</h1>', '<title> </title><link rel="canonical" href="https://x.org/dti/">'),
			'has an empty <title>',
		],
		['no h1', page('<h2>A</h2>'), 'has 0 <h1> elements (expected exactly one)'],
		['two h1', page('<h1>A</h1><h1>B</h1>'), 'has 2 <h1> elements (expected exactly one)'],
		['no canonical', page('<h1>A</h1>', '<title>T</title>'), 'has 0 canonical links (expected one)'],
		[
			'relative canonical',
			page('<h1>A</h1>', '<title>T</title><link rel="canonical" href="/dti/">'),
			'has a canonical link that is not an absolute URL: "/dti/"',
		],
		[
			'canonical elsewhere',
			page('<h1>A</h1>', '<title>T</title><link rel="canonical" href="https://x.org/dti/2024/">'),
			'has a canonical link to /dti/2024/, not to itself (/dti/)',
		],
		[
			'script after </html>',
			`${page('<h1>A</h1>')}\n<script>customElements.define('x-a', class extends HTMLElement {})</script>`,
			'has content after </html>: "<script></script>"',
		],
		['text after </html>', `${page('<h1>A</h1>')}trailing`, 'has content after </html>: "trailing"'],
	])('%s', (_name, html, problem) => {
		expect(checkPageBasics(html, { url: '/dti/' })).toContain(problem);
	});
	it('flags a canonical on another origin', () => {
		expect(checkPageBasics(page('<h1>A</h1>'), { site: 'https://dti.gov.vn' })).toEqual([
			'has a canonical link on another origin: https://x.org/dti/ (site is https://dti.gov.vn)',
		]);
	});
});

describe('checkLinks', () => {
	const files = new Set([
		'index.html',
		'2024/index.html',
		'2024/tinh/index.html',
		'_astro/a.css',
		'_astro/f.woff2',
	]);
	const pages = [
		{
			file: 'index.html',
			html: page(
				'<a href="#main">skip</a><main id="main"><a href="2024/">rel</a><a href="/dti/2024/tinh/#r-1">frag</a></main>',
			),
		},
		{
			file: '2024/index.html',
			html: page(
				'<a href="../">up</a><a href="tinh/">down</a><a href="https://gso.gov.vn/">ext</a><link rel="stylesheet" href="/dti/_astro/a.css">',
			),
		},
		{
			file: '2024/tinh/index.html',
			html: page('<table><tr id="r-1"><td>1</td></tr></table><a href="#top">top</a>'),
		},
	];
	it('passes a consistent site (relative, absolute, fragment and external links)', () => {
		expect(
			checkLinks({
				base: '/dti/',
				files,
				pages,
				stylesheets: [{ file: '_astro/a.css', css: '@font-face{src:url(f.woff2)}' }],
			}),
		).toEqual([]);
	});
	it('reports each broken reference with its page', () => {
		const bad = [
			{
				file: 'index.html',
				html: page(
					'<a href="#nowhere">a</a><a href="/2024/">b</a><a href="2024">c</a><img src="/dti/x.png" alt=""><a href="https://dti.example.org/dti/gone/">d</a>',
				),
			},
		];
		const issues = checkLinks({
			base: '/dti/',
			site: 'https://dti.example.org',
			files,
			pages: bad,
			stylesheets: [{ file: '_astro/a.css', css: '@font-face{src:url(missing.woff2)}' }],
		});
		expect(issues).toEqual([
			{
				page: '/dti/',
				kind: 'link',
				message: '<a href> "#nowhere" targets #nowhere, which is not an id on /dti/',
			},
			{ page: '/dti/', kind: 'link', message: '<a href> "/2024/" is outside the base path /dti/' },
			{
				page: '/dti/',
				kind: 'link',
				message: '<a href> "2024" lacks the trailing slash of a directory page',
			},
			{ page: '/dti/', kind: 'link', message: '<img src> "/dti/x.png" points to a file that does not exist' },
			{
				page: '/dti/',
				kind: 'link',
				message: '<a href> "https://dti.example.org/dti/gone/" points to a page that does not exist',
			},
			{
				page: '/dti/_astro/a.css',
				kind: 'link',
				message: 'url() "missing.woff2" points to a file that does not exist',
			},
		]);
	});
});

describe('checkBasics', () => {
	const embedHead =
		'<meta name="robots" content="noindex"><title>Chart</title><link rel="canonical" href="https://x.org/dti/2024/tinh/">';
	it('holds noindex pages (chart embeds) to lang, title and a canonical, not to an h1 or a self-canonical', () => {
		expect(isNoindex(page('', embedHead))).toBe(true);
		expect(isNoindex(page('<h1>A</h1>'))).toBe(false);
		const pages = [
			{ file: 'nhung/2024/tinh/index.html', html: page('<svg></svg>', embedHead) },
			{
				file: 'nhung/2024/bo/index.html',
				html: page('<svg></svg>', embedHead.replace('<title>Chart</title>', '')).replace(' lang="vi"', ''),
			},
			{ file: '2024/index.html', html: page('<p>no heading</p>') },
		];
		expect(checkBasics({ pages }, '/dti/', 'https://x.org').map((i) => `${i.page} ${i.message}`)).toEqual([
			'/dti/nhung/2024/bo/ has no lang attribute on <html>',
			'/dti/nhung/2024/bo/ has no <title>',
			'/dti/2024/ has 0 <h1> elements (expected exactly one)',
			'/dti/2024/ has a canonical link to /dti/, not to itself (/dti/2024/)',
		]);
	});
});

describe('guessBase and guessSite', () => {
	it('read the home page canonical', () => {
		const pages = [
			{
				file: 'index.html',
				html: page('<h1>A</h1>', '<link rel="canonical" href="https://dti.gov.vn/bao-cao/dti/">'),
			},
		];
		expect(guessBase({ pages })).toBe('/bao-cao/dti/');
		expect(guessSite({ pages })).toBe('https://dti.gov.vn');
		expect(guessBase({ pages: [] })).toBeUndefined();
		expect(
			guessSite({ pages: [{ file: 'index.html', html: page('<h1>A</h1>', '<title>T</title>') }] }),
		).toBeUndefined();
	});
});
