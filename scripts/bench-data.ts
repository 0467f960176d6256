/**
 * Synthetic data for `npm run bench`: N editions of made-up results for real registry units,
 * shaped like the published data (the 2022 framework: 8 weighted main indices and 3 pillars;
 * provinces ranked as one table, ministries in two groups) and valid for `scripts/check.ts`.
 * Deterministic for a given seed. Pure: returns file contents keyed by path under the project.
 */

export interface SyntheticOptions {
	editions: number;
	provinces: number;
	ministries: number;
	/** Articles to write (plain Markdown, one per edition at most). */
	articles?: number;
	firstYear?: number;
	seed?: number;
}

interface RegistryUnit {
	id: string;
	name: string;
	valid_from: string | null;
	valid_to: string | null;
}

interface EditionTemplate {
	framework: { pillars: { key: string }[]; indices: { key: string; weight?: number }[] };
	[k: string]: unknown;
}

/** Date at which every synthetic table is "as of": all chosen units must be valid then. */
export const AS_OF = '2023-12-31';
/** A source key of data/sources.json cited by every synthetic row. */
export const SOURCE_KEY = 'P22';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
const validOn = (u: RegistryUnit, d: string) =>
	(u.valid_from === null || u.valid_from <= d) && (u.valid_to === null || u.valid_to >= d);

/** Competition ranks (1, 2, 2, 4) by total, best first. */
export function rankByTotal<T extends { total: number }>(rows: T[]): (T & { rank: number })[] {
	const sorted = [...rows].sort((a, b) => b.total - a.total);
	const out: (T & { rank: number })[] = [];
	sorted.forEach((r, i) =>
		out.push({ ...r, rank: i > 0 && sorted[i - 1].total === r.total ? out[i - 1].rank : i + 1 }),
	);
	return out;
}

/**
 * Files of a synthetic data/ folder (editions only; the registry, sources and maps are the
 * real ones) and of content/articles. Throws when the registry has too few units valid on AS_OF.
 */
export function syntheticFiles(
	opts: SyntheticOptions,
	registry: { provinces: RegistryUnit[]; ministries: RegistryUnit[] },
	template: EditionTemplate,
): Map<string, string> {
	const { editions, firstYear = 2020, seed = 1, articles = 0 } = opts;
	const random = rng(seed);
	const provinces = registry.provinces.filter((u) => validOn(u, AS_OF)).slice(0, opts.provinces);
	const ministries = registry.ministries.filter((u) => validOn(u, AS_OF)).slice(0, opts.ministries);
	if (provinces.length < opts.provinces || ministries.length < opts.ministries)
		throw new Error(
			`The registry has ${provinces.length} provinces and ${ministries.length} ministries valid on ${AS_OF}; asked for ${opts.provinces} and ${opts.ministries}.`,
		);
	const { pillars, indices } = template.framework;
	const weightSum = indices.reduce((s, i) => s + (i.weight ?? 100), 0);
	const files = new Map<string, string>();
	const json = (v: unknown) => `${JSON.stringify(v, null, '\t')}\n`;
	const publicServices = Math.ceil(ministries.length * 0.6);

	for (let e = 0; e < editions; e++) {
		const year = firstYear + e;
		const level = 0.35 + (0.4 * e) / Math.max(1, editions - 1);
		const score = () => round4(Math.min(1, Math.max(0, level + (random() - 0.5) * 0.5)));
		const provinceRows = rankByTotal(
			provinces.map((u) => {
				const idx = Object.fromEntries(indices.map((i) => [i.key, { score: score() }]));
				const total = round4(
					indices.reduce((s, i) => s + (i.weight ?? 100) * idx[i.key].score, 0) / weightSum,
				);
				return {
					unit: u.id,
					published_name: u.name,
					rank_basis: 'published',
					total,
					pillars: Object.fromEntries(pillars.map((p) => [p.key, { score: score() }])),
					indices: idx,
					sources: [SOURCE_KEY],
				};
			}),
		);
		const ministryRows = (['public-services', 'no-public-services'] as const).flatMap((group, g) =>
			rankByTotal(
				(g === 0 ? ministries.slice(0, publicServices) : ministries.slice(publicServices)).map((u) => ({
					unit: u.id,
					published_name: u.name,
					group,
					rank_basis: 'published',
					total: score(),
					sources: [SOURCE_KEY],
				})),
			),
		);
		const edition = {
			...template,
			year,
			title: `DTI ${year}`,
			published: { ...(template.published as object), date: `${year + 1}-07-12` },
			tables: [
				{
					id: 'provinces',
					level: 'provinces',
					geography: 'vn-63',
					as_of: AS_OF,
					primary: true,
					title: { vi: `Xếp hạng DTI cấp tỉnh ${year}`, en: `Provincial DTI ${year} ranking` },
					size: provinces.length,
				},
				{
					id: 'ministries',
					level: 'ministries',
					geography: 'ministries',
					as_of: AS_OF,
					primary: true,
					title: { vi: `Xếp hạng DTI cấp bộ ${year}`, en: `Ministerial DTI ${year} ranking` },
					group_sizes: {
						'public-services': publicServices,
						'no-public-services': ministries.length - publicServices,
					},
				},
			],
			gaps: [],
			errata: [],
		};
		files.set(`data/editions/${year}/edition.json`, json(edition));
		files.set(
			`data/editions/${year}/provinces.json`,
			json({ edition: year, table: 'provinces', rows: provinceRows }),
		);
		files.set(
			`data/editions/${year}/ministries.json`,
			json({ edition: year, table: 'ministries', rows: ministryRows }),
		);
		if (e < articles) {
			const para =
				`Bài viết tổng hợp số ${e + 1} về kỳ đánh giá ${year}, viết tự động cho phép đo hiệu năng. `.repeat(
					8,
				);
			files.set(
				`content/articles/bai-tong-hop-${year}.mdx`,
				[
					'---',
					`title: "Tổng hợp DTI ${year}"`,
					`summary: "Bài viết tổng hợp tự động về kỳ đánh giá ${year}, dùng cho phép đo hiệu năng."`,
					`date: "${year + 1}-08-01"`,
					'lang: vi',
					`editions: [${year}]`,
					'sources:',
					'  - title: "Dữ liệu tổng hợp"',
					'    publisher: "Phép đo hiệu năng"',
					'---',
					'',
					...Array.from({ length: 6 }, (_, i) => `## Phần ${i + 1}\n\n${para}\n`),
				].join('\n'),
			);
		}
	}
	return files;
}
