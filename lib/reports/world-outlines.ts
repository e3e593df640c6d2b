import "server-only";
import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldAtlas from "world-atlas/countries-110m.json";
import { countryFromNumeric } from "@/lib/geo";
import { relativePath } from "./svg-path";

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 470;

type Outlines = { svg: string; href: string; codes: ReadonlySet<string> };

// The projected outlines never change: drawn once per server process, not per request.
let outlines: Outlines | null = null;

/**
 * The world's country outlines as one SVG document (world-atlas 110m, Equal Earth): a group `#world` of every
 * country, each with a path `#<alpha-2 code>`. Maps draw it by reference (`<use href="…#KE">`), so a page carries
 * a country's fill and title but never its outline: the browser fetches the outlines once (`href` is versioned by
 * their content, so it may keep them for good) for every map on every page.
 */
export function worldOutlines(): Outlines {
  if (outlines) return outlines;
  const topology = worldAtlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([WORLD_WIDTH, WORLD_HEIGHT], countries);
  // One decimal is a tenth of a pixel at this size: half the bytes of the default, no visible change.
  const path = geoPath(projection).digits(1);
  // A code the atlas splits over several features is one path, so that `#code` draws all of it.
  const byCode = new Map<string, string>();
  const unnamed: string[] = [];
  for (const f of countries.features) {
    // Absolute here, made relative once per path below (relative moves would not survive being joined).
    const d = path(f) ?? "";
    if (!d) continue;
    const code = f.id === undefined ? undefined : countryFromNumeric(String(f.id));
    if (code) byCode.set(code, (byCode.get(code) ?? "") + d);
    else unnamed.push(d);
  }
  const paths = [
    ...[...byCode].map(([code, d]) => `<path id="${code}" d="${relativePath(d)}"/>`),
    ...unnamed.map((d) => `<path d="${relativePath(d)}"/>`),
  ].join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WORLD_WIDTH} ${WORLD_HEIGHT}"><g id="world">${paths}</g></svg>`;
  const version = createHash("sha256").update(svg).digest("hex").slice(0, 12);
  outlines = { svg, href: `/maps/world.svg?v=${version}`, codes: new Set(byCode.keys()) };
  return outlines;
}
