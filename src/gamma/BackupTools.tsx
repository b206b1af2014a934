import type { NodeProps } from '../content/types';
import { answerAt } from '../flows/rules';
import { AuthorisationPanel } from './AuthorisationPanel';
import { RegisterPanel } from './RegisterPanel';

/** The tools of the `gamma.backup` outcome, loaded apart from the wizard. */
export default function BackupTools({ path }: NodeProps) {
  const byAlert = answerAt(path, 'gamma.weather') === 'yes';
  return (
    <div className="no-print-tools">
      {!byAlert && <AuthorisationPanel />}
      <RegisterPanel />
    </div>
  );
}
