import { useEffect, useRef, useState } from 'react';
import { COPY_TEXT as T } from './copy/texts';

/**
 * Copies a text to the clipboard and says so. When the browser refuses, the text is shown below, selected
 * and with the focus, to copy by hand (the text copied is not always on the page: a call's summary).
 */
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
  // What was copied, and from which button: « Copié. » belongs to that button and that text only, so that it
  // never stands by another one when the step changes under it (React keeps the component in place).
  const key = `${label}\n${typeof text === 'string' ? text : ''}`;
  const [done, setDone] = useState<{ state: 'copied' | 'failed'; key: string; text: string } | null>(null);
  const state = done?.key === key ? done.state : 'idle';
  const shown = useRef<HTMLTextAreaElement>(null);
  // Each refusal (a new `done`): the text shown, selected, with the focus.
  useEffect(() => {
    if (done?.state !== 'failed') return;
    shown.current?.focus();
    shown.current?.select();
  }, [done]);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button' : 'button button-secondary button-small'}
        aria-describedby={describedBy}
        onClick={async () => {
          const copied = typeof text === 'function' ? text() : text;
          try {
            await navigator.clipboard.writeText(copied);
            setDone({ state: 'copied', key, text: copied });
          } catch {
            setDone({ state: 'failed', key, text: copied });
          }
        }}
      >
        {label}
      </button>
      <output className={state === 'failed' ? 'copy-status copy-refused' : 'copy-status'}>
        {state === 'copied' ? T.copied : state === 'failed' ? T.copyFailed : ''}
      </output>
      {state === 'failed' && (
        <textarea
          ref={shown}
          className="copy-fallback no-print"
          readOnly
          aria-label={T.toCopy}
          value={done!.text}
          rows={Math.min(10, done!.text.split('\n').length)}
        />
      )}
    </>
  );
}

/** Offers a text as a file to download. */
export function downloadText(filename: string, text: string, type = 'text/plain;charset=utf-8') {
  // A text file ends with a line break.
  const url = URL.createObjectURL(new Blob([text.endsWith('\n') ? text : `${text}\n`], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
