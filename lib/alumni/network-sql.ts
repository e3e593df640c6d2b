import { enrolments, users } from "@/db/schema";
import { subquery } from "@/db/subquery";

/** Someone is an alumnus while they hold a completed enrolment (as lib/auth/actor.ts derives the role). */
export const isAlumnusSql = subquery`exists (select 1 from ${enrolments} where ${enrolments.userId} = ${users.id} and ${enrolments.status} = 'completed')`;
