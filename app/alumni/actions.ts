"use server";

import { formOf } from "@/lib/auth/form-data";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp, defineAction } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { reportConcern, sendMessage, setBlock } from "@/lib/alumni/message-commands";
import { addComment, createPost, hideComment, moderatePost, setRsvp } from "@/lib/alumni/post-commands";
import {
  blockSchema,
  commentSchema,
  hideCommentSchema,
  messageSchema,
  moderatePostSchema,
  postSchema,
  reportSchema,
  rsvpSchema,
} from "@/lib/alumni/schemas";

// Every action names its permission row; the command checks it again (ARCHITECTURE.md).
const create = defineAction({
  permission: "alumni.post",
  schema: postSchema,
  run: ({ db, actor }, input) => createPost(db, actor, input),
});
const comment = defineAction({
  permission: "alumni.comment",
  schema: commentSchema,
  run: ({ db, actor }, input) => addComment(db, actor, input),
});
const rsvp = defineAction({
  permission: "alumni.post",
  schema: rsvpSchema,
  run: ({ db, actor }, input) => setRsvp(db, actor, input),
});
const moderate = defineAction({
  permission: "alumni.moderate",
  schema: moderatePostSchema,
  run: ({ db, actor }, input) => moderatePost(db, actor, input),
});
const hide = defineAction({
  permission: "alumni.moderate",
  schema: hideCommentSchema,
  run: ({ db, actor }, input) => hideComment(db, actor, input),
});
const message = defineAction({
  permission: "alumni.message",
  schema: messageSchema,
  run: async ({ db, actor }, input) => (
    await enforceRateLimit(db, { action: "alumni-message", address: clientIp(await headers()) }),
    sendMessage(db, actor, input)
  ),
});
const block = defineAction({
  permission: "alumni.message",
  schema: blockSchema,
  run: ({ db, actor }, input) => setBlock(db, actor, input),
});
const report = defineAction({
  permission: "alumni.message",
  schema: reportSchema,
  run: ({ db, actor }, input) => reportConcern(db, actor, input),
});

export async function createPostAction(raw: unknown) {
  const result = await create(raw);
  if (result.ok) revalidatePath("/alumni/posts");
  return result;
}

export async function sendMessageAction(raw: unknown) {
  const result = await message(raw);
  if (result.ok) revalidatePath("/alumni/messages", "layout");
  return result;
}

export async function reportAction(raw: unknown) {
  return report(raw);
}

// Plain form actions (they work without JavaScript); the page they return to shows the new state.
export async function commentAction(raw: unknown): Promise<void> {
  const formData = formOf(raw);
  const result = await comment(Object.fromEntries(formData));
  if (result.ok) revalidatePath(`/alumni/posts/${String(formData.get("postId"))}`);
}

export async function rsvpAction(raw: unknown): Promise<void> {
  const formData = formOf(raw);
  await rsvp(Object.fromEntries(formData));
  revalidatePath(`/alumni/posts/${String(formData.get("postId"))}`);
}

export async function moderatePostAction(raw: unknown): Promise<void> {
  const formData = formOf(raw);
  await moderate(Object.fromEntries(formData));
  revalidatePath("/alumni/posts", "layout");
}

export async function hideCommentAction(raw: unknown): Promise<void> {
  const formData = formOf(raw);
  await hide(Object.fromEntries(formData));
  revalidatePath("/alumni/posts", "layout");
}

export async function blockAction(raw: unknown): Promise<void> {
  const formData = formOf(raw);
  await block(Object.fromEntries(formData));
  revalidatePath("/alumni/messages", "layout");
}
