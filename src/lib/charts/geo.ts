/**
 * The two province boundary files (CC BY-SA 4.0, see data/geo/SOURCES.md), by table geography,
 * simplified once per process for display (see `displayTopology`).
 */
import type { Topology } from 'topojson-specification';
import { filter, filterWeight, planarRingArea, presimplify, quantile, simplify } from 'topojson-simplify';
import vn63 from '../../../data/geo/vn-provinces-63.topo.json';
import vn34 from '../../../data/geo/vn-provinces-34.topo.json';

/**
 * How much of the committed outlines a map draws. The files keep detail for maps up to ~1,000 px;
 * a chart at content width needs far less, and every vertex costs bytes on every map page.
 * - `keep`: the share of vertices kept on the mainland, by Visvalingam weight (topology-aware:
 *   shared borders are simplified once, so neighbours stay aligned).
 * - `islandZoom`: the Hoàng Sa and Trường Sa insets are drawn about twice the mainland scale, so
 *   the weights (areas) of their arcs count 2² = 4 times.
 * - `minRingArea` / `minIslandRingArea`: rings smaller than these (square degrees; 0.0001 ≈ 1.2 km²)
 *   are dropped: below a pixel at any width the site draws. Named islands (Bạch Long Vĩ ≈ 2.5 km²,
 *   Cồn Cỏ ≈ 2.2 km²) are larger; the archipelagos keep every feature above ≈ 0.06 km².
 * - `islandSpan`: an island that is one closed arc smaller than this (degrees) keeps every vertex,
 *   so Lý Sơn or Côn Sơn do not collapse to a triangle.
 */
export const DISPLAY_SIMPLIFICATION = {
	keep: 0.25,
	islandZoom: 2,
	minRingArea: 0.0001,
	minIslandRingArea: 0.000005,
	islandSpan: 0.3,
} as const;

/** East of this longitude a ring belongs to the Hoàng Sa or Trường Sa archipelagos. */
const ARCHIPELAGO_LON = 110;

/** A display copy of a topology: tiny rings dropped, then simplified, islands kept whole. */
export function displayTopology(source: Topology, options = DISPLAY_SIMPLIFICATION): Topology {
	type Simplifiable = Parameters<typeof presimplify>[0];
	const copy = structuredClone(source) as Simplifiable;
	const mainland = filterWeight(copy, options.minRingArea, planarRingArea);
	const islands = filterWeight(copy, options.minIslandRingArea, planarRingArea);
	const quantized = copy as Simplifiable & {
		arcs: number[][][];
		transform: { scale: number[]; translate: number[] };
	};
	const lon = (arc: number[][]) => {
		let x = 0;
		return arc.map(([dx]) => (x += dx) * quantized.transform.scale[0] + quantized.transform.translate[0]);
	};
	const eastArc = quantized.arcs.map((arc) => lon(arc).every((x) => x > ARCHIPELAGO_LON));
	const inArchipelago = (ring: ArrayLike<number>) => Array.from(ring).every((a) => eastArc[a < 0 ? ~a : a]);
	// topojson-simplify passes a ring as its arc indices (the typings say positions).
	const kept = filter(copy, (ring, interior) =>
		inArchipelago(ring as unknown as ArrayLike<number>) ? islands(ring, interior) : mainland(ring, interior),
	);
	const topo = presimplify(kept) as Simplifiable & { arcs: number[][][] };
	const threshold = quantile(topo, options.keep);
	const factor = options.islandZoom ** 2;
	for (const arc of topo.arcs) {
		const xs = arc.map((p) => p[0]);
		const ys = arc.map((p) => p[1]);
		const closed = xs[0] === xs.at(-1) && ys[0] === ys.at(-1);
		const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
		const east = xs.every((x) => x > ARCHIPELAGO_LON);
		// An island drawn as one small closed arc keeps its outline: simplified, it would collapse.
		if (closed && span < options.islandSpan && !east) for (const p of arc) p[2] = Infinity;
		else if (east) for (const p of arc) p[2] *= factor;
	}
	return simplify(topo, threshold) as unknown as Topology;
}

const display = new Map<string, Topology>();

/** The display TopoJSON for a provinces table geography ("vn-63" or "vn-34"), simplified once. */
export function topologyFor(geography: string): Topology {
	const hit = display.get(geography);
	if (hit) return hit;
	const source = sourceTopology(geography);
	const topo = displayTopology(source);
	display.set(geography, topo);
	return topo;
}

/** The committed TopoJSON for a geography, as in data/geo (for checks against the display copy). */
export function sourceTopology(geography: string): Topology {
	if (geography === 'vn-63') return vn63 as unknown as Topology;
	if (geography === 'vn-34') return vn34 as unknown as Topology;
	throw new Error(`No map for geography "${geography}"`);
}

/**
 * A d3-geo path ("M x,y L x,y … Z", absolute) rewritten with relative commands on whole pixels:
 * "m264,162 2,3 1,3-2,1z". Map outlines are the bulk of a map page; small integer steps take
 * about half the bytes of absolute decimals, and half a pixel is invisible at any width drawn.
 * Points are rounded in absolute terms before differencing, so rounding never accumulates, and
 * steps that round to nothing are dropped. After `z` the current point is the subpath's start,
 * as SVG defines it.
 */
export function relativePath(d: string): string {
	let out = '';
	let px = 0;
	let py = 0;
	let start = [0, 0];
	let open = false;
	for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		if (cmd === 'Z') {
			out += 'z';
			// After a closepath the current point is the subpath's first point.
			[px, py] = start;
			open = false;
			continue;
		}
		const [x, y] = args.split(',').map((v) => Math.round(Number(v)));
		const dx = x - px;
		const dy = y - py;
		if (cmd === 'L' && open && dx === 0 && dy === 0) continue;
		const step = `${dx}${dy < 0 ? '' : ','}${dy}`;
		out += cmd === 'M' ? `m${step}` : `${dx < 0 ? '' : ' '}${step}`;
		if (cmd === 'M') start = [x, y];
		px = x;
		py = y;
		open = true;
	}
	return out;
}
