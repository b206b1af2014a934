import { useMemo } from 'react';
import { Link, NavLink, useLocation, useParams } from 'react-router';
import { answerLabel, contentOf, FLOW_NAMES } from '../content/fr';
import { isOutcomeId, type FlowId } from '../flows/ids';
import { flowGraph, type FlowEdge } from '../flows/reachable';
import { replay } from '../flows/replay';
import { nodeHref, parseSessionSearch } from '../session/codec';
import { usePageHeading } from '../ui/usePageHeading';
import { BOX, edgeKey, layoutFlow, wrap } from './layout';

const GUARD_TEXT: Record<string, string> = { checksProviderFirst: 'si EDI' };

/** One drawn arrow per pair of nodes, whatever the number of answers that lead along it. */
function groupEdges(edges: readonly FlowEdge[]) {
  const groups = new Map<string, { from: FlowEdge['from']; to: FlowEdge['to']; edges: FlowEdge[] }>();
  for (const e of edges) {
    const key = `${e.from}>${e.to}`;
    const g = groups.get(key) ?? { from: e.from, to: e.to, edges: [] };
    g.edges.push(e);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The flows drawn from the statechart itself, with the current path highlighted. Loaded on demand. */
export default function FlowMapPage() {
  const { flow: raw = 'delta' } = useParams();
  const flow: FlowId = raw === 'gamma' ? 'gamma' : 'delta';
  const location = useLocation();
  const title = `Carte du parcours ${FLOW_NAMES[flow]}`;
  const ref = usePageHeading(title);
  const graph = useMemo(() => flowGraph(flow), [flow]);
  const layout = useMemo(() => layoutFlow(graph), [graph]);
  const parsed = parseSessionSearch(location.search);
  const session = replay(parsed.ok ? parsed.values : []);
  const onPath = new Set(session.nodes);
  const pathEdges = new Set(
    session.path.map((a, i) => edgeKey({ from: a.node, answer: a.value, to: session.nodes[i + 1]! })),
  );
  const position = new Map(layout.nodes.map((n) => [n.id, n]));
  const values = session.path.map((a) => a.value);
  const search = location.search;

  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      <p>
        Cette carte est dessinée à partir du diagramme d’états qui conduit le diagnostic : elle ne peut pas s’en
        écarter.
        {session.path.length > 0 && ' Le parcours en cours est surligné.'}
      </p>
      <nav aria-label="Choix du parcours" className="map-tabs">
        <NavLink to={`/carte/delta${search}`}>DELTA</NavLink> <NavLink to={`/carte/gamma${search}`}>GAMMA 2</NavLink>
        {session.path.length > 0 && (
          <>
            {' '}
            – <Link to={nodeHref(session.current, values)}>Revenir au diagnostic</Link>
          </>
        )}
      </nav>
      <div className="map-scroll">
        <svg
          className="flow-map"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          aria-labelledby="map-desc"
        >
          <title id="map-desc">{`${title} : ${graph.nodes.length} étapes ; la version texte suit.`}</title>
          <defs>
            {(
              [
                ['arrow', '#4a5560'],
                ['arrow-on', '#0b4f6c'],
              ] as const
            ).map(([id, fill]) => (
              <marker
                key={id}
                id={id}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" fill={fill} />
              </marker>
            ))}
          </defs>
          {groupEdges(graph.edges).map(({ edges: group, ...e }) => {
            const a = position.get(e.from);
            const b = position.get(e.to);
            if (!a || !b) return null;
            const on = group.some((g) => pathEdges.has(edgeKey(g)));
            const x1 = a.x + BOX.width / 2;
            const y1 = a.y + BOX.height;
            const x2 = b.x + BOX.width / 2;
            const y2 = b.y;
            const label =
              group.length > 2
                ? `${group.length} réponses`
                : group
                    .map(
                      (g) =>
                        `${answerLabel(g.from, g.answer).split(/[,:(]/)[0]!.trim().slice(0, 24)}${g.guard ? ` (${GUARD_TEXT[g.guard] ?? g.guard})` : ''}`,
                    )
                    .join(' / ');
            return (
              <g key={`${e.from}>${e.to}`} className={on ? 'edge on-path' : 'edge'}>
                <path
                  d={`M ${x1} ${y1} C ${x1} ${y1 + 40}, ${x2} ${y2 - 40}, ${x2} ${y2}`}
                  fill="none"
                  markerEnd={on ? 'url(#arrow-on)' : 'url(#arrow)'}
                />
                <text x={(x1 + x2) / 2} y={(y1 + y2) / 2} textAnchor="middle">
                  {label}
                </text>
              </g>
            );
          })}
          {layout.nodes.map((n) => {
            const outcome = isOutcomeId(n.id);
            const classes = [
              'node',
              outcome ? 'outcome' : 'question',
              onPath.has(n.id) ? 'on-path' : '',
              session.current === n.id ? 'current' : '',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <g key={n.id} className={classes} transform={`translate(${n.x} ${n.y})`}>
                <rect width={BOX.width} height={BOX.height} rx={outcome ? 16 : 3} />
                <text x={8} y={16} className="node-id">
                  {n.id}
                </text>
                {wrap(contentOf(n.id).title, 31).map((line, i) => (
                  <text key={line} x={8} y={33 + i * 14}>
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <h2>Version texte</h2>
      <ol className="map-text">
        {graph.nodes.map((id) => (
          <li key={id} className={onPath.has(id) ? 'on-path' : undefined}>
            <strong>{contentOf(id).title}</strong>{' '}
            <span className="note">
              ({id}
              {isOutcomeId(id) ? ', issue' : ''})
            </span>
            {session.current === id && <strong> – étape en cours</strong>}
            <ul>
              {graph.edges
                .filter((e) => e.from === id)
                .map((e) => (
                  <li key={edgeKey(e)}>
                    {answerLabel(e.from, e.answer)}
                    {e.guard ? ` (${GUARD_TEXT[e.guard] ?? e.guard})` : ''} → {contentOf(e.to).title}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
