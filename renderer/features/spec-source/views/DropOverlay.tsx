/** Full-window hint shown while a file is dragged over Roundtrip. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <strong>Drop to open</strong>
        <span>An OpenAPI or Swagger document: .json, .yaml or .yml</span>
      </div>
    </div>
  );
}
