import type { CSSProperties } from 'react';
import { generatePath, Link, NavLink, useLocation, useParams } from 'react-router';
import { layouts } from '../map/layouts';
import { answerLabel, contentOf, FLOW_NAMES } from '../content/fr';
import { isOutcomeId, type FlowId, type NodeId } from '../flows/ids';
import { replay } from '../flows/replay';
import { nodeHref, parseSessionSearch } from '../session/codec';
import { usePageHeading } from '../ui/usePageHeading';
import { FONT_SIZE, LINE_HEIGHT } from '../map/constants';
import { conditionText, guardedAnswers } from '../map/labels';
import type { FlowLayout, MapEdge } from '../map/types';
import { PAGE_PATHS } from '../routes';
import { PAGE_TEXT } from './texts';

const T = PAGE_TEXT.map;

const key = (e: Pick<MapEdge, 'from' | 'to'>) => `${e.from}>${e.to}`;

/**
 * The flows drawn from the statechart itself (laid out with ELK at build time), with the current path
 * highlighted, and a text version: first on a phone, and the one screen readers get.
 */
export default function FlowMapPage() {
  const { flow: raw = 'delta' } = useParams();
  const flow: FlowId = raw === 'gamma' ? 'gamma' : 'delta';
  const location = useLocation();
  const title = T.title(FLOW_NAMES[flow]);
  const ref = usePageHeading(title);
  const layout = layouts[flow];
  const parsed = parseSessionSearch(location.search);
  const session = replay(parsed.ok ? parsed.value : []);
  const onPath = new Set(session.nodes);
  const pathEdges = new Set(session.nodes.slice(1).map((to, i) => key({ from: session.nodes[i]!, to })));
  const values = session.path.map((a) => a.value);
  const search = location.search;

  // What every drawing of the map shows: on screen, and each band printed.
  const drawn = { layout, onPath, pathEdges, current: session.current };
  const guarded = guardedAnswers(
    layout.edges.flatMap((e) => e.answers.map((answer, i) => ({ from: e.from, answer, guard: e.guards[i] ?? null }))),
  );
  return (
    <div className="flow-map-page">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      <p>
        {T.intro}
        {session.path.length > 0 && T.onPath}
      </p>
      <nav aria-label={T.tabs} className="map-tabs no-print">
        <NavLink to={generatePath(PAGE_PATHS.map, { flow: 'delta' }) + search}>{FLOW_NAMES.delta}</NavLink>{' '}
        <NavLink to={generatePath(PAGE_PATHS.map, { flow: 'gamma' }) + search}>{FLOW_NAMES.gamma}</NavLink>
        {session.path.length > 0 && (
          <>
            {' '}
            – <Link to={nodeHref(session.current, values)}>{T.back}</Link>
          </>
        )}
      </nav>
      <div className="map-layout">
        <figure className="map-figure">
          <figcaption className="map-caption">{T.caption(layout.nodes.length)}</figcaption>
          <p className="map-hint no-print">{T.scroll}</p>
          {layout.printBands.map((band, i) => (
            <div className="map-print-band print-only" key={band.join('-')}>
              <p className="map-print-page">{T.part(title, i + 1, layout.printBands.length)}</p>
              <MapSvg {...drawn} className="flow-map" band={band} suffix={`p${i}`} />
            </div>
          ))}
          {/* Wider than a phone: reached with Tab, scrolled with the arrow keys (the text version follows). */}
          {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region (axe: scrollable-region-focusable) */}
          <section className="map-scroll" tabIndex={0} aria-label={T.region}>
            <MapSvg {...drawn} className="flow-map screen-only" band={[0, layout.height]} suffix="s" />
          </section>
        </figure>
        <section className="map-text" aria-labelledby="map-text-title">
          <h2 id="map-text-title">{T.text}</h2>
          <ol>
            {layout.nodes.map((n) => (
              <li key={n.id} className={onPath.has(n.id) ? 'on-path' : undefined}>
                <strong>{contentOf(n.id).title}</strong>
                {isOutcomeId(n.id) && <span className="note">{T.outcome}</span>}
                {session.current === n.id && <strong>{T.current}</strong>}
                <ul>
                  {layout.edges
                    .filter((e) => e.from === n.id)
                    .flatMap((e) =>
                      e.answers.map((answer, i) => (
                        <li key={`${answer}>${e.to}`}>
                          {answerLabel(e.from, answer)}
                          {conditionText(e.from, answer, e.guards[i] ?? null, guarded)} → {contentOf(e.to).title}
                        </li>
                      )),
                    )}
                </ul>
              </li>
            ))}
          </ol>
        </section>
        <p className="source">{T.source(flow)}</p>
      </div>
    </div>
  );
}

/** The map, or one band of it (for print), with the current path highlighted. */
function MapSvg({
  layout,
  onPath,
  pathEdges,
  current,
  className,
  band: [top, bottom],
  suffix,
}: {
  layout: FlowLayout;
  onPath: ReadonlySet<NodeId>;
  pathEdges: ReadonlySet<string>;
  current: NodeId;
  className: string;
  band: readonly [number, number];
  suffix: string;
}) {
  const height = bottom - top;
  return (
    <svg
      className={className}
      viewBox={`0 ${top} ${layout.width} ${height}`}
      width={layout.width}
      height={height}
      aria-hidden="true"
      focusable="false"
      style={{ '--map-width': `${layout.width}px` } as CSSProperties}
    >
      <defs>
        {(
          [
            ['arrow', '#4a5560'],
            ['arrow-on', '#0b4f6c'],
          ] as const
        ).map(([id, fill]) => (
          <marker
            key={id}
            id={`${id}-${suffix}`}
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="11"
            markerHeight="11"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={fill} />
          </marker>
        ))}
      </defs>
      {layout.edges.map((e) => {
        const on = pathEdges.has(key(e));
        return (
          <g key={key(e)} className={on ? 'edge on-path' : 'edge'} data-from={e.from} data-to={e.to}>
            <path
              d={e.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${x} ${y}`).join(' ')}
              fill="none"
              markerEnd={`url(#${on ? 'arrow-on' : 'arrow'}-${suffix})`}
            />
            <g className="edge-label">
              <rect x={e.label.x} y={e.label.y} width={e.label.width} height={e.label.height} rx={3} />
              <text x={e.label.x + 4} y={e.label.y + 4 + FONT_SIZE} fontSize={FONT_SIZE}>
                {e.label.lines.map((line, i) => (
                  <tspan key={i} x={e.label.x + 4} dy={i === 0 ? 0 : LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          </g>
        );
      })}
      {layout.nodes.map((n) => {
        const classes = [
          'node',
          n.outcome ? 'outcome' : 'question',
          onPath.has(n.id) ? 'on-path' : '',
          current === n.id ? 'current' : '',
        ].filter(Boolean);
        return (
          <g key={n.id} className={classes.join(' ')} data-node={n.id}>
            <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={n.outcome ? 14 : 3} />
            <text x={n.x + 10} y={n.y + 8 + FONT_SIZE} fontSize={FONT_SIZE}>
              {n.lines.map((line, i) => (
                <tspan key={i} x={n.x + 10} dy={i === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
