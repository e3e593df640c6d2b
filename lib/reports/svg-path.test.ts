import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldAtlas from "world-atlas/countries-110m.json";
import { expect, it } from "vitest";
import { relativePath } from "./svg-path";

/** The points a path visits, in whole tenths, with a break at each move and close; repeated points dropped. */
function points(d: string): string[] {
  const out: string[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([mlzMLZ])([^mlzMLZ]*)/g)) {
    if (command === "z" || command === "Z") {
      [x, y] = [startX, startY];
      out.push("|");
      continue;
    }
    const v = (args!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < v.length; i += 2) {
      const relative = command === command!.toLowerCase();
      [x, y] = relative ? [x + v[i]!, y + v[i + 1]!] : [v[i]!, v[i + 1]!];
      if ((command === "m" || command === "M") && i === 0) [startX, startY] = [x, y];
      const point = `${Math.round(x * 10) + 0},${Math.round(y * 10) + 0}`;
      if (out.at(-1) !== point) out.push(point);
    }
  }
  return out;
}

it("rewrites every country's outline with relative moves, to the same points, in fewer bytes", () => {
  const topology = worldAtlas as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const path = geoPath(geoEqualEarth().fitSize([960, 470], countries)).digits(1);
  let before = 0;
  let after = 0;
  for (const f of countries.features) {
    const d = path(f) ?? "";
    const relative = relativePath(d);
    expect(points(relative)).toEqual(points(d));
    before += d.length;
    after += relative.length;
  }
  expect(after).toBeLessThan(before * 0.7);
});
