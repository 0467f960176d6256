/**
 * Scaffolds a new edition folder from the latest one, for the team that publishes it:
 *
 *   npm run new-edition -- 2025
 *
 * Copies the framework and table layout of the previous edition into
 * data/editions/<year>/edition.json with the publication fields blanked (the data check names
 * each one until it is filled), and writes empty results tables. Never overwrites a folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { editionSchema, type Edition } from '../src/lib/data/schema.ts';
import { readJson, writeJsonAtomic } from './lib.ts';

const year = Number(process.argv[2]);
if (!Number.isInteger(year) || year < 2019) {
	console.error('Usage: npm run new-edition -- <year>   (e.g. 2025)');
	process.exit(2);
}
const dir = `data/editions/${year}`;
if (existsSync(dir)) {
	console.error(`${dir} already exists; nothing was changed.`);
	process.exit(1);
}
const years = readdirSync('data/editions')
	.filter((d) => /^\d{4}$/.test(d))
	.map(Number)
	.sort();
const prev = editionSchema.parse(readJson(`data/editions/${years.at(-1)}/edition.json`));
const draft: Omit<Edition, 'national'> & { national?: Edition['national'] } = {
	...prev,
	year,
	title: `DTI ${year}`,
	published: { date: '', event: '', publisher: prev.published.publisher, sources: [] },
	averages: {},
	pillar_averages: {},
	gaps: [],
	errata: [],
	tables: prev.tables.map((t) => ({
		...t,
		as_of: t.as_of.replace(/^\d{4}/, String(Number(t.as_of.slice(0, 4)) + (year - prev.year))),
		title: {
			vi: t.title.vi.replace(String(prev.year), String(year)),
			en: t.title.en.replace(String(prev.year), String(year)),
		},
		not_assessed: [],
		// What the new publication leaves out is not known yet.
		unreleased: [],
		coverage_note: undefined,
	})),
};
delete draft.national;
delete draft.national_note;
writeJsonAtomic(`${dir}/edition.json`, draft);
for (const t of draft.tables)
	writeJsonAtomic(`${dir}/${t.id}.json`, { edition: year, table: t.id, rows: [] });
console.log(`Created ${dir}/ from DTI ${prev.year}. Next:
  1. Fill "published" (date, event, sources) and, when known, "national" and "averages" in ${dir}/edition.json;
     check "framework" and "tables" (ids, as_of dates, sizes) against the new report.
  2. Import each results spreadsheet:  npm run import -- --edition ${year} --table provinces --file <file.csv>
  3. Check and preview:               npm run check:data && npm run build && npm run preview`);
