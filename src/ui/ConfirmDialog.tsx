import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A question asked before an action that cannot be taken back at once (« Nouvel appel », « Recommencer »,
 * « Reprendre cet appel »), in a modal dialog: the platform's (focus kept inside, Escape cancels, focus given
 * back where it was). The focus starts on « Annuler », so that a stray key confirms nothing.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  cancelLabel,
  onCancel,
  onConfirm,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  /** What had the focus when the dialog opened: it gets it back, even when the dialog is removed open. */
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      // Closed by the platform, which gives the focus back itself.
      opener.current = null;
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  // Removed by its parent once answered (never closed by the platform): closed here, and the focus given back
  // as the platform would, unless it has already gone on elsewhere (a new page's title).
  useLayoutEffect(
    () => () => {
      const dialog = ref.current;
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      const active = document.activeElement;
      const lost = active === null || active === document.body || (dialog?.contains(active) ?? false);
      if (lost && opener.current?.isConnected) opener.current.focus();
    },
    [],
  );
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-label={title}
      // Escape: answered « Annuler » at once. The browser's « close » event comes a task later, when a key may
      // already have asked again: it only counts if the dialog is still closed then.
      onCancel={onCancel}
      onClose={() => {
        if (!ref.current?.open) onCancel();
      }}
    >
      <h2>{title}</h2>
      {children}
      <p className="actions-inline">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>{' '}
        <button type="button" className="button button-warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </p>
    </dialog>
  );
}
