/**
 * Frontmatter of the narrative: edition overviews (`content/editions/<year>.mdx`) and articles
 * (`content/articles/<slug>.mdx`). Pure zod (no Astro imports beyond `astro/zod`), so the
 * content collections, the remark plugin's checks and the tests share one description. Every
 * message is written for the editor who will read it in a failed build.
 */
import { z } from 'astro/zod';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A cited source: a title and its public address, optionally who published it and when. A
 * press report whose address could not be found may omit `url`, but must then say who published
 * it, so a reader can still look it up.
 */
export const narrativeSource = z
	.strictObject({
		/** Key for inline citations: `<Cite source="id" />` (lower-case letters, digits, hyphens). */
		id: z
			.string()
			.regex(slug, { error: 'source id must be lower-case letters, digits and hyphens' })
			.optional(),
		title: z.string().min(1, { error: 'source title must not be empty' }),
		url: z
			.url({
				protocol: /^https?$/,
				error: 'source url must be an absolute http:// or https:// URL (https://…)',
			})
			.optional(),
		publisher: z.string().min(1).optional(),
		/** Publication date of the source (YYYY-MM-DD). */
		date: z.iso.date({ error: 'source date must be YYYY-MM-DD' }).optional(),
	})
	.refine((s) => s.url !== undefined || s.publisher !== undefined, {
		error: 'a source without url must name its publisher',
	});

/** Optional cover image: a file in `public/` and its alternative text. */
const cover = z.strictObject({
	src: z.string().regex(/^(?!\/)(?!.*\.\.)[a-z0-9/_.-]+\.(?:png|jpe?g|webp|svg)$/, {
		error: 'cover.src must be a path inside public/, e.g. "images/cover.webp"',
	}),
	alt: z.string().min(1, { error: 'cover.alt must describe the image' }),
});

export const narrativeSchema = z.strictObject({
	title: z
		.string()
		.min(1, { error: 'title must not be empty' })
		.max(140, { error: 'title must be at most 140 characters' }),
	/** One or two sentences shown in lists and the feed. */
	summary: z
		.string()
		.min(20, { error: 'summary must be at least 20 characters' })
		.max(400, { error: 'summary must be at most 400 characters' }),
	/** Publication date of the text (YYYY-MM-DD). */
	date: z.iso.date({ error: 'date must be YYYY-MM-DD' }),
	/** Date of the last substantive change, if any. */
	updated: z.iso.date({ error: 'updated must be YYYY-MM-DD' }).optional(),
	/**
	 * A translation: the day it was translated. Its `date` stays the original's publication date
	 * (the page shows both: "Published 23 Nov 2026 · Translated 1 Dec 2026").
	 */
	translated: z.iso.date({ error: 'translated must be YYYY-MM-DD' }).optional(),
	lang: z.enum(['vi', 'en'], { error: 'lang must be "vi" or "en"' }),
	/** DTI editions (assessment years) the text is about. */
	editions: z
		.array(
			z
				.int({ error: 'editions must be whole years' })
				.min(2020, { error: 'editions start in 2020' })
				.max(2100),
		)
		.default([]),
	/** Registry ids of the units the text is about (checked against data/units at build time). */
	units: z
		.array(z.string().regex(slug, { error: 'units must be registry ids such as "da-nang"' }))
		.default([]),
	sources: z.array(narrativeSource).min(1, { error: 'at least one source must be cited' }),
	cover: cover.optional(),
	/** Keep out of lists and the feed (still built). */
	draft: z.boolean().default(false),
});

/** An edition overview is about exactly one edition. */
export const overviewSchema = narrativeSchema.refine((d) => d.editions.length === 1, {
	error: 'an edition overview must name exactly one edition',
	path: ['editions'],
});

export type NarrativeData = z.output<typeof narrativeSchema>;
export type NarrativeSource = z.output<typeof narrativeSource>;

/** Unit ids named in frontmatter that the registry does not know. */
export function unknownUnits(units: readonly string[], known: { has(id: string): boolean }): string[] {
	return units.filter((u) => !known.has(u));
}

/** Throws one clear message when frontmatter names units the registry lacks. */
export function assertKnownUnits(
	file: string,
	units: readonly string[],
	known: { has(id: string): boolean },
): void {
	const unknown = unknownUnits(units, known);
	if (unknown.length)
		throw new Error(
			`${file}: frontmatter "units" names unknown unit${unknown.length > 1 ? 's' : ''} ${unknown
				.map((u) => `"${u}"`)
				.join(', ')}; use ids from data/units/*.json`,
		);
}

/** Reading time in minutes at ~200 words per minute for Vietnamese prose (at least 1). */
export function readingMinutes(text: string, wordsPerMinute = 200): number {
	const words = text
		.replace(/<[^>]+>/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	return Math.max(1, Math.round(words / wordsPerMinute));
}
