interface Props {
  readonly id?: string;
  readonly messages?: readonly string[];
}

/** What the server said about one field in its last answer, under that field. */
export function ServerFieldMessages({ id, messages }: Props) {
  if (messages === undefined || messages.length === 0) return null;
  return (
    <ul id={id} className="field-problems server-field-errors">
      {messages.map((message, index) => (
        <li key={index} className="field-problem" data-testid="server-field-error">
          Server: {message}
        </li>
      ))}
    </ul>
  );
}
