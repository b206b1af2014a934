import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Notice } from './Notice';
import { UI_TEXT as T } from './texts';

/**
 * A destructive action that asks first: the button opens a short question with « confirm » and « cancel »
 * buttons. Focus goes to « Annuler » (the safe choice), whose group is named by the question; Escape cancels.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  className = 'button button-secondary',
  children,
  open,
  onOpenChange,
  focus = 'cancel',
  cancelLabel = T.cancel,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
  /** More about what will happen, under the question. */
  children?: ReactNode;
  /** Controlled: the question is open (e.g. opened by a keyboard shortcut). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Where focus goes when the question opens: « Annuler » (safe), or the confirm button (undoable actions). */
  focus?: 'confirm' | 'cancel';
  /** The safe choice's label, when « Annuler » would read as the action itself (« Annuler l'étape… »). */
  cancelLabel?: string;
}) {
  const [own, setOwn] = useState(false);
  const asking = open ?? own;
  const setAsking = (next: boolean) => {
    setOwn(next);
    onOpenChange?.(next);
  };
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const onOpenChangeRef = useRef(onOpenChange);
  useEffect(() => {
    onOpenChangeRef.current = onOpenChange;
  }, [onOpenChange]);
  useEffect(() => {
    if (asking) (focus === 'confirm' ? confirmRef : cancelRef).current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
    if (!asking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOwn(false);
      onOpenChangeRef.current?.(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [asking, focus]);
  if (!asking)
    return (
      <button ref={openerRef} type="button" className={className} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      {children}
      <p className="confirm-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button-warning"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {cancelLabel}
        </button>
      </p>
    </fieldset>
  );
}

/** What was just done, with the way to take it back. */
export function UndoNotice({
  children,
  onUndo,
  undoLabel,
}: {
  children: ReactNode;
  onUndo: () => void;
  undoLabel: string;
}) {
  return (
    <Notice>
      {children}{' '}
      <button type="button" className="button button-small button-secondary" onClick={onUndo}>
        {undoLabel}
      </button>
    </Notice>
  );
}
