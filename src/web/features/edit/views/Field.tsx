import type { ReactNode } from "react";

/** The props that tie an input to the problem shown beside it. */
export function problemProps(id: string, problems: readonly string[] | undefined) {
  return problems === undefined ? { id } : { id, "aria-invalid": true as const, "aria-describedby": `${id}-problem` };
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  /** The server's sentences about this field, shown beside it. */
  readonly problems: readonly string[] | undefined;
  readonly children: ReactNode;
  readonly hint?: string;
}

export function Field({ id, label, problems, children, hint }: FieldProps) {
  return (
    <div className="edit-field" data-testid={`field-${id}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint !== undefined && <span className="muted edit-hint">{hint}</span>}
      {problems !== undefined && (
        <p id={`${id}-problem`} className="field-problem" role="alert" data-testid={`problem-${id}`}>
          {problems.join(" ")}
        </p>
      )}
    </div>
  );
}
