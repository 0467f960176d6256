/**
 * The two province boundary files (CC BY-SA 4.0, see data/geo/SOURCES.md), by table geography.
 */
import type { Topology } from 'topojson-specification';
import vn63 from '../../../data/geo/vn-provinces-63.topo.json';
import vn34 from '../../../data/geo/vn-provinces-34.topo.json';

/** The TopoJSON for a provinces table geography ("vn-63" or "vn-34"). */
export function topologyFor(geography: string): Topology {
	if (geography === 'vn-63') return vn63 as unknown as Topology;
	if (geography === 'vn-34') return vn34 as unknown as Topology;
	throw new Error(`No map for geography "${geography}"`);
}
