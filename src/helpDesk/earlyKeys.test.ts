import { keepEarlyKeys, replayEarlyKeys } from './earlyKeys';

const press = (target: EventTarget, key: string, code = '', more: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, ...more }));

test('the keys typed outside a field while the panel loads are pressed again, in order, once it listens', () => {
  const stop = keepEarlyKeys();
  const field = document.body.appendChild(document.createElement('input'));
  press(document.body, '&', 'Digit1'); // the digit row of an AZERTY keyboard
  press(field, 'a', 'KeyQ'); // typed in a field: a letter
  press(document.body, 'x', 'KeyX');
  press(document.body, 'r', 'KeyR', { ctrlKey: true });
  press(document.body, 'A', 'KeyQ');
  const heard: string[] = [];
  const listener = (e: KeyboardEvent) => heard.push(`${e.key}/${e.code}@${(e.target as Element).tagName}`);
  window.addEventListener('keydown', listener);
  replayEarlyKeys();
  expect(heard).toEqual(['&/Digit1@BODY', 'x/KeyX@BODY', 'A/KeyQ@BODY']);
  // From then on the panel hears every key itself: nothing kept, nothing pressed twice.
  heard.length = 0;
  expect(keepEarlyKeys).not.toThrow();
  press(document.body, 'a', 'KeyQ');
  replayEarlyKeys();
  expect(heard).toEqual(['a/KeyQ@BODY']);
  window.removeEventListener('keydown', listener);
  stop();
});
