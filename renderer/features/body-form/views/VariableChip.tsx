/** The mark beside a field that holds an unquoted `{{variable}}`. */
export function VariableChip({ variable }: { readonly variable: string }) {
  return (
    <span className="chip" title={`Sent as the value of ${variable}, unquoted, as the raw text has it`}>
      variable
    </span>
  );
}
