import { fileStamp } from '../lib/time';
import { downloadText } from '../ui/CopyButton';
import { backupFileName, makeBackup } from './backup';

/** Downloads the backup of everything kept in this browser. */
export function downloadBackup(now = new Date()) {
  downloadText(backupFileName(fileStamp(now)), JSON.stringify(makeBackup(now), null, 2), 'application/json');
}
