import { clsx, type ClassValue } from "clsx";
import { createTailwindMerge } from "tailwind-merge";

const any = () => true;

/**
 * tailwind-merge's engine with only the class groups this app's components override (lib/utils.test.ts finds
 * every className given to a ui primitive and every `cn(…)` in app/ and components/, and holds this to the full
 * tailwind-merge on each): its full table of every Tailwind utility is ≈ 6 kB more gzipped on every page with a
 * client component (e2e/bench/RESULTS.md bench:reach). Outside these groups classes are joined, not merged: a
 * new override of another kind fails that test until its group is added here.
 */
const merge = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    w: [{ w: [any] }],
    h: [{ h: [any] }],
    p: [{ p: [any] }],
    px: [{ px: [any] }],
    py: [{ py: [any] }],
    "vertical-align": [{ align: ["baseline", "top", "middle", "bottom", "text-top", "text-bottom", "sub", "super"] }],
    "text-alignment": [{ text: ["left", "center", "right", "justify", "start", "end"] }],
    "font-size": [{ text: ["xs", "sm", "base", "lg", "xl", "2xl", "3xl", "4xl", "5xl", "6xl", "7xl", "8xl", "9xl"] }],
    "text-color": [{ text: [any] }],
    "font-weight": [
      { font: ["thin", "extralight", "light", "normal", "medium", "semibold", "bold", "extrabold", "black"] },
    ],
  },
  conflictingClassGroups: { p: ["px", "py"] },
  conflictingClassGroupModifiers: {},
  orderSensitiveModifiers: [],
}));

export function cn(...inputs: ClassValue[]) {
  return merge(clsx(inputs));
}
