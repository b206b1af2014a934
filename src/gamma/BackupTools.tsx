import type { NodeProps } from '../content/types';
import { answerAt } from '../flows/rules';
import { EpisodePanel } from './EpisodePanel';
import { RegisterPanel } from './RegisterPanel';

/** The tools of the `gamma.backup` outcome: the outage episode (opened or resumed) and its register. */
export default function BackupTools({ path }: NodeProps) {
  const byAlert = answerAt(path, 'gamma.weather') === 'yes';
  return (
    <div className="backup-tools">
      <EpisodePanel authorisedBy={byAlert ? 'meteo' : null} />
      <RegisterPanel only="open" />
    </div>
  );
}
