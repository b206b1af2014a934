import { readProblemMessage } from '../content/fr/storageMessages';
import { Notice } from '../ui/Notice';
import { Link, useLocation } from 'react-router';
import { GAMMA_OBLIGATIONS } from '../content/fr/gammaObligations';
import { replay, type Replay } from '../flows/replay';
import { answerAt } from '../flows/rules';
import { openEpisodeOf } from '../gamma/episodes';
import { AddDocumentForm } from '../gamma/page/AddDocumentForm';
import { DocumentsSection } from '../gamma/page/DocumentsSection';
import { EpisodeSection } from '../gamma/page/EpisodeSection';
import { OperatorSection } from '../gamma/page/OperatorSection';
import { PrefixSetting } from '../gamma/page/PrefixSetting';
import { RegisterConflicts } from '../gamma/page/RegisterConflicts';
import { RegisterPrint } from '../gamma/page/RegisterPrint';
import type { EpisodeSuggestion } from '../gamma/page/EpisodeSection';
import { AUTHORISERS, type Authoriser } from '../gamma/schema';
import type { Call } from '../helpDesk/calls';
import { registerStore } from '../gamma/store';
import { SOURCE_LINE } from '../gamma/texts';
import { AgentRecordsNotice } from '../helpDesk/AgentRecordsNotice';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { useCalls } from '../helpDesk/useCalls';
import { useStore } from '../lib/useStore';
import { nodeHref, parseSessionSearch } from '../session/codec';
import { usePageHeading } from '../ui/usePageHeading';
import { REGISTER_TEXT } from '../gamma/texts';

const T = REGISTER_TEXT;

/**
 * How the diagnosis in the URL authorised the backup procedure: on the météo (S2: « Un dysfonctionnement
 * est signalé … procédure de secours autorisée »), or by the SAU or the managing service; any, without one.
 */
function authorisersOf(diagnosis: Replay): readonly Authoriser[] {
  if (diagnosis.current !== 'gamma.backup') return AUTHORISERS;
  return answerAt(diagnosis.path, 'gamma.weather') === 'yes' ? ['meteo'] : ['sau', 'serviceGestionnaire'];
}

/**
 * In help-desk mode, the authorisation the agent noted during the call (who, when), offered for a new
 * episode when the diagnosis allows it.
 */
function noted(allowed: readonly Authoriser[], facts: Call['facts']): EpisodeSuggestion {
  const by = facts.authorisedBy?.value as Authoriser | undefined;
  return {
    ...(by && allowed.includes(by) ? { by } : {}),
    ...(facts.authorisedAt ? { at: facts.authorisedAt.value } : {}),
  };
}

/**
 * The LRN register on its own page, reachable at any time, and printable as a table. Opened from the
 * `gamma.backup` outcome, the URL carries the diagnosis: the episode takes the authorisation it found.
 */
export default function RegisterPage() {
  const ref = usePageHeading(T.title);
  const parsed = parseSessionSearch(useLocation().search);
  const diagnosis = replay(parsed.ok ? parsed.value : []);
  const allowed = authorisersOf(diagnosis);
  const { value: register, conflicts, problem } = useStore(registerStore);
  const open = openEpisodeOf(register) !== null;
  const helpDesk = useHelpDeskMode().enabled;
  const facts = useCalls().current?.facts ?? {};
  const suggested = helpDesk ? noted(allowed, facts) : {};
  const diagnosisHref =
    diagnosis.current === 'gamma.backup'
      ? nodeHref(
          diagnosis.current,
          diagnosis.path.map((a) => a.value),
        )
      : undefined;
  return (
    <article className="register-page">
      <h1 ref={ref} tabIndex={-1}>
        {T.title}
      </h1>
      {/* Above the forms: a register that could not be read is said before anything is typed. */}
      {problem && <Notice tone="warning">{readProblemMessage(problem, registerStore.name)}</Notice>}
      <AgentRecordsNotice stepHref={diagnosisHref} />
      <RegisterConflicts register={register} conflicts={conflicts} heading={ref} />
      {allowed === AUTHORISERS && !open && (
        <p className="no-print">
          {T.diagnoseBefore}
          <Link to={nodeHref('gamma.access', ['gamma'])}>{T.diagnose}</Link>.
        </p>
      )}
      <EpisodeSection allowed={allowed} suggested={suggested} />
      {open && <AddDocumentForm />}
      <DocumentsSection />
      <OperatorSection />
      <PrefixSetting />
      <details className="no-print">
        <summary>{T.obligations}</summary>
        <ol className="steps">
          {GAMMA_OBLIGATIONS.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ol>
      </details>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {T.print}
        </button>
      </p>
      <RegisterPrint />
      <p className="source">{SOURCE_LINE}</p>
    </article>
  );
}
