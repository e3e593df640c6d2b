/**
 * A list's one-field search: a GET form (the query lands in the address, so a search can be bookmarked, and paging
 * keeps it), its label for screen readers, the field and its button.
 */
export function SearchForm({
  action,
  id,
  name = "q",
  value,
  label,
  button,
  className = "flex max-w-md gap-2",
}: {
  action: string;
  id: string;
  name?: string;
  value: string | undefined;
  label: string;
  button: string;
  className?: string;
}) {
  return (
    <form role="search" action={action} className={className}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="search"
        defaultValue={value ?? ""}
        placeholder={label}
        className="h-10 flex-1 rounded-md border border-input px-3"
      />
      <button type="submit" className="rounded-md border px-3 hover:bg-accent">
        {button}
      </button>
    </form>
  );
}
