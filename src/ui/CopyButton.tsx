import { useState } from 'react';

/** Copies a text to the clipboard and says so; says what to do when the browser refuses. */
export function CopyButton({
  text,
  label,
  primary = false,
  describedBy,
}: {
  text: string | (() => string);
  label: string;
  /** What the button is about, when its label alone is the same for several (a list of calls). */
  describedBy?: string;
  /** The page's main action (the DA text): a primary button. */
  primary?: boolean;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className={primary ? 'button' : 'button button-secondary button-small'}
        aria-describedby={describedBy}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {label}
      </button>
      <output className="copy-status">
        {state === 'copied'
          ? 'Copié.'
          : state === 'failed'
            ? 'Copie impossible : sélectionnez le texte à la main.'
            : ''}
      </output>
    </>
  );
}

/** Offers a text as a file to download. */
export function downloadText(filename: string, text: string, type = 'text/plain;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
