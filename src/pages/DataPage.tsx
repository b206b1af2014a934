import { useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { useCalls } from '../helpDesk/useCalls';
import { helpDeskModeStore } from '../helpDesk/store';
import { registerStore } from '../gamma/store';
import { profileStore } from '../incident/store';
import { useIncidents } from '../incident/useIncident';
import { persistState, requestPersistence } from '../lib/persist';
import { useStore } from '../lib/useStore';
import { Notice } from '../ui/Notice';
import { count } from '../content/fr/plural';
import { storeLabel } from '../content/fr/storageMessages';
import { usePageHeading } from '../ui/usePageHeading';
import { useFocusOnChange } from '../ui/useFocusOnChange';
import {
  applyRestore,
  planRestore,
  readBackup,
  setAsideCount,
  type Choice,
  type Conflict,
  type RestorePlan,
} from '../backup/backup';
import { downloadBackup } from '../backup/download';
import { operatorText } from '../gamma/texts';
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
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {T.title}
      </h1>
      <p>{T.intro}</p>
      <section className="panel" aria-labelledby="kept-title">
        <h2 id="kept-title">{T.keptTitle}</h2>
        <ul>
          <li>{count(incidents.length, NOUNS.deltaIncident)}</li>
          <li>
            {T.documents(
              count(register.documents.length, NOUNS.document),
              count(register.episodes.length, NOUNS.episode),
            )}
          </li>
          <li>{T.references(profile?.companyName ?? null, profile?.eori)}</li>
          <li>{T.calls(count(calls, NOUNS.call))}</li>
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

function Restore() {
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  // After « Restaurer », the focus goes to what happened (the button is gone with the plan).
  const doneRef = useFocusOnChange<HTMLDivElement>(done);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Read once: the same file chosen again (after a restore) is read again.
    event.target.value = '';
    setDone(null);
    setPlan(null);
    setChoices({});
    if (!file) return;
    setFileName(file.name);
    if (file.size > 20 * 1024 * 1024) {
      setProblem(READ_PROBLEM_TEXT.tooLarge);
      return;
    }
    const read = readBackup(await file.text());
    if (!read.ok) {
      setProblem(READ_PROBLEM_TEXT[read.problem]);
      return;
    }
    setProblem(null);
    setPlan(planRestore(read.value));
  };

  const apply = () => {
    if (!plan) return;
    const failed = applyRestore(plan, choices).filter((r) => !r.ok);
    // Which references were kept: said only once that write worked (it is the last of the results).
    const references = failed.length
      ? []
      : plan.conflicts.map((c) => T.kept[c.kind](choices[`${c.kind}:${c.id}`] === 'incoming'));
    setDone([failed.length === 0 ? T.restored : T.notAllRestored, ...references].join(' '));
    setPlan(null);
  };

  return (
    <section className="panel" aria-labelledby="restore-title">
      <h2 id="restore-title">{T.restoreTitle}</h2>
      <p>{T.restoreIntro}</p>
      <div className="field">
        <label htmlFor="restore-file">{T.file}</label>
        <input id="restore-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </div>
      {problem && <Notice tone="warning">{problem}</Notice>}
      <div ref={doneRef} tabIndex={-1}>
        {done && <Notice>{done}</Notice>}
      </div>
      {plan && <PlanView plan={plan} file={fileName} choices={choices} onChoose={setChoices} onApply={apply} />}
    </section>
  );
}

function PlanView({
  plan,
  file,
  choices,
  onChoose,
  onApply,
}: {
  plan: RestorePlan;
  /** The name of the file read: the field is emptied once it is read (so that it can be chosen again). */
  file: string;
  choices: Record<string, Choice>;
  onChoose: (c: Record<string, Choice>) => void;
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
  const nothing = !a.events && !a.profile && !a.helpDesk && !plan.conflicts.length && !setAside;
  return (
    <div className="restore-plan">
      <h3>{T.planTitle}</h3>
      <p>{T.planFile(file)}</p>
      <p>
        {items.length
          ? T.toAdd(items as string[])
          : a.events
            ? T.changesOnly(count(a.events, NOUNS.change))
            : plan.conflicts.length
              ? T.onlyConflicts
              : setAside
                ? T.asideOnly(count(setAside, NOUNS.setAside))
                : T.nothingNew}
      </p>
      {plan.lrnsTwice > 0 && <Notice tone="warning">{T.lrnsTwice(count(plan.lrnsTwice, NOUNS.lrnTwice))}</Notice>}
      {plan.unreadable.length > 0 && (
        <Notice tone="warning">{T.unreadable(plan.unreadable.map(storeLabel).join(', '))}</Notice>
      )}
      {plan.conflicts.length > 0 && (
        <fieldset className="fieldset">
          <legend className="label">{T.conflicts(count(plan.conflicts.length, NOUNS.conflict))}</legend>
          {plan.conflicts.map((c) => (
            <ConflictChoice
              key={`${c.kind}:${c.id}`}
              conflict={c}
              choice={choices[`${c.kind}:${c.id}`] ?? 'here'}
              onChoose={(choice) => onChoose({ ...choices, [`${c.kind}:${c.id}`]: choice })}
            />
          ))}
          <p className="note">{T.conflictsNote}</p>
        </fieldset>
      )}
      {!nothing && (
        <button type="button" className="button" onClick={onApply}>
          {T.restore}
        </button>
      )}
    </div>
  );
}

function detailOf(c: Conflict, side: 'here' | 'incoming'): string {
  if (c.kind === 'operator') return operatorText(c[side]);
  if (c.kind === 'prefix') return c[side] || T.noPrefix;
  const p = c[side];
  return T.profileDetail([p.companyName, p.eori, p.address, p.phone, p.officeName, p.officeEmail]);
}

function ConflictChoice({
  conflict,
  choice,
  onChoose,
}: {
  conflict: Conflict;
  choice: Choice;
  onChoose: (c: Choice) => void;
}) {
  const name = `conflict-${conflict.kind}-${conflict.id}`;
  const words = T.differs[conflict.kind];
  return (
    <div className="conflict">
      <p className="conflict-title">{words.title}</p>
      <div className="radios">
        {(
          [
            ['here', words.here, detailOf(conflict, 'here')],
            ['incoming', words.incoming, detailOf(conflict, 'incoming')],
          ] as const
        ).map(([side, label, detail]) => (
          <div className="radio" key={side}>
            <input
              type="radio"
              id={`${name}-${side}`}
              name={name}
              checked={choice === side}
              onChange={() => onChoose(side)}
            />
            <label htmlFor={`${name}-${side}`}>{T.choice(label, detail)}</label>
          </div>
        ))}
      </div>
    </div>
  );
}
