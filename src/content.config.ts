/**
 * Content collections: the unit registry, sources, each edition's metadata and results tables
 * come from data/ through `dataLoader` (one checked read shared with the CLI scripts and tests:
 * src/lib/data/load.ts; one folder per edition, so a new edition needs no code). The schemas
 * (src/lib/data/schema.ts) type the entries; the loader has already validated them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { dataLoader } from './lib/data/collections.ts';
import { z } from 'astro/zod';
import {
	editionSchema,
	ministrySchema,
	provinceSchema,
	resultTableSchema,
	sourceSchema,
} from './lib/data/schema.ts';
import { narrativeSchema, overviewSchema } from './lib/narrative/schema.ts';

const provinces = defineCollection({ loader: dataLoader('provinces'), schema: provinceSchema });
const ministries = defineCollection({ loader: dataLoader('ministries'), schema: ministrySchema });
const sources = defineCollection({ loader: dataLoader('sources'), schema: sourceSchema });
const editions = defineCollection({ loader: dataLoader('editions'), schema: editionSchema });
const results = defineCollection({ loader: dataLoader('results'), schema: resultTableSchema });

// Narrative (issue 4): edition overviews and articles, MDX under content/; translations in a
// folder per locale with the original's name (content/editions/en/2022.mdx, id "en/2022").

const overviews = defineCollection({
	loader: glob({ pattern: ['*.mdx', 'en/*.mdx'], base: './content/editions' }),
	schema: overviewSchema,
});
const articles = defineCollection({
	loader: glob({ pattern: ['*.mdx', 'en/*.mdx'], base: './content/articles' }),
	schema: narrativeSchema,
});

// Page prose (methodology, sources): content/pages/<page>.mdx in Vietnamese, content/pages/<locale>/<page>.mdx
// in another locale (the same convention as the narrative); ids "phuong-phap", "en/phuong-phap".
const pages = defineCollection({
	loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: './content/pages' }),
	schema: z.strictObject({
		/** The page's heading and <title>. */
		title: z.string().min(1),
		/** One or two sentences for search results and link previews. */
		description: z.string().min(1),
	}),
});

export const collections = { provinces, ministries, sources, editions, results, overviews, articles, pages };
