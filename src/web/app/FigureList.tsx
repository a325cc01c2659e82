import { Fragment, type ReactNode } from "react";

/** Headline figures as a definition list of translated labels and their values. */
export function FigureList({
  entries,
  className = "figures",
}: {
  entries: readonly (readonly [label: string, value: ReactNode])[];
  className?: string;
}) {
  return (
    <dl className={className}>
      {entries.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
