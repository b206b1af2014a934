import type { ReactNode } from 'react';

/**
 * A short message shown above the page's heading (a link that did not fit, data set aside…): said as it
 * appears (a live region), unless it is part of the page as it always is (`live={false}`).
 */
export function Notice({
  children,
  tone = 'info',
  live = true,
}: {
  children: ReactNode;
  tone?: 'info' | 'warning';
  live?: boolean;
}) {
  const role = !live ? undefined : tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {children}
    </div>
  );
}
