import { useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { useCalls } from '../helpDesk/useCalls';
import { registerStore } from '../gamma/store';
import { documentState } from '../gamma/documents';
import { consigneeText, STATE_LABELS } from '../gamma/texts';
import { profileStore } from '../incident/store';
import { useIncidents } from '../incident/useIncident';
import { persistState, requestPersistence, type PersistState } from '../lib/persist';
import { stores } from '../lib/createStore';
import { rejectedValues } from '../lib/storeCopies';
import { formatLocalValue } from '../lib/time';
import { useStore } from '../lib/useStore';
import { Notice } from '../ui/Notice';
import { count } from '../content/fr/plural';
import { storeLabel } from '../content/fr/storageMessages';
import { usePageHeading } from '../ui/usePageHeading';
import { applyRestore, planRestore, readBackup, type Choice, type Conflict, type RestorePlan } from '../backup/backup';
import { downloadBackup } from '../backup/download';

const PERSIST_TEXT: Record<PersistState, string> = {
  unknown:
    'Le navigateur n’a pas encore été sollicité : il le sera au premier incident ou au premier document enregistré.',
  granted: 'Accordé : le navigateur ne supprimera pas ces données pour faire de la place.',
  denied:
    'Refusé par le navigateur : il pourrait supprimer ces données s’il manque de place. Sauvegardez-les régulièrement dans un fichier.',
  unsupported: 'Ce navigateur ne permet pas de le demander : sauvegardez vos données régulièrement dans un fichier.',
};

const READ_PROBLEM_TEXT = {
  notJson: 'Ce fichier n’est pas une sauvegarde lisible (ce n’est pas du JSON) : rien n’a été restauré.',
  notBackup: 'Ce fichier n’est pas une sauvegarde de Secours douane, ou il est endommagé : rien n’a été restauré.',
  newerFormat:
    'Cette sauvegarde vient d’une version plus récente de l’application : mettez l’application à jour, puis réessayez. Rien n’a été restauré.',
} as const;

/** The records a backup holds, counted. */
const NOUNS = {
  incident: { one: 'incident', other: 'incidents' },
  document: { one: 'document de secours', other: 'documents de secours' },
  episode: { one: 'épisode de panne', other: 'épisodes de panne' },
  call: { one: 'appel', other: 'appels' },
} as const;

/** « Mes données »: what this browser keeps, the persistent-storage status, save to a file, restore. */
export default function DataPage() {
  const ref = usePageHeading('Mes données');
  const incidents = useIncidents().visible;
  const register = useStore(registerStore).value;
  const profile = useStore(profileStore).value;
  const calls = useCalls().all.length;
  const persist = useSyncExternalStore(
    persistState.subscribe,
    persistState.getSnapshot,
    persistState.getServerSnapshot,
  );
  const setAside = stores.reduce((n, s) => n + rejectedValues(s).length, 0);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        Mes données
      </h1>
      <p>
        Tout ce que vous enregistrez reste dans ce navigateur : rien n’est envoyé. Pour changer d’ordinateur ou de
        navigateur, ou pour en garder une copie, sauvegardez vos données dans un fichier, puis restaurez-le ailleurs.
      </p>
      <section className="panel" aria-labelledby="kept-title">
        <h2 id="kept-title">Ce que ce navigateur conserve</h2>
        <ul>
          <li>{count(incidents.length, { one: 'incident DELTA', other: 'incidents DELTA' })}</li>
          <li>
            {count(register.documents.length, NOUNS.document)} GAMMA 2, dans{' '}
            {count(register.episodes.length, NOUNS.episode)}
          </li>
          <li>Vos références : {profile ? `${profile.companyName} (${profile.eori})` : 'aucune'}</li>
          <li>{count(calls, { one: 'appel', other: 'appels' })} (mode assistance)</li>
          {setAside > 0 && (
            <li>
              {count(setAside, {
                one: 'donnée illisible mise de côté, gardée',
                other: 'données illisibles mises de côté, gardées',
              })}{' '}
              dans la sauvegarde
            </li>
          )}
        </ul>
        <p>
          <strong>Stockage persistant</strong> : {PERSIST_TEXT[persist]}
        </p>
        {(persist === 'unknown' || persist === 'denied') && (
          <p>
            <button type="button" className="button button-secondary" onClick={() => void requestPersistence()}>
              Demander un stockage persistant
            </button>
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="save-title">
        <h2 id="save-title">Sauvegarder</h2>
        <p>Un seul fichier (JSON) avec tout ce qui est conservé ici, daté à l’heure de Paris.</p>
        <button type="button" className="button" onClick={() => downloadBackup()}>
          Sauvegarder mes données
        </button>
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

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setDone(null);
    setPlan(null);
    setChoices({});
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      setProblem('Ce fichier est trop volumineux pour être une sauvegarde (plus de 20 Mo) : rien n’a été restauré.');
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
    setDone(
      failed.length === 0
        ? 'Restauration terminée : les données de la sauvegarde ont été ajoutées à celles de ce navigateur.'
        : 'La restauration n’a pas pu être entièrement enregistrée (stockage plein ou bloqué) : voyez le message en haut de la page.',
    );
    setPlan(null);
  };

  return (
    <section className="panel" aria-labelledby="restore-title">
      <h2 id="restore-title">Restaurer</h2>
      <p>
        Les données du fichier s’ajoutent à celles de ce navigateur : rien de ce qui est ici n’est remplacé sans votre
        accord. Les incidents et les appels s’ajoutent événement par événement, sans doublon ; un document ou des
        références présents des deux côtés avec un contenu différent vous sont montrés, pour choisir.
      </p>
      <div className="field">
        <label htmlFor="restore-file">Fichier de sauvegarde</label>
        <input id="restore-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </div>
      {problem && <Notice tone="warning">{problem}</Notice>}
      {done && <Notice>{done}</Notice>}
      {plan && <PlanView plan={plan} choices={choices} onChoose={setChoices} onApply={apply} />}
    </section>
  );
}

function PlanView({
  plan,
  choices,
  onChoose,
  onApply,
}: {
  plan: RestorePlan;
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
    a.profile && 'vos références',
  ].filter(Boolean);
  return (
    <div className="restore-plan">
      <h3>Ce que la sauvegarde apporte</h3>
      <p>
        {items.length
          ? `À ajouter : ${items.join(', ')}.`
          : 'Rien de nouveau : tout ce que contient le fichier est déjà ici.'}
      </p>
      {plan.unreadable.length > 0 && (
        <Notice tone="warning">
          Une partie du fichier n’a pas pu être lue ({plan.unreadable.map(storeLabel).join(', ')}) : elle n’est pas
          restaurée.
        </Notice>
      )}
      {plan.conflicts.length > 0 && (
        <fieldset className="fieldset">
          <legend className="label">
            {count(plan.conflicts.length, { one: 'élément diffère', other: 'éléments diffèrent' })} entre ce navigateur
            et le fichier : choisissez lequel garder
          </legend>
          {plan.conflicts.map((c) => (
            <ConflictChoice
              key={`${c.kind}:${c.id}`}
              conflict={c}
              choice={choices[`${c.kind}:${c.id}`] ?? 'here'}
              onChoose={(choice) => onChoose({ ...choices, [`${c.kind}:${c.id}`]: choice })}
            />
          ))}
          <p className="note">
            La version que vous ne gardez pas reste mise de côté dans ce navigateur et dans ses sauvegardes.
          </p>
        </fieldset>
      )}
      <button type="button" className="button" onClick={onApply}>
        Restaurer
      </button>
    </div>
  );
}

function describe(c: Conflict, side: 'here' | 'incoming'): { title: string; detail: string } {
  if (c.kind === 'document') {
    const d = c.conflict[side];
    return {
      title: `Document ${d.lrn}`,
      detail: `${formatLocalValue(d.date)} ; ${consigneeText(d)} ; ${STATE_LABELS[documentState(d)]}${d.entered?.arc ? ` ; ARC ${d.entered.arc}` : ''}`,
    };
  }
  const p = c[side];
  return { title: 'Vos références', detail: `${p.companyName} ; ${p.eori} ; ${p.officeName}` };
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
  const here = describe(conflict, 'here');
  const incoming = describe(conflict, 'incoming');
  return (
    <div className="conflict">
      <p className="conflict-title">{here.title}</p>
      <div className="radios">
        {(
          [
            ['here', 'Garder celui de ce navigateur', here.detail],
            ['incoming', 'Prendre celui du fichier', incoming.detail],
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
            <label htmlFor={`${name}-${side}`}>
              {label} : {detail}
            </label>
          </div>
        ))}
      </div>
    </div>
  );
}
