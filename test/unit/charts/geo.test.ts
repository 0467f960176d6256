import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { relativePath, sourceTopology, topologyFor } from '../../../src/lib/charts/geo.ts';

type Province = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

function provinces(topo: Topology): Province[] {
	const object = topo.objects.provinces as GeometryCollection<{ code: string; name: string }>;
	return (feature(topo, object) as unknown as { features: Province[] }).features;
}

function parts(f: Province) {
	return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Islands a reader looks for, with a point on each (lon, lat) and their 63-unit province code. */
const ISLANDS: [string, number, number, string][] = [
	['Phú Quốc', 103.96, 10.23, '91'],
	['Côn Sơn (Côn Đảo)', 106.6, 8.69, '77'],
	['Cát Bà', 107.03, 20.8, '31'],
	['Lý Sơn', 109.12, 15.38, '51'],
	['Phú Quý', 108.94, 10.52, '60'],
];

/** Distance in degrees from a point to the nearest vertex of a province. */
function nearestVertex(f: Province, lon: number, lat: number): number {
	let best = Infinity;
	for (const part of parts(f))
		for (const [x, y] of part[0]) best = Math.min(best, Math.hypot(x - lon, y - lat));
	return best;
}

describe.each(['vn-63', 'vn-34'])('the display map of %s', (geography) => {
	const source = provinces(sourceTopology(geography));
	const display = provinces(topologyFor(geography));

	it('keeps every province, in the same order', () => {
		expect(display.map((f) => f.properties.code)).toEqual(source.map((f) => f.properties.code));
	});

	it("changes no province's mainland area by more than 3 %", () => {
		// The archipelagos lose reefs below a pixel (their own test below); the rest keeps its shape.
		const mainland = (f: Province): Province => ({
			...f,
			geometry: {
				type: 'MultiPolygon',
				coordinates: parts(f).filter((p) => !p[0].every(([lon]) => lon > 110)),
			},
		});
		const worst = display.map((f, i) => {
			const a = geoArea(mainland(source[i]));
			return { code: f.properties.code, change: Math.abs(geoArea(mainland(f)) - a) / a };
		});
		expect(
			worst.filter((w) => w.change > 0.03).map((w) => `${w.code} ${(w.change * 100).toFixed(1)}%`),
		).toEqual([]);
	});

	it('draws far fewer vertices than the committed file', () => {
		const count = (fs: Province[]) => JSON.stringify(fs.map((f) => f.geometry)).length;
		expect(count(display)).toBeLessThan(count(source) * 0.4);
	});

	it('keeps the Hoàng Sa and Trường Sa archipelagos', () => {
		const east = (fs: Province[]) =>
			fs.flatMap((f) => parts(f).filter((p) => p[0].every(([lon]) => lon > 110))).length;
		expect(east(source)).toBeGreaterThan(300);
		// Reefs under ≈ 0.06 km² go; the groups stay, with dozens of features each.
		expect(east(display)).toBeGreaterThan(80);
	});

	it('keeps at least one ring per province', () => {
		expect(display.filter((f) => parts(f).length < 1)).toEqual([]);
	});
});

describe('the 63-unit display map', () => {
	const source = provinces(sourceTopology('vn-63'));
	const display = provinces(topologyFor('vn-63'));
	it.each(ISLANDS)('keeps %s in its province', (_name, lon, lat, code) => {
		const src = source.find((f) => f.properties.code === code)!;
		const shown = display.find((f) => f.properties.code === code)!;
		// The test point lies on the island in the committed file …
		expect(nearestVertex(src, lon, lat)).toBeLessThan(0.1);
		// … and the display copy still has land there.
		expect(nearestVertex(shown, lon, lat)).toBeLessThan(0.1);
		expect(geoContains(shown, [lon, lat]) || nearestVertex(shown, lon, lat) < 0.05).toBe(true);
	});
});

/** Absolute points of a relative path (m/z and implicit lineto), as SVG reads it. */
function absolutePoints(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, body] of d.matchAll(/([mz])([^mz]*)/g)) {
		if (cmd === 'z') {
			[x, y] = rings.at(-1)![0];
			continue;
		}
		const nums = body.match(/-?\d+(\.\d+)?/g)!.map(Number);
		const ring: [number, number][] = [];
		for (let i = 0; i < nums.length; i += 2) {
			x += nums[i];
			y += nums[i + 1];
			ring.push([x, y]);
		}
		rings.push(ring);
	}
	return rings;
}

describe('relativePath', () => {
	it('writes whole-pixel relative steps that SVG reads back to the rounded points', () => {
		const d = 'M10.4,20.6L12.2,25.1L9.6,25.4ZM100,100L101.2,99.4L100.3,98.2Z';
		expect(relativePath(d)).toBe('m10,21 2,4-2,0zm90,79 1-1-1-1z');
		expect(absolutePoints(relativePath(d))).toEqual([
			[
				[10, 21],
				[12, 25],
				[10, 25],
			],
			[
				[100, 100],
				[101, 99],
				[100, 98],
			],
		]);
	});

	it('drops steps that round to nothing', () => {
		expect(relativePath('M0,0L0.2,0.1L0.4,0.3L3,3Z')).toBe('m0,0 3,3z');
	});
});
