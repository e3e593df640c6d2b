import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { AbstractIntlMessages } from "use-intl/core";

type Tree = AbstractIntlMessages;

/** The branch of the messages at a dotted namespace ("selection.decisions"), copied into `into` at the same place. */
function copyBranch(from: Tree, into: Tree, namespace: string) {
  const parts = namespace.split(".");
  let source: Tree | string | undefined = from;
  let target = into;
  for (const [index, part] of parts.entries()) {
    source = typeof source === "object" ? source[part] : undefined;
    if (source === undefined) throw new Error(`ClientMessages: no messages under "${namespace}"`);
    if (index === parts.length - 1) target[part] = source;
    else target = (target[part] ??= {}) as Tree;
  }
}

/**
 * The messages the client components below call, and no others: every message would otherwise travel in every
 * page's HTML (≈ 23 kB gzipped of the home page's 30 kB). Server components read all messages on the server and
 * need none of these. Providers do not merge, the innermost one wins: a layout or page lists every namespace that
 * the client components under it call with useTranslations; lib/i18n/client-messages.test.ts checks the lists
 * against the source.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: React.ReactNode;
}) {
  const all = await getMessages();
  const picked: Tree = {};
  for (const namespace of namespaces) copyBranch(all, picked, namespace);
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
