import { layouts as built } from 'virtual:flow-map';
import type { FlowId } from '../flows/ids';
import type { FlowLayout } from './types';

/** Both flow maps, as laid out at build time by src/map/buildLayout.ts. */
export const layouts = built as Readonly<Record<FlowId, FlowLayout>>;
