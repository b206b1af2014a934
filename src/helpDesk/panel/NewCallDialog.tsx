import { useEffect, useRef } from 'react';

/**
 * « Nouvel appel ? », asked in a modal dialog (the platform's: focus kept inside, Escape cancels, focus
 * given back where it was), so that asking never scrolls the page nor moves it under the agent.
 */
export function NewCallDialog({
  open,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="new-call-title"
      // Escape: the question is answered « Annuler » at once. The browser's « close » event comes a task
      // later, when « N » may already have asked again: it only counts if the dialog is still closed then.
      onCancel={onCancel}
      onClose={() => {
        if (!ref.current?.open) onCancel();
      }}
    >
      <h2 id="new-call-title">Commencer un nouvel appel ?</h2>
      <p>
        L’appel en cours (réponses, appelant, faits relevés, notes) sera archivé : vous le retrouverez dans l’historique
        des appels.
      </p>
      <p className="actions-inline">
        <button type="button" className="button button-warning" autoFocus onClick={onConfirm}>
          Oui, nouvel appel
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Annuler
        </button>
      </p>
    </dialog>
  );
}
