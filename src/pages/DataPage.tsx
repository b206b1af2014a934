import { useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { useCalls } from '../helpDesk/useCalls';
import { helpDeskModeStore } from '../helpDesk/store';
import { registerStore } from '../gamma/store';
import { profileStore } from '../incident/store';
import { useIncidents } from '../incident/useIncident';
import { incidentLog } from '../incident/log';
import { callLog } from '../helpDesk/callLog';
import { persistState, requestPersistence } from '../lib/persist';
import { refuse } from '../lib/result';
import { useStore } from '../lib/useStore';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { count } from '../content/fr/plural';
import { readProblemMessage, storeLabel } from '../content/fr/storageMessages';
import { useStoreProblems } from '../backup/useStoreProblems';
import { usePageHeading } from '../ui/usePageHeading';
import { useFocusOnChange } from '../ui/useFocusOnChange';
import {
  applyRestore,
  planRestore,
  readBackup,
  setAsideCount,
  type ProfileConflict,
  type RestorePlan,
} from '../backup/backup';
import { downloadBackup } from '../backup/download';
import { DATA_TEXT as T, NOUNS, PERSIST_TEXT, READ_PROBLEM_TEXT } from '../backup/texts';

/** « Mes données »: what this browser keeps, the persistent-storage status, save to a file, restore. */
export default function DataPage() {
  const ref = usePageHeading(T.title);
  const incidents = useIncidents().visible;
  const register = useStore(registerStore).value;
  const profile = useStore(profileStore).value;
  const calls = useCalls().all.length;
  const helpDesk = useStore(helpDeskModeStore).value;
  const persist = useSyncExternalStore(
    persistState.subscribe,
    persistState.getSnapshot,
    persistState.getServerSnapshot,
  );
  const setAside = setAsideCount();
  // Data a newer build wrote (another tab): not counted below, but in the file as it is stored.
  const newer = useStoreProblems().filter((p) => p.read === 'version');
  const isNewer = (name: string) => newer.some((p) => p.name === name);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {T.title}
      </h1>
      <p>{T.intro}</p>
      {newer.map((p) => (
        <Notice key={p.name} tone="warning" live={false}>
          {readProblemMessage(p.read!, p.name)} {T.newerInFile}
        </Notice>
      ))}
      <section className="panel" aria-labelledby="kept-title">
        <h2 id="kept-title">{T.keptTitle}</h2>
        <ul>
          <li>{isNewer(incidentLog.name) ? T.newerRecord.incidents : count(incidents.length, NOUNS.deltaIncident)}</li>
          <li>
            {isNewer(registerStore.name)
              ? T.newerRecord.register
              : T.documents(
                  count(register.documents.length, NOUNS.document),
                  count(register.episodes.length, NOUNS.episode),
                )}
          </li>
          <li>{T.references(profile?.companyName ?? null, profile?.eori)}</li>
          <li>{isNewer(callLog.name) ? T.newerRecord.calls : T.calls(count(calls, NOUNS.call))}</li>
          <li>{T.helpDeskMode(helpDesk.enabled, helpDesk.agent)}</li>
          {setAside > 0 && <li>{T.setAside(count(setAside, NOUNS.setAside))}</li>}
        </ul>
        <p>
          <strong>{T.persistLabel}</strong>
          {'\u00a0: '}
          {PERSIST_TEXT[persist === 'unknown' && (incidents.length || register.documents.length) ? 'notYet' : persist]}
        </p>
        {(persist === 'unknown' || persist === 'denied') && (
          <p>
            <button type="button" className="button button-secondary" onClick={() => void requestPersistence()}>
              {T.persistAsk}
            </button>
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="save-title">
        <h2 id="save-title">{T.saveTitle}</h2>
        <p>{T.saveIntro}</p>
        <button type="button" className="button" onClick={() => setSaved(downloadBackup())}>
          {T.save}
        </button>
        {/* Said once the file is made: the focus stays on the button, the message is read out. */}
        <p>
          <output>{saved ? T.saved(saved) : ''}</output>
        </p>
      </section>
      <Restore />
    </>
  );
}

const FILE_FIELD = 'restore-file';

function Restore() {
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [takeFile, setTakeFile] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  // After « Restaurer », the focus goes to what happened (the button is gone with the plan).
  const doneRef = useFocusOnChange<HTMLDivElement>(done);
  // A file read: the focus goes to the heading of what it brings, or to why it cannot be used (each file
  // read anew).
  const [reads, setReads] = useState(0);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // What the file brings; or, if it could not be used, the file field, with the message that says why.
    if (reads === 0) return;
    const target =
      outcome.current?.querySelector<HTMLElement>('[data-read-outcome]') ?? document.getElementById(FILE_FIELD);
    // Already there (a second file refused): left and taken again, so that its new message is read out.
    if (target === document.activeElement) target?.blur();
    target?.focus();
  }, [reads]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Read once: the same file chosen again (after a restore) is read again.
    event.target.value = '';
    setDone(null);
    setPlan(null);
    setTakeFile(false);
    if (!file) return;
    setFileName(file.name);
    const read = file.size > 20 * 1024 * 1024 ? refuse('tooLarge' as const) : readBackup(await file.text());
    setProblem(read.ok ? null : READ_PROBLEM_TEXT[read.problem]);
    setPlan(read.ok ? planRestore(read.value) : null);
    setReads((n) => n + 1);
  };

  const apply = () => {
    if (!plan) return;
    const failed = applyRestore(plan, takeFile).filter((r) => !r.ok);
    // Which references were kept: said only once every write worked.
    const references = !failed.length && plan.profileConflict ? [T.keptProfile(takeFile)] : [];
    setDone([failed.length === 0 ? T.restored : T.notAllRestored, ...references].join(' '));
    setPlan(null);
  };

  return (
    <section className="panel" aria-labelledby="restore-title">
      <h2 id="restore-title">{T.restoreTitle}</h2>
      <p>{T.restoreIntro}</p>
      <Field id={FILE_FIELD} label={T.file} error={problem}>
        {(control) => (
          <input {...control} type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
        )}
      </Field>
      <div ref={outcome}>
        {plan && <PlanView plan={plan} file={fileName} takeFile={takeFile} onChoose={setTakeFile} onApply={apply} />}
      </div>
      <div ref={doneRef} tabIndex={-1}>
        {done && <Notice>{done}</Notice>}
      </div>
    </section>
  );
}

function PlanView({
  plan,
  file,
  takeFile,
  onChoose,
  onApply,
}: {
  plan: RestorePlan;
  /** The name of the file read: the field is emptied once it is read (so that it can be chosen again). */
  file: string;
  takeFile: boolean;
  onChoose: (takeFile: boolean) => void;
  onApply: () => void;
}) {
  const a = plan.added;
  const items = [
    a.incidents && count(a.incidents, NOUNS.incident),
    a.documents && count(a.documents, NOUNS.document),
    a.episodes && count(a.episodes, NOUNS.episode),
    a.calls && count(a.calls, NOUNS.call),
    a.profile && T.profile,
    a.helpDesk && T.helpDesk,
  ].filter(Boolean);
  const setAside = Object.values(plan.rejected).flat().length;
  const nothing = !a.events && !a.profile && !a.helpDesk && !plan.profileConflict && !setAside;
  return (
    <div className="restore-plan">
      <h3 data-read-outcome tabIndex={-1}>
        {T.planTitle}
      </h3>
      <p>{T.planFile(file)}</p>
      <p>
        {items.length
          ? T.toAdd(items as string[])
          : a.events
            ? T.changesOnly(count(a.events, NOUNS.change))
            : plan.profileConflict
              ? T.onlyConflicts
              : setAside
                ? T.asideOnly(count(setAside, NOUNS.setAside))
                : T.nothingNew}
      </p>
      {plan.registerConflicts > 0 && (
        <Notice tone="warning">
          {T.registerConflicts(count(plan.registerConflicts, NOUNS.registerConflict))}
          {plan.registerUnsettled && ` ${T.registerUnsettled}`}
        </Notice>
      )}
      {plan.deletedHere > 0 && (
        <Notice>{T.deletedHere(plan.deletedHere, count(plan.deletedHere, NOUNS.incident))}</Notice>
      )}
      {plan.unreadable.length > 0 && (
        <Notice tone="warning">{T.unreadable(plan.unreadable.map(storeLabel).join(', '))}</Notice>
      )}
      {plan.profileConflict && (
        <ProfileChoice conflict={plan.profileConflict} takeFile={takeFile} onChoose={onChoose} />
      )}
      {!nothing && (
        <button type="button" className="button" onClick={onApply}>
          {T.restore}
        </button>
      )}
    </div>
  );
}

const detailOf = (p: ProfileConflict['here']) =>
  T.profileDetail([p.companyName, p.eori, p.address, p.phone, p.officeName, p.officeEmail]);

function ProfileChoice({
  conflict,
  takeFile,
  onChoose,
}: {
  conflict: ProfileConflict;
  takeFile: boolean;
  onChoose: (takeFile: boolean) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend className="label">{T.profileDiffers}</legend>
      <div className="radios">
        {(
          [
            [false, 'here', T.keepHere, detailOf(conflict.here)],
            [true, 'incoming', T.takeIncoming, detailOf(conflict.incoming)],
          ] as const
        ).map(([file, side, label, detail]) => (
          <div className="radio" key={side}>
            <input
              type="radio"
              id={`profile-${side}`}
              name="profile-choice"
              checked={takeFile === file}
              onChange={() => onChoose(file)}
            />
            <label htmlFor={`profile-${side}`}>{T.choice(label, detail)}</label>
          </div>
        ))}
      </div>
      <p className="note">{T.conflictsNote}</p>
    </fieldset>
  );
}
