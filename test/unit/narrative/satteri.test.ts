/**
 * The narrative plugins on Astro's own MDX processor (Sätteri), as astro.config.mjs sets it
 * up: unit links, numbered citations, the raw-HTML ban with file, line and column, and table
 * markup without whitespace between rows and cells.
 */
import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import {
	satteriCitations,
	satteriCompactTables,
	satteriLinkUnits,
	satteriNoRawHtml,
} from '../../../src/lib/remark/satteri.ts';
import type { LinkableUnit } from '../../../src/lib/remark/link-units.ts';

const U = (id: string, name: string, extra: Partial<LinkableUnit> = {}): LinkableUnit => ({
	id,
	level: 'provinces',
	name,
	aliases: [],
	valid_from: null,
	valid_to: null,
	...extra,
});
const units = [U('da-nang', 'Đà Nẵng', { aliases: ['TP. Đà Nẵng'] }), U('ha-noi', 'Hà Nội'), U('hue', 'Huế')];
const sources = [
	{ id: 'vnexpress-1', url: 'https://vnexpress.net/a', publisher: 'VnExpress', title: 'Bài A' },
];
const FILE = '/site/content/articles/bai.mdx';

async function compile(body: string, frontmatter: Record<string, unknown> = { editions: [2022] }) {
	const processor = satteri({
		mdastPlugins: [
			satteriLinkUnits({ units, base: '/dti/', hasPage: (id) => id !== 'hue' }),
			satteriNoRawHtml(),
			satteriCitations({ sources }),
		],
		hastPlugins: [satteriCompactTables()],
	});
	const renderer = await processor.createMdxRenderer!(
		{ syntaxHighlight: false } as never,
		{ optimize: false, srcDir: new URL('file:///site/src/') } as never,
	);
	return (await renderer.process(body, FILE, frontmatter)).code;
}

describe('narrative plugins on the Sätteri MDX processor', () => {
	it('links the first mention of each unit with a page, under the base, and never in headings', async () => {
		const code = await compile(
			'## Đà Nẵng\n\nĐà Nẵng dẫn đầu, Hà Nội thứ hai. Đà Nẵng giữ hạng; Huế thứ ba.\n',
		);
		expect(code.match(/href: "\/dti\/tinh\/da-nang\/"/g)).toHaveLength(1);
		expect(code).toContain('href: "/dti/tinh/ha-noi/"');
		expect(code).toContain('class: "unit-link"');
		expect(code).toContain('"data-unit": "da-nang"');
		expect(code).toMatch(/_components\.h2, \{[^}]*children: "Đà Nẵng"\s*\}/);
		expect(code).not.toContain('/tinh/hue/');
	});

	it('links to the pages of the text\u2019s locale', async () => {
		const code = await compile('Đà Nẵng leads.\n', { editions: [2022], lang: 'en' });
		expect(code).toContain('href: "/dti/en/tinh/da-nang/"');
	});

	it('fails on a frontmatter unit the registry lacks, naming the file', async () => {
		await expect(compile('Text.\n', { units: ['nowhere'] })).rejects.toThrow(
			/content\/articles\/bai\.mdx: frontmatter "units" names unknown unit "nowhere"/,
		);
	});

	it('numbers every <Cite> and hands the list to the page through the frontmatter', async () => {
		const code = await compile('Một <Cite source="vnexpress-1" /> hai <Cite source="vnexpress-1" />.\n', {
			lang: 'vi',
		});
		expect(code.match(/n: "1"/g)).toHaveLength(2);
		expect(code).toContain('href: "#nguon-bai-1"');
		expect(code).toContain('label: "Nguồn 1: VnExpress, “Bài A”"');
		const fm = JSON.parse(/export const frontmatter = (.*);/.exec(code)![1]);
		expect(fm.citations).toEqual([
			{ n: 1, id: 'vnexpress-1', title: 'Bài A', publisher: 'VnExpress', url: 'https://vnexpress.net/a' },
		]);
	});

	it('fails on an unknown citation key', async () => {
		await expect(compile('Một <Cite source="khong-co" />.\n', { lang: 'vi' })).rejects.toThrow(
			/no source "khong-co"/,
		);
	});

	it('fails on raw <script> and on* attributes with file, line and column', async () => {
		await expect(compile('Một.\n\n<script>alert(1)</script>\n')).rejects.toThrow(
			/^\/site\/content\/articles\/bai\.mdx:3:1: raw <script> is not allowed/,
		);
		await expect(compile('Một <span onClick="x()">a</span>.\n')).rejects.toThrow(
			/bai\.mdx:1:5: the onClick attribute on <span> is not allowed/,
		);
	});

	it('writes tables without whitespace between rows and cells', async () => {
		const code = await compile('Trước.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSau.\n');
		const table = code.split('\n').find((l) => l.includes('_components.table,'))!;
		expect(table).toContain('_jsx(_components.td, { children: "1" })');
		expect(table).not.toContain('"\\n"');
		// Between blocks the line breaks stay, as before.
		expect(code).toMatch(/"Trước\." \}\),\s*"\\n",\s*_jsxs\(_components\.table/);
	});
});
