// Single entry point for country data; import from "@/lib/geo" (or
// "lib/geo") rather than from i18n-iso-countries directly, so naming
// overrides and region rules apply everywhere.
export * from "./regions";
export * from "./groups";
export * from "./codes";
export * from "./countries";
export * from "./m49";
export * from "./group-refs";
