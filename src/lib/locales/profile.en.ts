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
};

export const page = {
	latestTitle: (year: number) => `Latest result: DTI ${year}`,
	latestDetails: (year: number) => `DTI ${year} in detail: each main index, the average and the leader`,
	noResult: 'No DTI result has been published for this unit.',
	laterEdition: (year: number, status: string) => `DTI ${year}: ${status}.`,
	firstEdition: "The unit's first edition",
	historyTitle: 'Across editions',
};
