import type { ReactNode, InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/** Form fields with a visible label, an optional hint and the server's (or schema's) Dutch error. */

type Common = { label: ReactNode; name: string; error?: string[]; hint?: ReactNode; id?: string };

const control =
  'mt-1 block min-h-11 w-full rounded-sm border border-slate-500 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 disabled:bg-slate-100 disabled:text-muted';

function Frame({ id, label, error, hint, children }: Omit<Common, 'name'> & { id: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error?.[0] && (
        <p id={`${id}-fout`} className="text-sm font-semibold text-red-700">
          <span aria-hidden>⚠ </span>
          {error[0]}
        </p>
      )}
      {children}
    </div>
  );
}

/** The attributes every control shares: its name, and its hint and error for screen readers. */
function controlProps(id: string, name: string, { error, hint }: Pick<Common, 'error' | 'hint'>) {
  const described = [hint ? `${id}-hint` : null, error?.[0] ? `${id}-fout` : null].filter(Boolean);
  return {
    id,
    name,
    'aria-invalid': error?.[0] ? true : undefined,
    'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
    className: control,
  };
}

export function TextInput({ label, name, error, hint, id, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? name;
  return (
    <Frame id={fieldId} label={label} error={error} hint={hint}>
      <input {...controlProps(fieldId, name, { error, hint })} {...props} />
    </Frame>
  );
}

export function TextArea({ label, name, error, hint, id, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? name;
  return (
    <Frame id={fieldId} label={label} error={error} hint={hint}>
      <textarea rows={4} {...controlProps(fieldId, name, { error, hint })} {...props} />
    </Frame>
  );
}

export function Select({
  label,
  name,
  error,
  hint,
  id,
  options,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const fieldId = id ?? name;
  return (
    <Frame id={fieldId} label={label} error={error} hint={hint}>
      <select {...controlProps(fieldId, name, { error, hint })} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
