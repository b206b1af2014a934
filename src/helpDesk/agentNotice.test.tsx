/** The help-desk notice on the pages that record: part of the page, not an alert said on every visit. */
import { screen } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderWholePage } from '../testing/render';
import { helpDeskModeStore } from './store';
import { MODE_TEXT } from './texts';

beforeAll(preloadScreens);

test.each(['/registre-lrn', '/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate'])(
  '%s: the notice is shown, outside any live region',
  async (url) => {
    helpDeskModeStore.write({ enabled: true });
    await renderWholePage(url);
    const notice = screen.getByText(
      (_, e) => e?.classList.contains('notice') === true && e.textContent!.startsWith(MODE_TEXT.notice),
    );
    expect(notice.closest('[role="alert"], [role="status"], [aria-live]')).toBeNull();
  },
);
