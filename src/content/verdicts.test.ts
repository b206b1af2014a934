// @vitest-environment node
import { replay } from '../flows/replay';
import { VERDICT_TEXT, verdictText } from './verdicts';

const path = (...answers: string[]) => replay(['delta', 'g1', 'dti', 'no', ...answers]).path;

describe('verdicts', () => {
  test('the self-trigger says when case 2 could not be checked (office unreachable), and only then', () => {
    expect(verdictText('selfTrigger', path('noBae', 'other', 'closed'))).toMatch(/non vérifié$/);
    expect(verdictText('selfTrigger', path('noBae', 'other', 'no'))).toBe(VERDICT_TEXT.selfTrigger);
    expect(verdictText('selfTrigger', path('cannotValidate'))).toBe(VERDICT_TEXT.selfTrigger);
  });

  test('a blocking that is not technical gives no bare « non » the fiche never says', () => {
    expect(VERDICT_TEXT.notAllowed).toMatch(/aucun des deux cas de la fiche/);
  });
});
