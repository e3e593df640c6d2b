type ActionFailure = { ok: false; code?: string; formError: string; fieldErrors: Record<string, string[]> };
type ActionOutcome<T = object> = ({ ok: true } & T) | ActionFailure;
export type ServerAction<T = object> = (input: unknown) => Promise<ActionOutcome<T>>;
