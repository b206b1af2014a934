import { Link, useParams } from 'react-router';
import { GAMMA_OBLIGATIONS } from '../content/fr/gammaObligations';
import { formatLocalValue } from '../lib/time';
import { useStore } from '../lib/useStore';
import { usePageHeading } from '../ui/usePageHeading';
import { DAES_DATA_GROUPS } from './daesDataGroups';
import { AUTHORISER_LABELS, lrnProblem } from './register';
import { registerStore } from './registerStore';

/** A blank form of the DAES data groups, with the LRN filled in, to print as the paper backup document. */
export default function BackupFormPage() {
  const { lrn = '' } = useParams();
  const register = useStore(registerStore);
  const document = register.value.documents.find((d) => d.lrn === lrn);
  const title = document ? `Document de secours ${document.lrn}` : 'Document introuvable';
  const ref = usePageHeading(title);
  if (!document) {
    const problem = lrnProblem(lrn, []);
    return (
      <>
        <h1 ref={ref} tabIndex={-1}>
          Document introuvable
        </h1>
        <p>
          {problem
            ? 'Cette adresse ne contient pas un LRN valide.'
            : `Aucun document de LRN « ${lrn} » n'est enregistré dans le registre de ce navigateur.`}
        </p>
        <p>
          <Link to="/registre-lrn">Ouvrir le registre LRN</Link>
        </p>
      </>
    );
  }
  const auth = register.value.authorisation;
  return (
    <article className="backup-form">
      <p className="no-print">
        <Link to="/registre-lrn">Retour au registre</Link>
      </p>
      <p className="eyebrow">Document de secours – DAES</p>
      <h1 ref={ref} tabIndex={-1}>
        Document de secours {document.lrn}
      </h1>
      <p>
        Établi conformément à l'article 9 du règlement délégué (UE) 2022/1636 (données de l'annexe I, tableau 1), en
        raison de l'indisponibilité de GAMMA 2.
      </p>
      <dl className="form-head">
        <div>
          <dt>LRN</dt>
          <dd className="lrn">{document.lrn}</dd>
        </div>
        <div>
          <dt>Date du document</dt>
          <dd>{formatLocalValue(document.date)}</dd>
        </div>
        <div>
          <dt>Destinataire</dt>
          <dd>{document.consignee}</dd>
        </div>
        {auth && (
          <div>
            <dt>Procédure autorisée par</dt>
            <dd>
              {AUTHORISER_LABELS[auth.by]}, le {formatLocalValue(auth.at)}
              {auth.daReference ? ` (demande d'assistance ${auth.daReference})` : ''}
            </dd>
          </div>
        )}
      </dl>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Imprimer le formulaire
        </button>
      </p>
      <h2>Données du projet de DAES</h2>
      <p className="note">
        Remplissez chaque case comme pour le DAES électronique ; les cases qui ne s'appliquent pas à votre mouvement
        restent vides.
      </p>
      {DAES_DATA_GROUPS.map((group) => (
        <section className="data-group" key={group.number} aria-labelledby={`group-${group.number}`}>
          <h3 id={`group-${group.number}`}>
            {group.number}. {group.title}
            {group.when && <span className="when"> ({group.when})</span>}
          </h3>
          <table className="boxes">
            <tbody>
              {group.boxes.map((box) => (
                <tr key={box}>
                  <th scope="row">{box}</th>
                  <td className="box">{group.number === '9' && box.startsWith('LRN') ? document.lrn : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h2>Obligations</h2>
      <ul className="checklist">
        {GAMMA_OBLIGATIONS.map((o) => (
          <li key={o}>
            <span className="checkbox" aria-hidden="true">
              ☐
            </span>{' '}
            {o}
          </li>
        ))}
      </ul>
    </article>
  );
}
