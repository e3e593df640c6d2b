import type { ProposalTemplate } from "@/db/schema";

/** The long-text fields whose words are counted against the template's limits. */
export const LONG_FIELDS = ["summary", "objectives", "partners", "outcomes", "risks"] as const;
export type LongField = (typeof LONG_FIELDS)[number];

export const DEFAULT_PROPOSAL_TEMPLATE: ProposalTemplate = {
  instructions:
    "Develop the project you proposed in your application into a plan you could carry out at home: what, why, with whom, when and at what cost. Your mentor reads it and scores it against the rubric below.",
  wordLimits: { summary: 300, objectives: 300, partners: 200, outcomes: 300, risks: 200 },
  rubric: [
    { id: "relevance", label: "Relevance to the field and the community it serves", max: 10, weight: 0.3 },
    { id: "feasibility", label: "Feasibility of the activities, timeline and budget", max: 10, weight: 0.4 },
    { id: "impact", label: "Expected outcomes and their sustainability", max: 10, weight: 0.3 },
  ],
};

export function wordLimit(template: ProposalTemplate, field: LongField): number {
  return template.wordLimits[field] ?? DEFAULT_PROPOSAL_TEMPLATE.wordLimits[field] ?? 300;
}

/** The multi-step form's steps, in order; each names the fields it holds. */
export const PROPOSAL_STEPS = [
  { id: "basics", title: "The project", fields: ["title", "field", "summary"] },
  { id: "plan", title: "Objectives and activities", fields: ["objectives", "activities"] },
  { id: "budget", title: "Budget", fields: ["budget"] },
  { id: "context", title: "Partners, outcomes and risks", fields: ["partners", "outcomes", "risks"] },
  { id: "submit", title: "Attachments and submission", fields: ["shareWithAlumni"] },
] as const;
