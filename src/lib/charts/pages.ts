/**
 * Which charts a page shows, decided from the data once (pages, embed pages and tests agree):
 * a chart is only drawn when it has published values to draw.
 */
import type { Dataset, TableView } from '../data/model.ts';
import { unitResult } from '../data/find.ts';

/** Main indices compared in the ranking-page scatter (infrastructure vs digital-economy activity). */
export const SCATTER_PAIR = ['ha_tang_so', 'hoat_dong_kinh_te_so'] as const;

/** Whether a table has at least 10 units with both scatter scores published. */
export function hasScatter(table: TableView): boolean {
	const [x, y] = SCATTER_PAIR;
	return (
		table.rows.filter((r) => r.indices[x]?.score !== undefined && r.indices[y]?.score !== undefined).length >=
		10
	);
}

/** Whether the unit has at least one published total or rank across editions. */
export function hasHistory(data: Dataset, unitId: string): boolean {
	const unit = data.units.get(unitId);
	const ids = [unitId, ...(unit?.predecessors ?? [])];
	return ids.some((id) =>
		data
			.series(id)
			.some((e) => e.results.some(({ row }) => row.total !== undefined || row.rank !== undefined)),
	);
}

/** The unit-in-edition charts with data: profile (any sub-score) and distribution (own total, 5+ totals). */
export function unitCharts(
	data: Dataset,
	unitId: string,
	year: number,
): { profile: boolean; distribution: boolean; tableId?: string } {
	const hit = unitResult(data, unitId, year);
	if (!hit) return { profile: false, distribution: false };
	const { row, table } = hit;
	const subScores = [...Object.values(row.pillars), ...Object.values(row.indices)].some(
		(v) => v.score !== undefined,
	);
	const totals = table.rows.filter(
		(r) => r.total !== undefined && (r.group ?? null) === (row.group ?? null),
	).length;
	return { profile: subScores, distribution: row.total !== undefined && totals >= 5, tableId: table.spec.id };
}
