/**
 * Counts of what an edition's record holds, for the gap lists of the overviews: how many units
 * of a table have a rank, a total, pillar or main-index values, or nothing at all. Read from the
 * dataset, so a data update changes the prose ("34 tỉnh chưa có…") without an edit.
 */
import type { Dataset } from '../data/model.ts';
import type { Level } from '../data/schema.ts';
import { formatInt, type Locale } from '../format.ts';
import { DEFAULT_LOCALE } from '../i18n.ts';
import { NarrativeDataError, type Quoted } from './lookup.ts';

export type CountWhat = 'none' | 'rank' | 'total' | 'pillar' | 'pillarRank' | 'index' | 'rankPublished';

export interface CountQuery {
	edition: number;
	has: CountWhat;
	level?: Level;
	table?: string;
	locale?: Locale;
}

/** Number of units of a table that hold `has` (`none`: neither a rank nor a total). */
export function quoteCount(ds: Dataset, q: CountQuery): Quoted {
	const level = q.level ?? 'provinces';
	const tag = `<Count edition={${q.edition}} has="${q.has}"${q.table ? ` table="${q.table}"` : ''}>`;
	const view = ds.edition(q.edition);
	if (!view) throw new NarrativeDataError(`${tag}: there is no DTI edition ${q.edition} in data/editions`);
	const table = q.table
		? view.tables.find((t) => t.spec.id === q.table)
		: (view.tables.find((t) => t.spec.level === level && t.spec.primary) ??
			view.tables.find((t) => t.spec.level === level));
	if (!table) throw new NarrativeDataError(`${tag}: DTI ${q.edition} has no such table`);
	const any = (o: Record<string, { score?: number; rank?: number } | undefined>, k: 'score' | 'rank') =>
		Object.values(o).some((v) => v?.[k] !== undefined);
	const test: Record<CountWhat, (r: NonNullable<typeof table>['rows'][number]) => boolean> = {
		none: (r) => r.rank === undefined && r.total === undefined,
		rank: (r) => r.rank !== undefined,
		rankPublished: (r) => r.rank !== undefined && r.rank_basis === 'published',
		total: (r) => r.total !== undefined,
		pillar: (r) => any(r.pillars, 'score'),
		pillarRank: (r) => any(r.pillars, 'rank'),
		index: (r) => any(r.indices, 'score'),
	};
	if (!test[q.has])
		throw new NarrativeDataError(`${tag}: unknown has="${q.has}" (${Object.keys(test).join(', ')})`);
	const value = table.rows.filter(test[q.has]).length;
	return {
		text: formatInt(value, q.locale ?? DEFAULT_LOCALE),
		value,
		title: `${table.spec.title[q.locale ?? DEFAULT_LOCALE]}: ${value}/${table.rows.length}`,
	};
}
