import { numberFormat } from "@/lib/format";
/** Amounts are kept as typed (a decimal string) and summed in minor units, so totals never drift. */
const AMOUNT = /^\d{1,12}(?:[.,]\d{1,2})?$/;

export type AmountCheck = { ok: true; minor: number } | { ok: false; message: string };

export const AMOUNT_NOT_NUMBER = "Enter the amount as a number, like 1200 or 1200.50.";
export const AMOUNT_NEGATIVE = "An amount cannot be negative.";

/** Reads "1200", "1,200.50" is refused (thousands separators are ambiguous across languages); "1200,50" is read as 1200.50. */
export function parseAmount(raw: string): AmountCheck {
  const value = raw.trim().replace(/\s/g, "");
  if (/^-/.test(value) && AMOUNT.test(value.slice(1))) return { ok: false, message: AMOUNT_NEGATIVE };
  if (!AMOUNT.test(value)) return { ok: false, message: AMOUNT_NOT_NUMBER };
  const [whole, fraction = ""] = value.replace(",", ".").split(".");
  return { ok: true, minor: Number(whole) * 100 + Number(fraction.padEnd(2, "0")) };
}

export type BudgetRow = { item: string; amount: string; currency: string };
export type BudgetTotal = { currency: string; minor: number; formatted: string };

function formatMinor(minor: number, currency: string, locale = "en"): string {
  try {
    return numberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(minor / 100);
  } catch {
    return `${currency} ${(minor / 100).toFixed(2)}`;
  }
}

/** One total per currency, in the order currencies first appear; rows without a valid amount are left out. */
export function budgetTotals(rows: readonly BudgetRow[], locale = "en"): BudgetTotal[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (!row.amount.trim() || !row.currency.trim()) continue;
    const parsed = parseAmount(row.amount);
    if (!parsed.ok) continue;
    const currency = row.currency.trim().toUpperCase();
    totals.set(currency, (totals.get(currency) ?? 0) + parsed.minor);
  }
  return [...totals].map(([currency, minor]) => ({ currency, minor, formatted: formatMinor(minor, currency, locale) }));
}
