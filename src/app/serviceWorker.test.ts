import { vi } from 'vitest';

/** A fake service-worker container: enough of the API for the update flow. */
function fakeServiceWorker() {
  const container = new EventTarget() as EventTarget & {
    controller: object | null;
    register: ReturnType<typeof vi.fn>;
  };
  const registration = new EventTarget() as EventTarget & {
    waiting: null;
    installing: (EventTarget & { state: string; postMessage: ReturnType<typeof vi.fn> }) | null;
    update: ReturnType<typeof vi.fn>;
  };
  registration.waiting = null;
  registration.installing = null;
  registration.update = vi.fn<() => Promise<void>>(() => Promise.resolve());
  container.controller = {};
  container.register = vi.fn<(url: string, options: object) => Promise<typeof registration>>(() =>
    Promise.resolve(registration),
  );
  return { container, registration };
}

test('a new version is offered once installed; accepting it activates it and reloads the same page', async () => {
  vi.resetModules();
  vi.stubEnv('PROD', true);
  const { container, registration } = fakeServiceWorker();
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  const reload = vi.fn<() => void>();
  Object.defineProperty(window, 'location', { value: { ...window.location, reload }, configurable: true });
  const { registerServiceWorker, onUpdateAvailable } = await import('./serviceWorker');

  const offers: ((() => void) | null)[] = [];
  onUpdateAvailable((u) => offers.push(u));
  registerServiceWorker();
  window.dispatchEvent(new Event('load'));
  await vi.waitFor(() => expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' }));
  await Promise.resolve();

  const worker = Object.assign(new EventTarget(), {
    state: 'installing',
    postMessage: vi.fn<(message: unknown) => void>(),
  });
  registration.installing = worker;
  registration.dispatchEvent(new Event('updatefound'));
  expect(offers.at(-1)).toBeNull();
  worker.state = 'installed';
  worker.dispatchEvent(new Event('statechange'));
  const accept = offers.at(-1);
  expect(accept).toBeTypeOf('function');

  accept!();
  expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  expect(reload).not.toHaveBeenCalled();
  container.dispatchEvent(new Event('controllerchange'));
  expect(reload).toHaveBeenCalledTimes(1);
  vi.unstubAllEnvs();
});
