import { AuthorisationPanel } from './AuthorisationPanel';
import { RegisterPanel } from './RegisterPanel';

/** The tools of the `gamma.backup` outcome, loaded apart from the wizard. */
export default function BackupTools({ byAlert }: { byAlert: boolean }) {
  return (
    <div className="no-print-tools">
      {!byAlert && <AuthorisationPanel />}
      <RegisterPanel />
    </div>
  );
}
