interface Props {
  readonly id: string;
  readonly fieldKey: string;
  readonly messages?: readonly string[];
}

/** What is wrong with one field, placed under it and referenced by its aria-describedby. */
export function FieldProblems({ id, fieldKey, messages }: Props) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {messages.map((message, index) => (
        <li key={index} className="field-problem" data-testid="field-problem" data-param-key={fieldKey}>
          {message}
        </li>
      ))}
    </ul>
  );
}

/** The ids an input should be described by: its help text and its problems, when present. */
export function describedBy(helpId: string | undefined, problemsId: string, messages: readonly string[] | undefined): string | undefined {
  const ids = [helpId, messages && messages.length > 0 ? problemsId : undefined].filter((id): id is string => id !== undefined);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
