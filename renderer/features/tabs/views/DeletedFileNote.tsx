interface Props {
  /** The name the request was saved under. */
  readonly name: string;
}

/** Over a request whose file was deleted: what it is now, and how to keep it. */
export function DeletedFileNote({ name }: Props) {
  return (
    <p className="alert alert-warning" role="note" data-testid="file-deleted-note">
      The file of “{name}” was deleted. This request stays here with your edits, saved nowhere: press Ctrl/Cmd+S to save it under a name and a folder.
    </p>
  );
}
