/**
 * Arguments (and policy definitions, consumer arguments) as compact "key = value" lines; values
 * keep their JSON form so types stay visible (1 vs "1"). The broker sends an empty definition as [].
 */
export function ArgumentList({ args, empty = '—' }: { args: Record<string, unknown> | [] | null | undefined; empty?: string }) {
  const entries = args && !Array.isArray(args) ? Object.entries(args) : [];
  if (entries.length === 0) return <span className="text-zinc-400">{empty}</span>;
  return (
    <ul className="flex flex-col gap-0.5 font-mono text-xs">
      {entries.map(([key, value]) => (
        <li key={key} className="break-all">
          <span className="text-zinc-600 dark:text-zinc-400">{key}</span> = {typeof value === 'string' ? value : JSON.stringify(value)}
        </li>
      ))}
    </ul>
  );
}
