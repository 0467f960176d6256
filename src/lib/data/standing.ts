/**
 * Where a unit stands in one table, for the top of its page: its relative strengths among the
 * pillars or main indices of the edition's framework. Built only from published values: a
 * published sub-index rank, or a rank computed from scores published for every unit of the table
 * (`RankedRow.derivedIndexRanks`). Nothing is inferred from partial data.
 */
import type { EditionView, RankedRow } from './model.ts';
import { subScoreKind } from './find.ts';

/** One pillar or main index of a unit, with the rank it holds among the table's units. */
export interface SubScoreStanding {
	key: string;
	name: { vi: string; en: string };
	rank: number;
	score?: number;
	/** The rank was computed from published scores (not printed by the publisher). */
	derived: boolean;
}

/** The unit's strongest and weakest sub-scores (ties share a place: all are listed). */
export interface StrengthsWeaknesses {
	kind: 'pillars' | 'indices';
	strongest: SubScoreStanding[];
	weakest: SubScoreStanding[];
	/** How many sub-scores were ranked (only those enter the comparison). */
	ranked: number;
	/** How many the framework has. */
	of: number;
}

/**
 * The row's sub-scores of one kind (pillars or main indices; by default those the total is made
 * of) that hold a rank: published, or computed from complete published scores.
 */
export function rankedSubScores(
	view: EditionView,
	row: RankedRow,
	kind: 'pillars' | 'indices' = subScoreKind(view),
): SubScoreStanding[] {
	const items = kind === 'pillars' ? view.edition.framework.pillars : view.edition.framework.indices;
	return items.flatMap((item): SubScoreStanding[] => {
		const value = row[kind][item.key];
		const published = value?.rank;
		const derived = kind === 'indices' ? row.derivedIndexRanks[item.key] : undefined;
		const rank = published ?? derived;
		if (rank === undefined) return [];
		return [
			{
				key: item.key,
				name: item.name,
				rank,
				...(value?.score !== undefined ? { score: value.score } : {}),
				derived: published === undefined,
			},
		];
	});
}

/**
 * The strongest and weakest sub-scores of a row by rank, or undefined when fewer than two are
 * ranked or all share one rank (then there is nothing to tell apart). The kind the total is made
 * of comes first; where fewer than two of those hold a rank, the other kind is used (DTI 2021–2023
 * printed the three pillar ranks of every province but few main-index ranks).
 */
export function strengthsAndWeaknesses(view: EditionView, row: RankedRow): StrengthsWeaknesses | undefined {
	const first = subScoreKind(view);
	const second = first === 'pillars' ? 'indices' : 'pillars';
	const kind = rankedSubScores(view, row, first).length >= 2 ? first : second;
	const ranked = rankedSubScores(view, row, kind);
	if (ranked.length < 2) return undefined;
	const best = Math.min(...ranked.map((s) => s.rank));
	const worst = Math.max(...ranked.map((s) => s.rank));
	if (best === worst) return undefined;
	const of = (kind === 'pillars' ? view.edition.framework.pillars : view.edition.framework.indices).length;
	return {
		kind,
		strongest: ranked.filter((s) => s.rank === best),
		weakest: ranked.filter((s) => s.rank === worst),
		ranked: ranked.length,
		of,
	};
}
