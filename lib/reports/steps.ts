/** The funnel's steps in their order: what the reports count, and their columns (no server code, so journeys read it too). */
export const FUNNEL_STEPS = [
  "started",
  "submitted",
  "eligible",
  "reviewed",
  "shortlisted",
  "offered",
  "confirmed",
  "completed",
  "alumni",
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
