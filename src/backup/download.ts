import { fileStamp } from '../lib/time';
import { downloadText } from '../ui/CopyButton';
import { backupFileName, makeBackup } from './backup';

/** Downloads the backup of everything kept in this browser; the file's name. */
export function downloadBackup(now = new Date()): string {
  const name = backupFileName(fileStamp(now));
  downloadText(name, JSON.stringify(makeBackup(now), null, 2), 'application/json');
  return name;
}
