/**
 * Content collections: the unit registry and sources through `file()`, each edition's metadata
 * and results tables through `glob()` (one folder per edition, so a new edition needs no code).
 * Schemas come from `src/lib/data/schema.ts`, shared with the publishing scripts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
	editionSchema,
	ministrySchema,
	provinceSchema,
	resultTableSchema,
	sourceSchema,
} from './lib/data/schema.ts';
import { narrativeSchema, overviewSchema } from './lib/narrative/schema.ts';

const provinces = defineCollection({ loader: file('data/units/provinces.json'), schema: provinceSchema });
const ministries = defineCollection({ loader: file('data/units/ministries.json'), schema: ministrySchema });
const sources = defineCollection({ loader: file('data/sources.json'), schema: sourceSchema });

const editions = defineCollection({
	loader: glob({
		pattern: '*/edition.json',
		base: './data/editions',
		generateId: ({ entry }) => entry.split('/')[0],
	}),
	schema: editionSchema,
});

const results = defineCollection({
	loader: glob({
		pattern: ['*/*.json', '!*/edition.json'],
		base: './data/editions',
		generateId: ({ entry }) => entry.replace(/\.json$/, ''),
	}),
	schema: resultTableSchema,
});

// Narrative (issue 4): edition overviews and articles, MDX under content/.

const overviews = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/editions' }),
	schema: overviewSchema,
});
const articles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/articles' }),
	schema: narrativeSchema,
});

export const collections = { provinces, ministries, sources, editions, results, overviews, articles };
