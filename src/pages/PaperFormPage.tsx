import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime, formatLocalValue } from '../lib/time';
import { useStore } from '../lib/useStore';
import { count } from '../content/fr/plural';
import { TextField } from '../ui/Field';
import { usePageHeading } from '../ui/usePageHeading';
import { DAES_DATA_GROUPS, PRODUCT_GROUP, type DataGroup } from '../gamma/daesDataGroups';
import { lrnProblem } from '../gamma/series';
import { registerStore } from '../gamma/store';
import { AFTER_OUTAGE, authorisationText, episodeTitle, SOURCE_LINE } from '../gamma/texts';
import { PAGE_PATHS } from '../routes';

const MAX_LINES = 20;

/** A box that takes an address or a description is taller: there is more to write in by hand. */
const boxClass = (box: string) =>
  /adresse|rue|description|informations|identité|scellés|emballage|vitivinicole/i.test(box) ? 'box box-tall' : 'box';

/**
 * Every printed page carries the LRN and « page N / M » in its margins (CSS paged media). The LRN is the
 * document's own, so the rule is built here and adopted as a constructed style sheet, which the strict
 * Content-Security-Policy allows (no inline style).
 */
function usePrintMargins(lrn: string | null) {
  useEffect(() => {
    if (!lrn || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    const label = `Document de secours GAMMA 2 – LRN ${lrn}`.replace(/["\\]/g, '');
    sheet.replaceSync(
      `@page { @top-left { content: "${label}"; font: 9pt sans-serif; } @top-right { content: "LRN ${lrn.replace(/["\\]/g, '')}"; font: bold 9pt monospace; } @bottom-right { content: "page " counter(page) " / " counter(pages); font: 9pt sans-serif; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [lrn]);
}

/**
 * The paper backup document (S2: « J'établis un document papier, conformément aux dispositions de
 * l'article 9 du règlement ») carrying the data of the draft DAES (Reg. (EU) 2022/1636, Annex I, table 1):
 * boxes to fill in by hand, at least 8 mm high, with what the register knows written in (the sender from
 * the register's operator, the consignee's name and identification, the LRN), as many product lines as
 * the user sets, and the episode's authorisation. The boxes the tool adds (place, date, signature, copy
 * sent) are labelled as such on the page; nothing meant for the operator alone is printed.
 */
export default function PaperFormPage() {
  const { lrn = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const register = useStore(registerStore).value;
  const document = register.documents.find((d) => d.lrn === lrn.toUpperCase());
  const episode = document ? register.episodes.find((e) => e.id === document.episodeId) : undefined;
  const requested = Number(params.get('lignes') ?? '3');
  const lines = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), MAX_LINES) : 3;
  const [linesInput, setLinesInput] = useState(String(lines));
  const [linesError, setLinesError] = useState<string | null>(null);
  const title = document ? `Document de secours ${document.lrn}` : 'Document introuvable';
  const ref = usePageHeading(title);
  usePrintMargins(document?.lrn ?? null);

  if (!document) {
    return (
      <>
        <h1 ref={ref} tabIndex={-1}>
          Document introuvable
        </h1>
        <p>
          {lrnProblem(lrn, [])
            ? 'Cette adresse ne contient pas un LRN valide.'
            : `Aucun document de LRN « ${lrn} » n’est enregistré dans le registre de ce navigateur.`}
        </p>
        <p>
          <Link to={PAGE_PATHS.register}>Ouvrir le registre LRN</Link>
        </p>
      </>
    );
  }
  const { operator } = register;
  const filled: Record<string, string> = {
    '2:2a Numéro d’accise (SEED)': operator.exciseNumber,
    '2:2b Nom': operator.name,
    '2:2c–2d Rue et numéro': operator.street,
    '2:2e–2f Code postal et ville': operator.city,
    '5:5a Numéro d’accise (SEED) du destinataire': document.consignee.identification,
    '5:5b Nom': document.consignee.name,
    '9:9a LRN (numéro de référence local)': document.lrn,
  };
  return (
    <article className="backup-form">
      <div className="no-print form-controls">
        <p>
          <Link to={PAGE_PATHS.register}>Retour au registre</Link>
        </p>
        <form
          className="lines-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(linesInput.trim());
            // Refused with a message, the figure typed kept: never silently changed into another.
            if (linesInput.trim() === '' || !Number.isInteger(n) || n < 1 || n > MAX_LINES) {
              setLinesError(`Indiquez un nombre entier de lignes, de 1 à ${MAX_LINES}.`);
              return;
            }
            setLinesError(null);
            setLinesInput(String(n));
            setParams({ lignes: String(n) }, { replace: true });
          }}
        >
          <TextField
            id="product-lines"
            label="Nombre de lignes de produits (case 17)"
            hint={`De 1 à ${MAX_LINES} : une ligne par produit du mouvement.`}
            error={linesError}
            inputMode="numeric"
            maxLength={3}
            value={linesInput}
            onChange={setLinesInput}
          />
          <button type="submit" className="button button-secondary">
            Appliquer
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            Imprimer le formulaire
          </button>
        </form>
      </div>
      <p className="eyebrow">Document de secours GAMMA 2</p>
      <h1 ref={ref} tabIndex={-1}>
        Document de secours {document.lrn}
      </h1>
      {document.voided && (
        <p className="voided-banner">
          Document annulé le {formatDateTime(new Date(document.voided.at))} : {document.voided.reason}
        </p>
      )}
      <p className="form-intro">
        Document papier établi en raison de l’indisponibilité de GAMMA 2, « conformément aux dispositions de l’article 9
        du règlement CE 2022/1636 » (logigramme GAMMA 2). Information complémentaire (hors fiche) : ce texte est le
        règlement délégué (UE) 2022/1636 de la Commission ; son article 9 renvoie aux données du tableau 1 de son
        annexe I (modifiée par le règlement délégué (UE) 2026/50), celles du projet de DAES, que reprennent les cases
        ci-dessous.
      </p>
      <p className="note">{AFTER_OUTAGE}</p>
      <dl className="form-head">
        <div>
          <dt>LRN</dt>
          <dd className="lrn">{document.lrn}</dd>
        </div>
        <div>
          <dt>Date du document</dt>
          <dd>{formatLocalValue(document.date)}</dd>
        </div>
        <div className="form-head-wide">
          <dt>Procédure de secours</dt>
          <dd>
            {episode ? `${authorisationText(episode.authorisation)} ${episodeTitle(episode)}.` : 'Épisode inconnu.'}
          </dd>
        </div>
      </dl>
      <h2 className="form-section">Données du projet de DAES</h2>
      <p className="note">
        Remplissez chaque case comme pour le DAES électronique ; les cases qui ne s’appliquent pas à votre mouvement
        restent vides.
      </p>
      <DataGroups groups={DAES_DATA_GROUPS.filter((g) => Number(g.number) < 17)} filled={filled} />
      <h2 className="form-section">
        {PRODUCT_GROUP.number}. {PRODUCT_GROUP.title} – {count(lines, { one: 'ligne', other: 'lignes' })}
      </h2>
      <div className="product-lines">
        {Array.from({ length: lines }, (_, i) => (
          <section className="data-group product-line" key={i} aria-label={`Ligne de produit ${i + 1}`}>
            <h3>Ligne de produit {i + 1}</h3>
            <table className="boxes boxes-2col">
              <tbody>
                {PRODUCT_GROUP.boxes.map((box) => (
                  <tr key={box}>
                    <th scope="row">{box}</th>
                    <td className={boxClass(box)}>{box === PRODUCT_GROUP.boxes[0] ? String(i + 1) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <DataGroups groups={DAES_DATA_GROUPS.filter((g) => Number(g.number) > 17)} filled={filled} />
      <section className="form-sign" aria-labelledby="sign-title">
        <h2 id="sign-title" className="form-section">
          Cases ajoutées par l’outil (facultatives)
        </h2>
        <p className="tool-boxes-note">
          Ni le logigramme GAMMA 2 ni l’article 9 du règlement délégué (UE) 2022/1636 n’exigent ces cases : l’outil les
          propose pour garder trace de l’établissement du document et de l’envoi de sa copie au bureau gestionnaire.
        </p>
        <div className="sign-grid">
          <div className="sign-box">
            <p>Fait à ……………………………… le ……/……/…………</p>
            <p>Signature de l’expéditeur :</p>
          </div>
          <div className="sign-box">
            <p>Copie transmise au bureau gestionnaire le ……/……/………… à ……:…… (avant le mouvement)</p>
          </div>
        </div>
      </section>
      <p className="source">{SOURCE_LINE}</p>
    </article>
  );
}

/** Data groups as boxes to fill in by hand, with what the register already knows written in. */
function DataGroups({ groups, filled }: { groups: readonly DataGroup[]; filled: Record<string, string> }) {
  return (
    <div className="data-groups">
      {groups.map((group) => (
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
                  <td className={boxClass(box)}>{filled[`${group.number}:${box}`] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
