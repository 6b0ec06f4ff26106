/**
 * A secret the gateway hands out once (stored hashed or sealed, never shown again): said so, and
 * shown as text the admin can select and copy.
 */
export function SecretOnce({ label, value }: { label: string; value: string }) {
  return (
    <div role="status" className="secret-once">
      <p>
        <strong>{label}</strong> — copy it now: it is shown only this once.
      </p>
      <code aria-label={label}>{value}</code>
    </div>
  );
}
