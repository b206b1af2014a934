import { preloadStages, stagesFor } from './chunkPlan';

const NOTHING = { session: false, helpDesk: false };
const SESSION = { session: true, helpDesk: false };

describe('the stages a URL needs', () => {
  it('the entry page with nothing to replay: the start and the app, not the flows', () => {
    expect(stagesFor('/', '', NOTHING)).toEqual(['start', 'app']);
  });

  it('the entry page with a diagnosis to resume, or answers in its URL: the flows too', () => {
    expect(stagesFor('/', '', SESSION)).toEqual(['start', 'app', 'flow']);
    expect(stagesFor('/', '?v=1&r=delta', NOTHING)).toEqual(['start', 'app', 'flow']);
  });

  it("a step: the flows, its flow's texts and the step's tool, if it has one", () => {
    expect(stagesFor('/delta/selfTrigger', '?v=1&r=delta-g1-dti-no-cannotValidate', NOTHING)).toEqual([
      'start',
      'app',
      'flow',
      'delta',
      'tool:delta.selfTrigger',
    ]);
    expect(stagesFor('/gamma/access', '', NOTHING)).toEqual(['start', 'app', 'flow', 'gamma', 'tool:gamma.access']);
  });

  it('a page outside the diagnosis (incidents, the register…): the start, the app and its own file', () => {
    expect(stagesFor('/incidents', '', NOTHING)).toEqual(['start', 'app', 'page:incidents']);
    expect(stagesFor('/registre-lrn/formulaire/26FR1234567890ABCDE', '', SESSION)).toEqual([
      'start',
      'app',
      'page:form',
    ]);
  });

  it('help-desk mode kept: its panel too, after the page', () => {
    const helpDesk = { session: false, helpDesk: true };
    expect(stagesFor('/', '', helpDesk)).toEqual(['start', 'app', 'panel:helpDesk']);
    expect(stagesFor('/incidents', '', helpDesk)).toEqual(['start', 'app', 'page:incidents', 'panel:helpDesk']);
    expect(stagesFor('/gamma/access', '', helpDesk)).toEqual([
      'start',
      'app',
      'flow',
      'gamma',
      'tool:gamma.access',
      'panel:helpDesk',
    ]);
  });

  it('a path that names no page: the start and the app', () => {
    expect(stagesFor('/inconnu', '', NOTHING)).toEqual(['start', 'app']);
  });
});

const withPlan = (text: string) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'chunk-plan';
  script.textContent = text;
  document.head.append(script);
};
const preloaded = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

describe('preloading the stages', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });
  it("asks once for every file of the page's stages, and for nothing else", () => {
    withPlan(
      JSON.stringify({
        start: ['/assets/react.js', '/assets/start.js'],
        app: ['/assets/react.js', '/assets/app.js'],
        flow: ['/assets/xstate.js'],
      }),
    );
    vi.useFakeTimers();
    try {
      expect(preloadStages(['start', 'app'])).toBe(3);
      // The first at once, the others one task after the other.
      expect(preloaded()).toEqual(['/assets/react.js']);
      vi.runAllTimers();
      expect(preloaded()).toEqual(['/assets/react.js', '/assets/start.js', '/assets/app.js']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('without a plan, or with one it cannot read, asks for nothing and does not throw', () => {
    expect(preloadStages(['start', 'app'])).toBe(0);
    withPlan('{not json');
    expect(preloadStages(['start'])).toBe(0);
    document.head.innerHTML = '';
    withPlan(JSON.stringify({ start: ['//elsewhere.example/x.js', 42, 'relative.js', '/assets/start.js'], app: 'x' }));
    expect(preloadStages(['start', 'app', 'tool:delta.mode'])).toBe(1);
    expect(preloaded()).toEqual(['/assets/start.js']);
  });
});
