/** Words as people count them: runs of letters or digits, with inner apostrophes and hyphens kept. */
export function countWords(text: string | null | undefined): number {
  if (!text) return 0;
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** "412 / 500 words" */
export function wordCountLabel(text: string | null | undefined, limit: number): string {
  return `${countWords(text)} / ${limit} words`;
}
