import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN } from "./schemas";

/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
const PASSWORD_MIN_SCORE = 3;

// The common-passwords list (tens of thousands of leaked passwords) and keyboard patterns come from the
// maintained @zxcvbn-ts/language-common package; built once per process.
let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return factory;
}

/**
 * Why a new password is refused, or null when it is fine. The person's own name and address count as
 * guesses too. Checked on the server for every new password (sign-up, reset, change, claim).
 */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  const inputs = personal
    .flatMap((value) => [
      value,
      value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""),
      ...value.toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ])
    .filter((v) => v.length >= 3);
  const result = estimator().check(password.slice(0, 128), inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const common = result.sequence.some((m) => m.pattern === "dictionary" && m.dictionaryName === "passwords-common");
  return common
    ? "This password is on the lists of common and leaked passwords. Choose another, for example three or four unrelated words."
    : "This password is too easy to guess. Make it longer, for example three or four unrelated words.";
}
