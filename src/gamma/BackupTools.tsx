export default function BackupTools({ byAlert }: { byAlert: boolean }) {
  return byAlert ? null : null;
}
