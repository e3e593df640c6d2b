"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { copyCohort, createCohort, createTrack, deleteTrack, updateCohort, updateTrack } from "@/lib/cohorts/commands";
import { changeCohortSchedule, changeSessionSchedule } from "@/lib/cohorts/schedule";
import { cohortScope, sessionScope, trackScope } from "@/lib/auth/scope";
import {
  changeCohortScheduleSchema,
  changeSessionScheduleSchema,
  copyCohortSchema,
  createCohortSchema,
  createTrackSchema,
  deleteTrackSchema,
  updateCohortSchema,
  updateTrackSchema,
} from "@/lib/cohorts/schemas";
import {
  createRecurringSessions,
  createSession,
  deleteSession,
  duplicateSession,
  updateSession,
} from "@/lib/timetable/commands";
import {
  createSessionSchema,
  deleteSessionSchema,
  duplicateSessionSchema,
  recurringSessionSchema,
  updateSessionSchema,
} from "@/lib/timetable/schemas";

// Every scope is read from the row the input names, so an id from another programme is checked
// against that programme (and refused), whatever page the request came from.
const byCohort = (input: { cohortId: string }, db: Parameters<typeof cohortScope>[0]) =>
  cohortScope(db, input.cohortId);
const bySession = (input: { sessionId: string }, db: Parameters<typeof sessionScope>[0]) =>
  sessionScope(db, input.sessionId);
const byTrack = (input: { trackId: string }, db: Parameters<typeof trackScope>[0]) => trackScope(db, input.trackId);

const actions = {
  createCohort: defineAction({
    permission: "cohort.manage",
    schema: createCohortSchema,
    scope: (i) => ({ programmeId: i.programmeId }),
    run: ({ db, actor }, i) => createCohort(db, actor, i),
  }),
  updateCohort: defineAction({
    permission: "cohort.manage",
    schema: updateCohortSchema,
    scope: byCohort,
    run: ({ db, actor }, i) => updateCohort(db, actor, i),
  }),
  copyCohort: defineAction({
    permission: "cohort.manage",
    schema: copyCohortSchema,
    scope: byCohort,
    run: ({ db, actor }, i) => copyCohort(db, actor, i),
  }),
  changeCohortSchedule: defineAction({
    permission: "cohort.manage",
    schema: changeCohortScheduleSchema,
    scope: byCohort,
    run: ({ db, actor }, i) => changeCohortSchedule(db, actor, i),
  }),
  createTrack: defineAction({
    permission: "cohort.manage",
    schema: createTrackSchema,
    scope: byCohort,
    run: ({ db, actor }, i) => createTrack(db, actor, i),
  }),
  updateTrack: defineAction({
    permission: "cohort.manage",
    schema: updateTrackSchema,
    scope: byTrack,
    run: ({ db, actor }, i) => updateTrack(db, actor, i),
  }),
  deleteTrack: defineAction({
    permission: "cohort.manage",
    schema: deleteTrackSchema,
    scope: byTrack,
    run: ({ db, actor }, i) => deleteTrack(db, actor, i),
  }),
  createSession: defineAction({
    permission: "cohort.manage",
    schema: createSessionSchema,
    scope: byCohort,
    run: ({ db, actor }, i) => createSession(db, actor, i),
  }),
  createRecurring: defineAction({
    permission: "cohort.manage",
    schema: recurringSessionSchema,
    scope: byCohort,
    run: ({ db, actor }, i) => createRecurringSessions(db, actor, i),
  }),
  updateSession: defineAction({
    permission: "cohort.manage",
    schema: updateSessionSchema,
    scope: bySession,
    run: ({ db, actor }, i) => updateSession(db, actor, i),
  }),
  duplicateSession: defineAction({
    permission: "cohort.manage",
    schema: duplicateSessionSchema,
    scope: bySession,
    run: ({ db, actor }, i) => duplicateSession(db, actor, i),
  }),
  deleteSession: defineAction({
    permission: "cohort.manage",
    schema: deleteSessionSchema,
    scope: bySession,
    run: ({ db, actor }, i) => deleteSession(db, actor, i),
  }),
  changeSessionSchedule: defineAction({
    permission: "cohort.manage",
    schema: changeSessionScheduleSchema,
    scope: bySession,
    run: ({ db, actor }, i) => changeSessionSchedule(db, actor, i),
  }),
};

function refresh<R extends { ok: boolean }>(result: R): R {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function createCohortAction(values: unknown) {
  return refresh(await actions.createCohort(values));
}
export async function updateCohortAction(values: unknown) {
  return refresh(await actions.updateCohort(values));
}
export async function copyCohortAction(values: unknown) {
  return refresh(await actions.copyCohort(values));
}
export async function changeCohortScheduleAction(values: unknown) {
  return refresh(await actions.changeCohortSchedule(values));
}
export async function createTrackAction(values: unknown) {
  return refresh(await actions.createTrack(values));
}
export async function updateTrackAction(values: unknown) {
  return refresh(await actions.updateTrack(values));
}
export async function deleteTrackAction(values: unknown) {
  return refresh(await actions.deleteTrack(values));
}
export async function createSessionAction(values: unknown) {
  return refresh(await actions.createSession(values));
}
export async function createRecurringSessionsAction(values: unknown) {
  return refresh(await actions.createRecurring(values));
}
export async function updateSessionAction(values: unknown) {
  return refresh(await actions.updateSession(values));
}
export async function duplicateSessionAction(values: unknown) {
  return refresh(await actions.duplicateSession(values));
}
export async function deleteSessionAction(values: unknown) {
  return refresh(await actions.deleteSession(values));
}
export async function changeSessionScheduleAction(values: unknown) {
  return refresh(await actions.changeSessionSchedule(values));
}
