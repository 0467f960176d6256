/**
 * English strings of the unit profile pages and their charts; the same keys as
 * `profile.vi.ts` (src/lib/locales/en.ts includes them as vi.ts does).
 */
import type { MinistryGroup } from '../data/schema.ts';

const groupName: Record<MinistryGroup, string> = {
	'public-services': 'with public services',
	'no-public-services': 'without public services',
};

export const charts = {
	rankBoard: (geography: 'vn-63' | 'vn-34' | 'ministries', size?: number, group?: MinistryGroup) =>
		geography === 'vn-34'
			? `Rank among the ${size ?? 34} merged provinces (1 = highest)`
			: geography === 'vn-63'
				? `Rank among ${size ?? 63} provinces (1 = highest)`
				: `Rank among ministries ${group ? groupName[group] : ''} (1 = highest)`,
	predecessorSuffix: ' (predecessor)',
	indexHistory: {
		title: (name: string, from: number, to: number) => `${name}: main indices, DTI ${from}–${to}`,
		desc: (n: number, years: string, summary: string) =>
			`${n} small charts, one per main index; across, the editions ${years} (one framework); up, the score from 0 to 1. An edition without a value is marked — on the axis, not plotted. ${summary}`,
		sameFramework: (basis: string) =>
			`These editions share one framework: ${basis}. Lines join only consecutive editions that both have a published score.`,
		others: (years: string) =>
			`The DTI ${years} main indices belong to another framework and are not joined to these; see that edition's page.`,
		tip: (index: string, year: number, value: string) => `${index}, DTI ${year}: ${value}`,
		index: 'Main index',
	},
	merger: {
		table: 'Table',
		title: (name: string, year: number) => `${name}: DTI ${year} scores before and after the merger`,
		desc: (name: string, parts: string, mean: string | undefined, published: string) =>
			`Dot plot on the DTI score axis. Each upper row is a former unit that ${name} was formed from, with its score and rank in the table before the merger: ${parts}. ` +
			(mean
				? `The mean of those scores: ${mean}. `
				: 'No mean is computed: a former unit has no published score. ') +
			`${name}'s score in the table after the merger: ${published}.`,
		meanRow: "Mean of the former units' scores (computed here)",
		noMean: (names: string) => `No mean computed: ${names} has no published score.`,
		publishedRow: (name: string, n?: number) => `${name} in the ${n ?? 34}-unit table (published)`,
		method:
			'Published method: each main index of a merged unit is the mean of that index over its former units, and the DTI score is computed from those indices. The 63-province table publishes DTI scores only, no main indices, so only the DTI score can be compared here.',
		check: (diff: string, exact: boolean) =>
			exact
				? "The mean of the former units' DTI scores, rounded to 4 decimals, equals the published score."
				: `The mean of the former units' DTI scores differs from the published score by ${diff}, within the error of rounding scores to 4 decimals.`,
		offBy: (diff: string) =>
			`The mean of the former units' DTI scores differs from the published score by ${diff}, more than rounding explains.`,
		tip: (name: string, year: number, score: string, rank?: string) =>
			`${name}, DTI ${year}: score ${score}${rank ? `, rank ${rank}` : ''}`,
	},
};

export const page = {
	latestTitle: (year: number) => `Latest result: DTI ${year}`,
	latestDetails: (year: number) => `DTI ${year} in detail: each main index, the average and the leader`,
	noResult: 'No DTI result has been published for this unit.',
	laterEdition: (year: number, status: string) => `DTI ${year}: ${status}.`,
	firstEdition: "The unit's first edition",
	historyTitle: 'Across editions',
};
