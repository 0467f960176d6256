/**
 * Regions of provinces for lists and filters: the six socio-economic regions in the order of their
 * codes (north to south), and a key for units that have none (merged units whose former provinces
 * lie in several regions: no official classification of them was found, so none is guessed).
 */
import type { z } from 'astro/zod';
import type { regionCode } from './data/schema.ts';

export type RegionCode = z.output<typeof regionCode>;
/** Filter and data-region value of a unit without a region ("chưa xếp vùng"). */
export const NO_REGION = 'none';

/** The unit's region code, or NO_REGION. */
export function regionOf(u: { region?: RegionCode } | object | undefined): RegionCode | typeof NO_REGION {
	return u && 'region' in u && u.region ? u.region : NO_REGION;
}
