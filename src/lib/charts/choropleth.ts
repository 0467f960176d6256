/**
 * Choropleth of the provinces by score. The mainland fills the frame (projection fitted to
 * 102.1–109.6 °E, 8.3–23.45 °N); the Hoàng Sa and Trường Sa island parts of their provinces
 * are drawn in two insets to the east, near their true latitude. Provinces without a published
 * value get a hatch, never the low end of the ramp.
 */
import { geoMercator, geoPath, type GeoProjection, type GeoStreamWrapper } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, tickLabels } from './format.ts';
import { sequentialColor } from './scales.ts';
import { relativePath } from './geo.ts';
import type { Gaps } from '../data/gaps.ts';

export interface MapValue {
	id: string;
	label: string;
	value?: number;
	href?: string;
	/** Why the value is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'value' | 'rank'>;
}

export interface MapOptions {
	width?: number;
	domain?: [number, number];
	locale?: Locale;
}

type Geo = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

const MAINLAND: [[number, number], [number, number]] = [
	[102.1, 8.3],
	[109.6, 23.45],
];
const ISLANDS = [
	// Labels in two lines: the inset is about 80 units wide at the map's layout width (340).
	{
		key: 'hoang-sa',
		label: ['Quần đảo', 'Hoàng Sa'],
		labelEn: ['Hoang Sa', '(Paracel)'],
		lat: [14, 18] as const,
	},
	{
		key: 'truong-sa',
		label: ['Quần đảo', 'Trường Sa'],
		labelEn: ['Truong Sa', '(Spratly)'],
		lat: [5, 12.5] as const,
	},
] as const;

function polygons(g: Polygon | MultiPolygon): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Which archipelago a polygon part belongs to (wholly east of 110 °E), or undefined for the mainland. */
export function archipelagoOf(part: Position[][]): (typeof ISLANDS)[number]['key'] | undefined {
	const ring = part[0];
	if (!ring.every(([lon]) => lon > 110)) return undefined;
	return ring[0][1] >= 14 ? 'hoang-sa' : 'truong-sa';
}

/** A projection whose stream drops points closer than `min` px to the previous one (smaller paths). */
export function thinned(projection: GeoProjection, min = 0.6): GeoStreamWrapper {
	return {
		stream(out) {
			let px = 0;
			let py = 0;
			let n = 0;
			return projection.stream({
				point(x, y) {
					if (n > 0 && Math.abs(x - px) < min && Math.abs(y - py) < min) return;
					px = x;
					py = y;
					n++;
					out.point(x, y);
				},
				lineStart() {
					n = 0;
					out.lineStart();
				},
				lineEnd: () => out.lineEnd(),
				polygonStart: () => out.polygonStart(),
				polygonEnd: () => out.polygonEnd(),
				sphere: () => out.sphere?.(),
			});
		},
	};
}

function multi(parts: Position[][][]): MultiPolygon {
	return { type: 'MultiPolygon', coordinates: parts };
}

interface MapGeometry {
	mainBottom: number;
	insets: { key: string; box: { x: number; y: number; w: number; h: number } }[];
	shapes: { code: string; name: string; d: string; inset: { key: string; d: string }[] }[];
}

/** Projected province outlines depend only on the map and the width: computed once per pair. */
const geometryCache = new WeakMap<Topology, Map<number, MapGeometry>>();

function geometry(topology: Topology, width: number): MapGeometry {
	let byWidth = geometryCache.get(topology);
	if (!byWidth) geometryCache.set(topology, (byWidth = new Map()));
	const hit = byWidth.get(width);
	if (hit) return hit;
	const object = topology.objects.provinces as GeometryCollection<{ code: string; name: string }>;
	const features = (feature(topology, object) as unknown as { features: Geo[] }).features;
	const mainW = Math.round(width * 0.72);
	const frame = { type: 'MultiPoint' as const, coordinates: MAINLAND };
	const main: GeoProjection = geoMercator().fitExtent(
		[
			[4, 8],
			[mainW, 8 + mainW * 2.05],
		],
		frame,
	);
	const path = geoPath(thinned(main)).digits(1);
	const [, mainBottom] = main(MAINLAND[0]) ?? [0, 0];

	const insetX0 = mainW + 10;
	const insets = ISLANDS.map((isl) => {
		const parts = features.flatMap((f) => polygons(f.geometry).filter((p) => archipelagoOf(p) === isl.key));
		const [, yTop] = main([110, isl.lat[1]]) ?? [0, 0];
		const boxH = Math.round((width - 6 - insetX0) * (isl.key === 'hoang-sa' ? 1.3 : 1.5));
		const box = { x: insetX0, y: roundPx(yTop), w: width - 6 - insetX0, h: boxH };
		const proj = geoMercator().fitExtent(
			[
				[box.x + 6, box.y + 36],
				[box.x + box.w - 6, box.y + box.h - 6],
			],
			multi(parts),
		);
		return { key: isl.key, box, path: geoPath(proj).digits(1) };
	});
	const shapes = features.map((f) => {
		const parts = polygons(f.geometry);
		const mainland = parts.filter((p) => !archipelagoOf(p));
		const inset = insets.flatMap((i) => {
			const own = parts.filter((p) => archipelagoOf(p) === i.key);
			return own.length ? [{ key: i.key, d: relativePath(i.path(multi(own)) ?? '') }] : [];
		});
		return {
			code: f.properties.code,
			name: f.properties.name,
			d: relativePath(path(multi(mainland)) ?? ''),
			inset,
		};
	});
	const g = { mainBottom, insets: insets.map(({ key, box }) => ({ key, box })), shapes };
	byWidth.set(width, g);
	return g;
}

/** Lays out the province map: one path per province (plus inset parts), fills, legend and insets. */
export function layoutChoropleth(
	topology: Topology,
	values: Map<string, MapValue>,
	options: MapOptions = {},
) {
	const { width = 340, locale = 'vi' } = options;
	const { mainBottom, insets: boxes, shapes } = geometry(topology, width);
	const insets = ISLANDS.map((isl) => ({ ...isl, box: boxes.find((b) => b.key === isl.key)!.box }));

	const known = [...values.values()].flatMap((v) => (v.value === undefined ? [] : [v.value]));
	const domain = options.domain ?? [
		Math.floor(Math.min(...known) * 20) / 20,
		Math.ceil(Math.max(...known) * 20) / 20,
	];
	const colorOf = sequentialColor(domain[0], domain[1]);
	const provinces = shapes.map((sh) => {
		const v = values.get(sh.code);
		return {
			code: sh.code,
			id: v?.id ?? `code-${sh.code}`,
			label: v?.label ?? sh.name,
			value: v?.value,
			href: v?.href,
			valueText: formatScore(v?.value, locale),
			gaps: v?.gaps,
			fill: v?.value === undefined ? undefined : colorOf(v.value),
			d: sh.d,
			inset: sh.inset,
		};
	});

	const bottom = Math.max(mainBottom, ...insets.map((i) => i.box.y + i.box.h));
	const legendY = Math.round(bottom + 18);
	// Room right of the ramp for the no-data swatch and its label at 13 units (the phone size).
	const legendW = Math.min(220, width - 140);
	const steps = 10;
	const ticks = [domain[0], (domain[0] + domain[1]) / 2, domain[1]];
	const labels = tickLabels(ticks, locale);
	return {
		width,
		height: legendY + 50,
		provinces,
		insets,
		legend: {
			x: 8,
			y: legendY,
			w: legendW,
			stops: Array.from({ length: steps + 1 }, (_, i) => ({
				offset: i / steps,
				color: colorOf(domain[0] + ((domain[1] - domain[0]) * i) / steps),
			})),
			ticks: ticks.map((t, i) => ({
				x: roundPx(8 + (legendW * (t - domain[0])) / (domain[1] - domain[0])),
				label: labels[i],
			})),
			noDataX: legendW + 24,
		},
		domain,
	};
}

export type MapLayout = ReturnType<typeof layoutChoropleth>;
